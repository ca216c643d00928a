// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkTrainingExercise from './src/markdown/remark-training-exercise.ts';
import rehypeGlossary from './src/markdown/rehype-glossary.ts';
import rehypeGovuk from './src/markdown/rehype-govuk.ts';
import pagefindIndex from './integrations/pagefind.ts';
import toolRoutes from './integrations/tools.ts';
import trainingDiagrams from './integrations/training-diagrams.ts';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // trainingDiagrams runs before pagefindIndex: both finish the built HTML, and the index reads the result.
  integrations: [mdx(), preact(), toolRoutes(), trainingDiagrams(), pagefindIndex()],
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
    // Scripts always ship as files, never inlined into the page however small (Astro inlines scripts under
    // this limit): pages stay free of inline script, and the "Leave this page" module is one cached file.
    build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) },
  },
});
