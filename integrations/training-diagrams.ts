/**
 * When `astro build` finishes, copies each tool's generated decision diagram (the inline SVG of the built
 * /tools/<tool>/diagram/ page) into the diagram slots of the training slides, so the slides show the same
 * diagram the tool's machine generates, with no request at run time. Where a tool has no diagram page yet,
 * the slot keeps its link to the tool. Runs before the Pagefind index is built.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineDiagrams } from '../src/training/diagram.ts';

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

export default function trainingDiagrams(): AstroIntegration {
  return {
    name: 'lead-professional:training-diagrams',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const cache = new Map<string, string | null>();
        const diagramPage = (tool: string) => {
          if (!cache.has(tool)) {
            const file = join(site, 'tools', tool, 'diagram', 'index.html');
            cache.set(tool, existsSync(file) ? readFileSync(file, 'utf8') : null);
          }
          return cache.get(tool) ?? null;
        };
        const inlined = new Set<string>();
        const missing = new Set<string>();
        for (const file of htmlFiles(join(site, 'training'))) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-diagram-slot=')) continue;
          const result = inlineDiagrams(html, diagramPage);
          result.inlined.forEach((t) => inlined.add(t));
          result.missing.forEach((t) => missing.add(t));
          if (result.inlined.length) writeFileSync(file, result.html);
        }
        if (inlined.size) logger.info(`slides show the generated diagram of: ${[...inlined].join(', ')}`);
        if (missing.size) logger.info(`no diagram page yet for: ${[...missing].join(', ')}; the slides link to the tool instead`);
      },
    },
  };
}
