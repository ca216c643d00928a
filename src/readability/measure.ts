/**
 * How readable the family pages and the trainers' participant handouts are, measured on the BUILT HTML
 * (dist/families/<slug>/index.html and dist/training/<module>/handout/index.html).
 * Used by `npm run readability` (scripts/readability.mjs) and by tests/content/readability.test.ts,
 * so both report the same numbers. Erasable TypeScript only (no enums, namespaces or parameter
 * properties), so Node 24 can run it directly.
 *
 * What is measured: the text inside <main>, the page's own content, with the same things
 * stripped on every page:
 *   - everything outside <main>: header, search, primary navigation, breadcrumbs, footer,
 *     the skip link and the "Leave this page" bar;
 *   - navigation inside <main>: any <nav> ("On this page", previous and next, "For practitioners");
 *   - headings (h1 to h6): they are short questions, not running prose;
 *   - the section caption above the title (.govuk-caption-*) and the "Applies in … Last reviewed …"
 *     line (.lp-meta): page labels, not sentences;
 *   - citations: the inline ones (.lp-citation, "(CWDC managers' guide, 2007, para 3.14)") and the
 *     "Sources cited on this page" list (.lp-citations);
 *   - tables and lists of terms (<table>, <dl>), e.g. the generated "Words you might hear" list;
 *   - things nobody sees: <script>, <style>, <template>, <noscript>, <meta>, [hidden], [aria-hidden="true"].
 *
 * How it counts: every block (paragraph, list item, summary, …) ends a sentence; inside a block,
 * a sentence ends at . ? or ! followed by a space and a word that does not start lower case.
 * A word is a run of characters between spaces, slashes or dashes that holds a letter or digit.
 * Syllables come from the `syllable` package (at least one a word); a number counts one syllable
 * per digit, since `syllable` gives numbers none. Reading Ease is `flesch`, grade is `flesch-kincaid`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The bar a family page must clear. */
export interface Thresholds {
  /** Flesch Reading Ease, at least. */
  minReadingEase: number;
  /** Flesch-Kincaid grade, at most. */
  maxGrade: number;
  /** Average words a sentence, at most. */
  maxAverageSentence: number;
  /** Words in any one sentence, at most. */
  maxSentence: number;
}

/** Family pages read at about age 9 to 11. */
export const FAMILY_THRESHOLDS: Thresholds = {
  minReadingEase: 75,
  maxGrade: 5,
  maxAverageSentence: 15,
  maxSentence: 25,
};

/**
 * Participants' handouts (/training/<module>/handout/) are in plain English: Flesch Reading Ease 60 or more
 * (issue 11), with the plain-English sentence limits. Trainer notes and model answers are not held to it.
 */
export const HANDOUT_THRESHOLDS: Thresholds = {
  minReadingEase: 60,
  maxGrade: 8,
  maxAverageSentence: 15,
  maxSentence: 25,
};

/** What the measure leaves out, in words (printed by the script, named by the test). */
export const STRIPPED_DESCRIPTION =
  'outside <main>; <nav>; h1-h6; captions and the "Applies in" line; inline citations and the citations list; <table> and <dl>; hidden elements';

const STRIPPED_TAGS = new Set([
  'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'dl',
  'script', 'style', 'template', 'noscript', 'meta', 'link',
]);
const STRIPPED_CLASSES = ['lp-citation', 'lp-citations', 'lp-meta', 'govuk-caption-xl', 'govuk-caption-l', 'govuk-caption-m'];

/** Elements whose start and end break the text into separate blocks (so separate sentences). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dt', 'figcaption', 'figure',
  'footer', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'td', 'th', 'ul',
]);

function classes(el: Element): string[] {
  const c: unknown = el.properties.className;
  if (Array.isArray(c)) return c.map(String);
  return typeof c === 'string' ? c.split(/\s+/) : [];
}

/** Whether the measure leaves this element (and everything in it) out. */
export function isStripped(el: Element): boolean {
  if (STRIPPED_TAGS.has(el.tagName)) return true;
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true;
  if (String(el.properties.ariaHidden) === 'true') return true;
  const cls = classes(el);
  return STRIPPED_CLASSES.some((c) => cls.includes(c));
}

function findMain(node: Root | Element): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = findMain(child);
    if (found) return found;
  }
  return null;
}

/** The visible text blocks of a page's <main>, after stripping (see the file's comment). */
export function extractBlocks(html: string): string[] {
  const tree = fromHtml(html);
  const main = findMain(tree);
  if (!main) throw new Error('no <main> element in the page');
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = normalise(current);
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') current += node.value;
      else if (node.type === 'element') {
        if (isStripped(node)) {
          current += ' ';
          continue;
        }
        const block = BLOCK_TAGS.has(node.tagName);
        if (block) flush();
        walk(node.children);
        if (block) flush();
      }
    }
  };
  walk(main.children);
  flush();
  return blocks;
}

