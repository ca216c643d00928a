/**
 * Which sections of the site are built, worked out from the content and pages that exist,
 * so the navigation never shows a section that is not there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { primaryNav, type NavItem } from './site.ts';

/**
 * Whether the site has pages under src/pages/<prefix>/, read from the file system when the site is built. (An
 * `import.meta.glob` of the pages would put every page in each page's module graph, and with them every page's
 * stylesheet: the tool's and the trainers' CSS would load on every page.)
 */
function hasPage(prefix: string): boolean {
  const dir = resolve('src/pages', prefix);
  return existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.astro'));
}

export async function builtSections(): Promise<Set<string>> {
  const built = new Set<string>(['glossary', 'sources']);
  if ((await getCollection('guidance')).length) built.add('guidance');
  if ((await getCollection('families')).length && hasPage('families')) built.add('families');
  if (hasPage('tools')) built.add('tools');
  if (hasPage('training')) built.add('training');
  return built;
}

export async function navigation(): Promise<NavItem[]> {
  return primaryNav(await builtSections());
}
