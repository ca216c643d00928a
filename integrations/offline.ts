/**
 * Writes the service worker (src/offline/sw.ts) into dist/sw.js when the build has finished, after
 * Pagefind has written its index, with Workbox's precache list of the finished files: every page, the
 * scripts that pages load, Pagefind's engine and index, the web app manifest and its icons. Each entry
 * carries a revision (a hash of the file), so a new deploy replaces exactly the files that changed.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { INDEXES } from '../src/search/indexes.ts';

/**
 * What is precached, relative to dist/. Pagefind's ready-made UIs are not used by this site, so they are left out;
 * of the training index (src/search/indexes.ts), merged into the main one, only the data.
 */
const [primary, ...merged] = Object.values(INDEXES).map((i) => i.dir);
export const PRECACHE = {
  globPatterns: ['**/*.{html,js,css,json,webmanifest,svg,png}', `{${primary},${merged.join(',')}}/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}`],
  globIgnores: [
    'sw.js',
    `${primary}/pagefind-*ui.*`,
    `${primary}/pagefind-highlight.js`,
    // A merged index is read by the primary index's engine: only its data files are used.
    ...merged.map((dir) => `${dir}/*.{js,css}`),
  ],
};

/** Bundles the service worker and writes it to `dist`/sw.js with the precache list of `dist`'s files. */
export async function writeServiceWorker(dist: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const work = mkdtempSync(join(tmpdir(), 'lp-sw-'));
  try {
    const bundled = await build({
      entryPoints: [fileURLToPath(new URL('../src/offline/sw.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    const swSrc = join(work, 'sw.js');
    writeFileSync(swSrc, bundled.outputFiles[0].text);
    return await injectManifest({
      swSrc,
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      ...PRECACHE,
      modifyURLPrefix: { '': '/' },
      // Astro's hashed file names already change with their content.
      dontCacheBustURLsMatching: /^\/?_astro\//,
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export default function offline(): AstroIntegration {
  return {
    name: 'lead-professional:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KiB before compression)`);
      },
    },
  };
}
