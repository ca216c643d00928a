/**
 * Routes every decision tool in the registry: /tools/<id>/ is the tool's own Page.astro (its island must be
 * imported by a page for Astro to hydrate it, so each tool folder has one). The tool's rules, diagram and share
 * pages are generic pages under src/pages/tools/[tool]/, whose paths also come from the registry.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { TOOL_IDS } from '../src/tools/registry.ts';

export default function toolRoutes(): AstroIntegration {
  return {
    name: 'lead-professional:tools',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const id of TOOL_IDS) {
          const entrypoint = `./src/tools/${id}/Page.astro`;
          if (!existsSync(entrypoint)) throw new Error(`src/tools/registry.ts lists "${id}", but ${entrypoint} is missing`);
          injectRoute({ pattern: `/tools/${id}`, entrypoint, prerender: true });
        }
      },
    },
  };
}
