/** Which guidance and family pages cite a given source, and at which points. */
import { getCollection, render } from 'astro:content';
import type { Citation } from './schemas.ts';

export interface CitingPage {
  title: string;
  href: string;
  points: string[];
}

export async function pagesCiting(sourceId: string): Promise<CitingPage[]> {
  const out: CitingPage[] = [];
  for (const [collection, base] of [['guidance', '/guidance/'], ['families', '/families/']] as const) {
    const entries = await getCollection(collection);
    for (const entry of entries.sort((a, b) => a.data.order - b.data.order)) {
      const { remarkPluginFrontmatter } = await render(entry);
      const cites = ((remarkPluginFrontmatter.citations ?? []) as Citation[]).filter((c) => c.source === sourceId);
      if (cites.length) out.push({ title: entry.data.title, href: `${base}${entry.id}/`, points: cites.map((c) => c.at) });
    }
  }
  return out;
}