/** Collapses white space and closes gaps left before punctuation by stripped citations. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
}

/** Splits one block into sentences. */
export function splitSentences(block: string): string[] {
  return block
    .split(/(?<=[.!?]["'”’)\]]*)\s+(?=[^\p{Ll}])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The words of a sentence. */
export function words(sentence: string): string[] {
  return sentence
    .split(/[\s/–—]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Syllables in one word: the `syllable` package, at least one; a number, one a digit. */
export function syllables(word: string): number {
  if (/^\d[\d,.]*$/.test(word)) return word.replace(/\D/g, '').length;
  return Math.max(1, syllable(word));
}

/** One sentence's counts. */
export interface SentenceReport {
  text: string;
  words: number;
  syllables: number;
  /** The sentence's own Flesch-Kincaid grade (used to rank the hardest). */
  grade: number;
}

/** A page's (or any text's) readability. */
export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch Reading Ease (higher is easier). */
  readingEase: number;
  /** Flesch-Kincaid grade (US school grade; 5 is about age 10 to 11). */
  grade: number;
  /** Average words a sentence. */
  averageSentenceLength: number;
  /** The sentence with the most words. */
  longest: SentenceReport;
  /** The hardest sentences first (by their own grade, then length). */
  hardest: SentenceReport[];
}

/** Measures text already split into blocks. */
export function measureBlocks(blocks: readonly string[]): Readability {
  const reports: SentenceReport[] = blocks.flatMap(splitSentences).map((text) => {
    const w = words(text);
    const syl = w.reduce((n, word) => n + syllables(word), 0);
    return { text, words: w.length, syllables: syl, grade: w.length ? fleschKincaid({ sentence: 1, word: w.length, syllable: syl }) : 0 };
  });
  if (reports.length === 0) throw new Error('no sentences to measure');
  const counts = {
    sentence: reports.length,
    word: reports.reduce((n, r) => n + r.words, 0),
    syllable: reports.reduce((n, r) => n + r.syllables, 0),
  };
  const longest = reports.reduce((a, b) => (b.words > a.words ? b : a));
  const hardest = [...reports].sort((a, b) => b.grade - a.grade || b.words - a.words);
  return {
    sentences: counts.sentence,
    words: counts.word,
    syllables: counts.syllable,
    readingEase: flesch(counts),
    grade: fleschKincaid(counts),
    averageSentenceLength: counts.word / counts.sentence,
    longest,
    hardest,
  };
}

/** Measures a built page's HTML. */
export function measureHtml(html: string): Readability {
  return measureBlocks(extractBlocks(html));
}

/** Measures plain text (paragraphs separated by blank lines), e.g. a draft. */
export function measureText(text: string): Readability {
  return measureBlocks(text.split(/\n\s*\n/).map(normalise).filter(Boolean));
}

/** What is wrong, one line each; empty when the page clears the bar. */
export function problems(r: Readability, t: Thresholds = FAMILY_THRESHOLDS): string[] {
  const out: string[] = [];
  if (r.readingEase < t.minReadingEase) out.push(`Reading Ease ${r.readingEase.toFixed(1)} is below ${t.minReadingEase}`);
  if (r.grade > t.maxGrade) out.push(`grade ${r.grade.toFixed(1)} is above ${t.maxGrade}`);
  if (r.averageSentenceLength > t.maxAverageSentence) out.push(`average sentence ${r.averageSentenceLength.toFixed(1)} words is above ${t.maxAverageSentence}`);
  for (const s of r.hardest.filter((x) => x.words > t.maxSentence)) out.push(`sentence of ${s.words} words (over ${t.maxSentence}): "${s.text}"`);
  return out;
}

/** One page's result. */
export interface PageResult {
  /** The page's slug: the family page's, "index" for /families/, or the module's for a handout. */
  slug: string;
  /** The built file it read. */
  file: string;
  /** Null when the built file is missing. */
  readability: Readability | null;
  problems: string[];
}

/** Slugs of the family pages in the source tree (src/content/families/*.mdx), A to Z. */
export async function familySlugs(root: string): Promise<string[]> {
  return mdxNames(join(root, 'src/content/families'));
}

/** Module ids of the training modules (src/content/training/modules/*.mdx), A to Z: one handout each. */
export async function handoutSlugs(root: string): Promise<string[]> {
  return mdxNames(join(root, 'src/content/training/modules'));
}

async function mdxNames(dir: string): Promise<string[]> {
  const files = await readdir(dir);
  return files.filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length)).sort();
}

/** Measures built pages against a bar. Throws, saying what to run, when dist/ has not been built. */
export async function measurePages(root: string, pages: readonly { slug: string; file: string }[], t: Thresholds): Promise<PageResult[]> {
  const dist = join(root, 'dist');
  try {
    await stat(dist);
  } catch {
    throw new Error(`dist/ is missing at ${dist}: run \`npm run build\` first (\`npm test\` builds before testing).`);
  }
  const results: PageResult[] = [];
  for (const { slug, file } of pages) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      results.push({ slug, file, readability: null, problems: [`${file} is missing: rebuild with \`npm run build\``] });
      continue;
    }
    const readability = measureHtml(html);
    results.push({ slug, file, readability, problems: problems(readability, t) });
  }
  return results;
}

/** Measures every family page's built HTML, plus the section's index page. */
export async function measureFamilyPages(root: string, t: Thresholds = FAMILY_THRESHOLDS): Promise<PageResult[]> {
  const dist = join(root, 'dist');
  const slugs = await familySlugs(root);
  const pages = [...slugs.map((slug) => ({ slug, file: join(dist, 'families', slug, 'index.html') })), { slug: 'index', file: join(dist, 'families', 'index.html') }];
  return measurePages(root, pages, t);
}

/** Measures every training module's participants' handout (dist/training/<module>/handout/index.html). */
export async function measureHandouts(root: string, t: Thresholds = HANDOUT_THRESHOLDS): Promise<PageResult[]> {
  const dist = join(root, 'dist');
  const pages = (await handoutSlugs(root)).map((slug) => ({ slug, file: join(dist, 'training', slug, 'handout', 'index.html') }));
  return measurePages(root, pages, t);
}
