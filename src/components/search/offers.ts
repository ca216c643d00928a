/**
 * Search offers: when a query names a situation ("looked after and youth offending", "year 9 EHCP Salford"), the
 * search page offers the decision tool that asks about it, with those answers filled in. This file runs in the
 * browser: it matches whole words and phrases of the query against each tool's vocabulary and writes the links. The
 * vocabulary and everything the links must respect (which answers each guidance takes, which need another, which
 * clash) were worked out at build time from each tool's own contract, flow and wording (src/search/tool-offers.ts)
 * and arrive as one small JSON file, /search/offers.json. No parsing model: a phrase is in the query or it is not.
 *
 * Where an answer can be several values ("youth offending": prevention, a community order or custody), or the query
 * does not say which guidance, the offer gives one link per possibility instead of guessing, as long as there are no
 * more than `max` of them; with more, the tool is not offered. No imports: nothing here weighs on the search island.
 */

/** One answer a query can name: a URL parameter (index into `params`) and its value, and its words when it varies. */
export interface Atom {
  /** Index into the tool's `params` (the contract's order, which is the order links write them in). */
  p: number;
  /** The value as written in a link; `#` for a number taken from the query. */
  v: string;
  /** How a link names this value when the links can differ by it: the option's words ("A custodial sentence"). */
  name?: string;
  /** For a number: the range the contract allows. */
  min?: number;
  max?: number;
}

/** What the answers allow under one guidance, worked out at build time by reading links with the tool's own flow. */
export interface Under {
  /** The atoms the tool keeps under this guidance (on their own, or with one they need). */
  ok: number[];
  /** Atoms the tool keeps only with one of some others (a school year only with special educational needs). */
  needs: [atom: number, anyOf: number[]][];
  /** Pairs the tool will not keep together (a plan that has ended and the same plan still in place). */
  clash: [number, number][];
}

/** One tool's vocabulary. */
export interface ToolVocabulary {
  id: string;
  title: string;
  /** The tool's page: /tools/<id>/. */
  path: string;
  /** The URL parameters of its contract, in order. */
  params: string[];
  atoms: Atom[];
  /** The guidance atoms, in the order offered (the site's default guidance first). */
  guidance: number[];
  /** What each guidance atom allows, in the order of `guidance`. */
  under: Under[];
  /**
   * The phrases (normalised: lower case, words separated by one space, `#` for a number) that name the same atoms
   * (more than one when they leave the value open), and how the offer names them, `#` standing for the number.
   */
  words: [phrases: string[], atoms: number[], name: string][];
}

export interface OfferData {
  /** The most links one offer may hold. */
  max: number;
  /** The offer's words (engine en.json, `search.offer.*`), {tool}, {answers}, {choice} and {value} filled in by the page. */
  text: { intro: string; start: string; choose: string; startWith: string; item: string; and: string };
  tools: ToolVocabulary[];
}

export interface OfferLink {
  href: string;
  /** The values this link has and the others do not (empty when there is one link). */
  choice: string[];
}

export interface Offer {
  tool: string;
  title: string;
  /** How the answers the query named read, in the query's order. */
  answers: string[];
  links: OfferLink[];
}

/** Lower case, no accents or apostrophes, every other run of non-letters and non-digits one space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** Words that, just before a phrase, say the opposite: "not looked after", "no longer looked after". */
const NEGATIONS = [['not'], ['no'], ['non'], ['never'], ['without'], ['no', 'longer']];
/** More combinations than this are not even counted out. */
const MAX_COMBINATIONS = 512;

interface Match {
  start: number;
  end: number;
  entry: number;
  n?: number;
}

