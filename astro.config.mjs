// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkTrainingExercise from './src/markdown/remark-training-exercise.ts';
import rehypeGlossary from './src/markdown/rehype-glossary.ts';
import rehypeGovuk from './src/markdown/rehype-govuk.ts';
import pagefindIndex from './integrations/pagefind.ts';
import buildStamp from './integrations/build-stamp.ts';
import pageCss from './integrations/page-css.ts';
import offline from './integrations/offline.ts';
import toolRoutes from './integrations/tools.ts';
import trainingDiagrams from './integrations/training-diagrams.ts';
import { unified } from '@astrojs/markdown-remark';

/**
 * Astro marks each MDX page that carries styles with a "use astro:head-inject" directive, and the bundler
 * warns (23 blocks, about 230 lines, before `npm start` prints its address) that it may not keep such
 * directives. Astro reads the marker before bundling, so the warning is known to be harmless; only that
 * exact warning is dropped. Every other warning, including other module-level directives, still prints.
 * @returns {import('vite').Plugin}
 */
function quietKnownHarmlessLogs() {
  return {
    name: 'lead-professional:quiet-known-harmless-logs',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return false;
    },
  };
}

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Order matters: the training diagrams finish the built HTML; then each page gets its own CSS, Pagefind
  // indexes the finished pages, and the service worker's precache lists the finished files, index included.
  integrations: [mdx(), preact(), toolRoutes(), trainingDiagrams(), pageCss(), pagefindIndex(), offline(), buildStamp()],
  markdown: {
    // The unified (remark/rehype) processor, so our citation, glossary and GOV.UK steps run on every page.
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [remarkCitations, remarkTrainingExercise], rehypePlugins: [rehypeGlossary, rehypeGovuk] }),
  },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly; browsers need 'wasm-unsafe-eval' to compile it.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules'], quietDeps: true } } },
    plugins: [quietKnownHarmlessLogs()],
    // Scripts always ship as files, never inlined into the page however small (Astro inlines scripts under
    // this limit): the CSP allows no inline script without a hash, and a shared file is cached once for every page.
    build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) },
  },
});
