/**
 * The "For families" section: the logic behind its pages, kept out of the .astro files.
 * Page order, breadcrumbs, body classes, the "Leave this page" link, the links to the
 * practitioner guidance each page simplifies, and the words list built from the glossary.
 */
import type { FamilyData, GlossaryData, SourceData } from '../content/schemas.ts';
import { alphabetical } from '../content/glossary-order.ts';

/** Section name shown above the title and in search results. */
export const FAMILIES_SECTION = 'For families';

/** Where the families section lives. */
export const FAMILIES_HREF = '/families/';

/** Breadcrumbs for a family page (Home is added by the layout). */
export const FAMILY_CRUMBS = [{ label: FAMILIES_SECTION, href: FAMILIES_HREF }] as const;

/**
 * "Leave this page": a link to a neutral, everyday site, and its wording. Without JavaScript it is a
 * plain link; src/scripts/leave-this-page.ts adds Shift pressed three times, and replaces this page in
 * the browser's history so that Back does not return to it.
 */
export const LEAVE_PAGE = {
  href: 'https://www.bbc.co.uk/weather',
  label: 'Leave this page',
  hint: 'Opens BBC Weather, to leave quickly.',
  /** Shift presses that leave the page, and the time they must come within (GOV.UK's values). */
  presses: 3,
  windowMs: 5000,
  /** Shown only when the script runs. */
  shift: 'Or press the Shift key 3 times.',
  /** Announced after each Shift press. */
  pressMore: (n: number) => `Shift, press ${n} more ${n === 1 ? 'time' : 'times'} to leave.`,
  /** Announced when the presses were too slow or another key came between them. */
  expired: 'Leave this page was not used.',
  /** Shown while the neutral site loads. */
  leaving: 'Loading.',
} as const;

/** Body class for every family page: larger type, more space, the sticky leave button. */
export const FAMILY_BODY_CLASS = 'lp-families';

/** Family pages meant to be printed; they get print rules that fit them on one A4 page. */
export const PRINTABLE_FAMILY_PAGES: ReadonlySet<string> = new Set(['first-meeting-questions']);

/** The body class(es) for one family page. */
export function familyBodyClass(slug: string): string {
  return PRINTABLE_FAMILY_PAGES.has(slug) ? `${FAMILY_BODY_CLASS} lp-families--printable` : FAMILY_BODY_CLASS;
}


/** A family page as the section's lists need it. */
export interface FamilyPageRef {
  id: string;
  data: Pick<FamilyData, 'title' | 'summary' | 'order' | 'navTitle'>;
}

/** Family pages in reading order (front matter `order`), refusing two pages with the same order. */
export function sortFamilyPages<T extends FamilyPageRef>(pages: readonly T[]): T[] {
  const sorted = [...pages].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].data.order === sorted[i - 1].data.order) {
      throw new Error(`families: "${sorted[i - 1].id}" and "${sorted[i].id}" both have order ${sorted[i].data.order}`);
    }
  }
  return sorted;
}

/** A link with its text. */
export interface Link {
  href: string;
  label: string;
}

/** The previous and next family pages, for the links at a page's foot. */
export function familyNeighbours(pages: readonly FamilyPageRef[], id: string): { previous?: Link; next?: Link } {
  const i = pages.findIndex((p) => p.id === id);
  if (i < 0) return {};
  const link = (p: FamilyPageRef | undefined): Link | undefined =>
    p ? { href: `${FAMILIES_HREF}${p.id}/`, label: p.data.navTitle ?? p.data.title } : undefined;
  return { previous: link(pages[i - 1]), next: link(pages[i + 1]) };
}

/**
 * Links to the practitioner pages a family page simplifies, titled from the guidance collection.
 * A slug that is not a guidance page fails the build, naming the family page.
 */
export function practitionerLinks(
  familyPage: string,
  simplifies: readonly string[],
  guidance: readonly { id: string; data: { title: string; navTitle?: string } }[],
): Link[] {
  return simplifies.map((slug) => {
    const page = guidance.find((g) => g.id === slug);
    if (!page) {
      throw new Error(`families/${familyPage}.mdx: simplifies "${slug}", which is not a guidance page; use one of: ${guidance.map((g) => g.id).join(', ')}`);
    }
    return { href: `/guidance/${slug}/`, label: page.data.navTitle ?? page.data.title };
  });
}

/** One entry on "Words you might hear". */
export interface FamilyWord {
  /** Anchor id (the glossary id, so /families/words-you-might-hear/#camhs matches /glossary/#camhs). */
  id: string;
  term: string;
  expansion?: string;
  plain: string;
  /** First letter, upper case, for the A to Z jump links. */
  letter: string;
}

/** The glossary terms marked `families: true`, A to Z, with what the families page shows. */
export function familyWords(glossary: readonly GlossaryData[]): FamilyWord[] {
  return alphabetical(glossary.filter((t) => t.families)).map((t) => ({
    id: t.id,
    term: t.term,
    expansion: t.expansion,
    plain: t.plain,
    letter: (t.term.match(/[a-z0-9]/i)?.[0] ?? '#').toUpperCase(),
  }));
}

/** The first word for each letter, for an A to Z list of jump links. */
export function letterLinks(words: readonly FamilyWord[]): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const w of words) {
    if (seen.has(w.letter)) continue;
    seen.add(w.letter);
    links.push({ href: `#${w.id}`, label: w.letter });
  }
  return links;
}

/**
 * Splits a citation label into the part family pages show ("CWDC managers' guide, 2007")
 * and the part they keep for screen readers and the foot list (", para 3.14").
 */
export function splitCitationLabel(label: string, source: Pick<SourceData, 'shortTitle' | 'when'>): { shown: string; rest: string } {
  const shown = `${source.shortTitle}, ${source.when}`;
  return label.startsWith(shown) ? { shown, rest: label.slice(shown.length) } : { shown: label, rest: '' };
}