/** Every phrase found in the query, longest first where they overlap, without the negated ones. */
function matches(tokens: readonly string[], tool: ToolVocabulary): Match[] {
  const found: Match[] = [];
  tool.words.forEach(([phrases], entry) => {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      for (let i = 0; i + words.length <= tokens.length; i++) {
        let n: number | undefined;
        const fits = words.every((w, j) => {
          const token = tokens[i + j]!;
          if (w !== '#') return w === token;
          n = /^\d{1,3}$/.test(token) ? Number(token) : undefined;
          return n !== undefined;
        });
        if (fits) found.push({ start: i, end: i + words.length, entry, n });
      }
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: boolean[] = tokens.map(() => false);
  const kept: Match[] = [];
  for (const m of found) {
    if (taken.slice(m.start, m.end).some(Boolean)) continue;
    for (let i = m.start; i < m.end; i++) taken[i] = true;
    const negated = NEGATIONS.some((neg) => neg.length <= m.start && neg.every((w, j) => tokens[m.start - neg.length + j] === w));
    if (!negated) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

interface Term {
  param: number;
  /** Candidate atoms: more than one where the query leaves the value open. */
  atoms: number[];
  names: string[];
  n?: number;
}

/** The offer of one tool for a query's words, or null when the query names nothing it can fill in. */
function offerFor(tokens: readonly string[], tool: ToolVocabulary, max: number): Offer | null {
  const terms: Term[] = [];
  for (const m of matches(tokens, tool)) {
    const [, named, name] = tool.words[m.entry]!;
    const atoms = named.filter((a) => {
      const atom = tool.atoms[a]!;
      return atom.v !== '#' || (m.n !== undefined && m.n >= (atom.min ?? 0) && m.n <= (atom.max ?? Infinity));
    });
    if (!atoms.length) continue;
    const shown = name.replace('#', String(m.n));
    const param = tool.atoms[atoms[0]!]!.p;
    const term = terms.find((t) => t.param === param);
    if (!term) {
      terms.push({ param, atoms, names: [shown], n: m.n });
      continue;
    }
    // Two phrases on one parameter: the values both allow ("youth offending" and "custody"), else either.
    const both = term.atoms.filter((a) => atoms.includes(a));
    term.atoms = both.length ? both : [...new Set([...term.atoms, ...atoms])];
    if (!term.names.includes(shown)) term.names.push(shown);
    term.n ??= m.n;
  }

  const guidanceParam = tool.atoms[tool.guidance[0]!]!.p;
  const named = terms.find((t) => t.param === guidanceParam);
  // Without a guidance in the query, every guidance is a possibility, the site's default first.
  const guidances = named ? tool.guidance.filter((g) => named.atoms.includes(g)) : tool.guidance;
  const under = (g: number) => tool.under[tool.guidance.indexOf(g)]!;
  const needs = (g: number, a: number) => under(g).needs.find(([x]) => x === a)?.[1];

  let others = terms.filter((t) => t.param !== guidanceParam);
  // Values no guidance on offer takes, or that need an answer the query does not give, are left out.
  const offered = (t: Term, a: number) =>
    guidances.some((g) => under(g).ok.includes(a) && (needs(g, a)?.some((x) => others.some((o) => o !== t && o.atoms.includes(x))) ?? true));
  others = others.map((t) => ({ ...t, atoms: t.atoms.filter((a) => offered(t, a)) })).filter((t) => t.atoms.length > 0);
  if (!others.length) return null;

  const dims = [guidances, ...others.map((t) => t.atoms)];
  if (dims.reduce((n, d) => n * d.length, 1) > MAX_COMBINATIONS) return null;
  let combos: number[][] = [[]];
  for (const d of dims) combos = combos.flatMap((c) => d.map((a) => [...c, a]));
  const valid = combos.filter(([g, ...rest]) => {
    const u = under(g!);
    return rest.every((a) => u.ok.includes(a) && (needs(g!, a)?.some((x) => rest.includes(x)) ?? true)) && !u.clash.some(([a, b]) => rest.includes(a) && rest.includes(b));
  });
  if (!valid.length || valid.length > max) return null;

  const varies = dims.map((_, i) => new Set(valid.map((c) => c[i])).size > 1);
  const numbers = new Map(others.map((t) => [t.param, t.n]));
  const links = valid.map((combo) => {
    const query = [...combo]
      .sort((a, b) => tool.atoms[a]!.p - tool.atoms[b]!.p)
      .map((a) => {
        const atom = tool.atoms[a]!;
        return `${tool.params[atom.p]}=${atom.v === '#' ? String(numbers.get(atom.p)) : atom.v}`;
      })
      .join('&');
    return { href: `${tool.path}?${query}`, choice: combo.filter((_, i) => varies[i]).map((a) => tool.atoms[a]!.name ?? '') };
  });
  const kept = new Set([...(named ? [named] : []), ...others].flatMap((t) => t.names));
  const answers = terms.flatMap((t) => t.names).filter((n) => kept.has(n));
  return { tool: tool.id, title: tool.title, answers, links };
}

/** The tools a query can open with answers filled in, each with its links (none for most queries). */
export function offersFor(query: string, data: OfferData): Offer[] {
  const tokens = normalise(query.replace(/#/g, ' ')).split(' ').filter(Boolean);
  if (!tokens.length) return [];
  return data.tools.flatMap((tool) => offerFor(tokens, tool, data.max) ?? []);
}
