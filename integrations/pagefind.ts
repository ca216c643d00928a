/**
 * Builds the Pagefind search indexes (dist/pagefind/, and dist/pagefind-training/ merged into it at search time) when `astro build` finishes, so every build
 * (and so `npm start`) serves working search with no extra step. What is indexed is decided in
 * src/search/index-plan.ts: the built pages (less the ones it keeps out) and one record per glossary term.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { INDEXES, glossaryRecord, indexFor, notSearchedBecause, urlPathOf, type IndexName } from '../src/search/index-plan.ts';
import { loadGlossary } from '../src/content/registry.ts';

const OUTPUT_DIRS = new Set<string>(Object.values(INDEXES).map((i) => i.dir));

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!OUTPUT_DIRS.has(entry.name) && entry.name !== '_astro') out.push(...(await htmlFiles(full)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'lead-professional:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const indexes = {} as Record<IndexName, pagefind.PagefindIndex>;
        for (const name of Object.keys(INDEXES) as IndexName[]) {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          indexes[name] = index;
        }
        const fail = (what: string, errs: string[]) => {
          if (errs.length) throw new Error(`Pagefind could not index ${what}: ${errs.join('; ')}`);
        };
        let pages = 0;
        for (const file of await htmlFiles(site)) {
          const url = urlPathOf(relative(site, file));
          if (notSearchedBecause(url)) continue;
          const added = await indexes[indexFor(url)].addHTMLFile({ url, content: await readFile(file, 'utf8') });
          fail(url, added.errors);
          // Pages without data-pagefind-body (search, 404, tools with answers) are read but not indexed.
          if (added.file) pages++;
        }
        const terms = loadGlossary();
        for (const term of terms) {
          const record = glossaryRecord(term);
          fail(record.url, (await indexes.site.addHTMLFile(record)).errors);
        }
        for (const [name, index] of Object.entries(indexes) as [IndexName, pagefind.PagefindIndex][]) {
          const written = await index.writeFiles({ outputPath: join(site, INDEXES[name].dir) });
          fail(`its ${name} index`, written.errors);
        }
        logger.info(`Pagefind indexed ${pages} files and ${terms.length} glossary terms`);
        await pagefind.close();
      },
    },
  };
}
