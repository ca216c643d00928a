/** The A to Z index of every page and glossary term: the search page's no-JavaScript fallback. */
import { getCollection } from 'astro:content';
import { sortKey } from '../content/glossary-order.ts';
import { allTools } from '../tools/engine/server.ts';
import { t } from '../tools/engine/wording.ts';

export interface IndexEntry {
  label: string;
  href: string;
  kind: string;
}

export async function siteIndex(): Promise<{ letter: string; entries: IndexEntry[] }[]> {
  const entries: IndexEntry[] = [];
  for (const p of await getCollection('guidance')) entries.push({ label: p.data.title, href: `/guidance/${p.id}/`, kind: 'Guidance' });
  for (const p of await getCollection('families')) entries.push({ label: p.data.title, href: `/families/${p.id}/`, kind: 'For families' });
  for (const s of await getCollection('sources')) entries.push({ label: s.data.title, href: `/sources/${s.id}/`, kind: 'Source' });
  for (const t of await getCollection('glossary')) entries.push({ label: t.data.expansion ? `${t.data.term} (${t.data.expansion})` : t.data.term, href: `/glossary/#${t.id}`, kind: 'Glossary' });
  for (const tool of allTools()) entries.push({ label: `${t(tool.wording, 'tool.title')} (tool)`, href: `/tools/${tool.descriptor.id}/`, kind: 'Tool' });
  entries.push({ label: 'Privacy', href: '/privacy/', kind: 'About' });
  entries.push({ label: 'About this site', href: '/about/', kind: 'About' });
  entries.push({ label: 'Accessibility statement', href: '/accessibility/', kind: 'About' });
  entries.sort((a, b) => sortKey(a.label).localeCompare(sortKey(b.label), 'en-GB'));
  const groups = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const first = sortKey(e.label).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '0–9';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups.entries()].map(([letter, list]) => ({ letter, entries: list }));
}
