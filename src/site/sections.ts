/**
 * Which sections of the site are built, worked out from the content and pages that exist,
 * so the navigation never shows a section that is not there.
 */
import { getCollection } from 'astro:content';
import { primaryNav, type NavItem } from './site.ts';

// Only the file names are needed: `?raw` keeps the pages themselves (and so their styles) out of every
// page's module graph, which would otherwise put each page's stylesheet on every other page.
const pageModules = import.meta.glob('/src/pages/**/*.astro', { query: '?raw', import: 'default' });

function hasPage(prefix: string): boolean {
  return Object.keys(pageModules).some((p) => p.startsWith(`/src/pages/${prefix}/`));
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
