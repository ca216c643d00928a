/**
 * Sub-results: which section of a page answers a query, so a result can open at that section.
 *
 * Pagefind records every element with an id ("anchors") and where each matched word is in the page's
 * text. A section runs from one landing anchor (a heading h2 to h6, or a table row header, with an id)
 * to the next; its score is the sum of Pagefind's scores for the matched words inside it. Pagefind's own
 * `sub_results` only know headings, and choose their excerpt inside the heading's whole span; this
 * also lands on table rows whose header cell has an id, and keeps each excerpt inside its section.
 */

/** The parts of a Pagefind result fragment this needs. */
export interface FragmentData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; section?: string };
  anchors: { element: string; id: string; text?: string; location: number }[];
  weighted_locations: { location: number; balanced_score: number }[];
}

export interface Section {
  /** Where the link goes: the page, or the page plus #id. */
  url: string;
  /** The heading or row label; null for the part of the page before its first landing anchor. */
  title: string | null;
  /** A short passage of the section with the matched words in <mark>, HTML-escaped. */
  excerpt: string;
  score: number;
}

/** Elements a result may land on. Other ids (regions, hints, navigation) are not sections. */
const LANDING = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'th']);

/** Words shown in each excerpt. */
export const EXCERPT_WORDS = 24;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An excerpt of words[from, to): the window of `length` words holding the most matched words,
 * with the matches wrapped in <mark> and an ellipsis where the window cuts the section.
 */
export function excerpt(words: readonly string[], matched: ReadonlySet<number>, from: number, to: number, length = EXCERPT_WORDS): string {
  const span = Math.max(0, to - from);
  const size = Math.min(length, span);
  let bestStart = from;
  let best = -1;
  for (let start = from; start <= to - size; start++) {
    let n = 0;
    for (let i = start; i < start + size; i++) if (matched.has(i)) n++;
    if (n > best) {
      best = n;
      bestStart = start;
    }
  }
  const parts: string[] = [];
  for (let i = bestStart; i < bestStart + size; i++) {
    const w = escapeHtml(words[i] ?? '');
    parts.push(matched.has(i) ? `<mark>${w}</mark>` : w);
  }
  return `${bestStart > from ? '… ' : ''}${parts.join(' ')}${bestStart + size < to ? ' …' : ''}`;
}

/** Removes the fragment from a result URL, giving the page's own URL. */
export const pageUrl = (url: string) => url.split('#')[0];

/**
 * The sections of one result that contain matched words, best first. A result that is itself a
 * section (a glossary term's record, whose URL already has a #id) is returned whole.
 */
export function sectionsOf(data: FragmentData): Section[] {
  const words = data.content.split(/\s+/);
  const matched = new Set(data.weighted_locations.map((l) => l.location));
  if (data.url.includes('#')) {
    const score = data.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);
    return [{ url: data.url, title: null, excerpt: data.excerpt, score }];
  }
  const anchors = data.anchors.filter((a) => LANDING.has(a.element) && a.id).sort((a, b) => a.location - b.location);
  const bounds = [{ url: data.url, title: null as string | null, from: 0 }].concat(
    anchors.map((a) => ({ url: `${data.url}#${a.id}`, title: a.text?.trim() || null, from: a.location })),
  );
  const sections: Section[] = [];
  bounds.forEach((b, i) => {
    const to = i + 1 < bounds.length ? bounds[i + 1].from : words.length;
    const inside = data.weighted_locations.filter((l) => l.location >= b.from && l.location < to);
    if (!inside.length) return;
    sections.push({
      url: b.url,
      title: b.title,
      excerpt: excerpt(words, matched, b.from, to),
      score: inside.reduce((n, l) => n + l.balanced_score, 0),
    });
  });
  return sections.sort((a, b) => b.score - a.score);
}
