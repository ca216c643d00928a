/**
 * Citation anchors against the seed texts, shared by the rules-data test and the content test.
 *
 * A citation's `at` must point at something the seed really has. The forms understood (anything
 * else is a problem, so that an anchor that points at nothing fails):
 *
 * - `para 3.14`, `after para 3.3`: the paragraph number is in the seed (as a number, not part of a longer one).
 * - `Guideline 6`: the seed has a "Guidelines" heading followed by an item numbered "6.".
 * - `'Heading or phrase'`: the quoted text is in the seed.
 * - `Box 1 'Row'`, `Annex C 'Row'`, `Figure 3b 'x'`: the seed has a heading "Box 1:" (…), and inside that box
 *   or annex (up to the next box, annex or figure heading) a line starting with the quoted text: a table row
 *   (a line with a tab) for a box, a row or entry for an annex.
 * - `thresholds table 'Row'` (any label ending in "table"): a table line (one with a tab) starts with the text.
 * - `case study 'Title'`: a case-study heading ("Case study: …" or "Emerging practice example: …") holds the text.
 * - `Executive summary 'x'`: the seed has the section, and the quoted text comes after its start.
 * - after the quoted part: `(Name)` must occur shortly after it (the case study's place or person);
 *   `(after para 2.15)` or `, after para 2.15`: the paragraph exists and the quoted text comes after it;
 *   `list`: a list follows the line holding the text; `bullet 3`: that list has at least 3 items;
 *   `item 5`: an item numbered "5." comes after the text.
 * - `Box 2`, `Figure 3b`, `Annex B`, `Executive summary` alone: the seed has that heading.
 * - `footnote 1`: the seed has footnote mark 1.
 * - `cover`, `introduction`: the document's cover or opening text, which every seed has.
 *
 * Matching ignores case, curly versus straight quotes, markdown emphasis, HTML tags, runs of whitespace,
 * and quote marks that are not apostrophes inside a word (so 'A whole systems approach' finds
 * "A 'whole systems' approach").
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSources } from '../../src/content/registry.ts';
import type { Citation } from '../../src/content/schemas.ts';

/** Where the seed texts live: ../shared/seeds relative to the project root. */
export const SEEDS_DIR = resolve('../shared/seeds');

/** True when the seed texts are available (they are not part of this repository). */
export const seedsAvailable = (dir: string = SEEDS_DIR): boolean => existsSync(dir);

/** Lower case, straight quotes, no markdown emphasis or tags, single spaces. */
export const normalise = (s: string): string =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/[*_]/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Drops quote marks that are not apostrophes inside a word, after normalising. */
const loose = (s: string): string =>
  normalise(s)
    .replace(/(?<![a-z0-9])'|'(?![a-z0-9])/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The raw seed text of every source, by source id, named by the `seed` field of src/content/sources.yaml. */
export function loadSeedTexts(dir: string = SEEDS_DIR): Map<string, string> {
  return new Map(loadSources().map((s) => [s.id, readFileSync(resolve(dir, s.seed), 'utf8')]));
}

// ---------------------------------------------------------------------------------------------------------

interface Seed {
  raw: string;
  /** loose() of the whole text. */
  text: string;
  /** loose() of each line, with a leading list mark removed. */
  lines: string[];
  /** Whether each raw line has a tab (a table row). */
  tabbed: boolean[];
}

const seedCache = new Map<string, Seed>();
function seedOf(raw: string): Seed {
  let s = seedCache.get(raw);
  if (!s) {
    const rawLines = raw.split(/\r?\n/);
    s = {
      raw,
      text: loose(raw),
      lines: rawLines.map((l) => loose(l).replace(/^(?:[-•·*]\s*)+/, '')),
      tabbed: rawLines.map((l) => l.includes('\t')),
    };
    seedCache.set(raw, s);
  }
  return s;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Index of paragraph number `n` ("3.14") in the text, as a whole number, or -1. */
function paraIndex(seed: Seed, n: string): number {
  const m = new RegExp(`(^|[^\\d.])${escape(n)}([^\\d]|$)`).exec(seed.text);
  return m ? m.index + m[1]!.length : -1;
}

/** The text starts with `needle` followed by the end or a character that is not a letter or digit. */
const startsWithWord = (line: string, needle: string) => line.startsWith(needle) && !/^[a-z0-9]/.test(line.slice(needle.length));

/** Line range [start, end) of a "Box 1:" / "Annex C:" / "Figure 3b:" / "Executive summary:" section, or null. */
function section(seed: Seed, label: string): [number, number] | null {
  const l = loose(label);
  const start = seed.lines.findIndex((line) => line.startsWith(`${l}:`));
  if (start < 0) return null;
  const kind = /^(box|annex|figure)\s/.exec(l);
  let end = seed.lines.length;
  if (kind) {
    for (let i = start + 1; i < seed.lines.length; i++) {
      const h = /^(box|annex|figure) ([a-z0-9]+):/.exec(seed.lines[i]!);
      if (h && `${h[1]} ${h[2]}` !== l) {
        end = i;
        break;
      }
    }
  }
  return [start, end];
}

/** List items (lines starting with a bullet or "N.") that follow line `i`, stopping at the first other line. */
function listAfter(seed: Seed, i: number): number {
  const rawLines = seed.raw.split(/\r?\n/);
  let n = 0;
  for (let j = i + 1; j < rawLines.length; j++) {
    const line = rawLines[j]!;
    if (line.trim() === '') continue;
    if (/^\s*(?:[-•·*]|\d+\.)\s/.test(line)) n++;
    else break;
  }
  return n;
}

const STRUCTURAL = /^(box \d+|annex [a-z]|figure \d+[a-z]?|executive summary)$/;
const POSITIONAL = new Set(['cover', 'introduction']);
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/**
 * Checks one citation's anchor against its seed's raw text (from loadSeedTexts).
 * Returns a message saying what could not be found, or null when the anchor points at something real.
 */
export function anchorProblem(citation: Citation, seedText: string | undefined): string | null {
  const at = citation.at.trim();
  if (seedText === undefined) return `unknown source ${citation.source}`;
  const seed = seedOf(seedText);
  const where = `${citation.source} "${at}"`;

  // Paragraph numbers.
  const para = /^(?:after )?para (\d+\.\d+)$/.exec(at);
  if (para) return paraIndex(seed, para[1]!) >= 0 ? null : `${where}: paragraph ${para[1]} is not in the seed`;

  // Numbered guidelines.
  const guideline = /^Guideline (\d+)$/.exec(at);
  if (guideline) {
    const rawLines = seedText.split(/\r?\n/);
    const start = rawLines.findIndex((l) => /^\s*guidelines\s*:?\s*$/i.test(l));
    if (start < 0) return `${where}: the seed has no "Guidelines" heading`;
    const item = new RegExp(`^\\s*(?:[-•·*]\\s*)?${guideline[1]}\\.\\s`);
    return rawLines.slice(start + 1).some((l) => item.test(l)) ? null : `${where}: no guideline numbered "${guideline[1]}." after the "Guidelines" heading`;
  }

  // Footnotes.
  const footnote = /^footnote (\d)$/.exec(at);
  if (footnote) {
    const n = footnote[1]!;
    const marked = seedText.includes(SUPERSCRIPT[Number(n)]!) || seedText.includes(`<sup>${n}</sup>`) || seedText.includes(`[^${n}]`);
    return marked ? null : `${where}: the seed has no footnote mark ${n}`;
  }

  // The document's cover or opening.
  if (POSITIONAL.has(at.toLowerCase())) return null;

  // Split into label 'quoted' rest. The opening quote is not preceded by a letter, the closing one not followed by one.
  const open = /(?<![A-Za-z0-9])['‘]/.exec(at);
  if (!open) {
    const label = loose(at);
    if (STRUCTURAL.test(label)) return section(seed, label) || seed.text.includes(`${label}:`) ? null : `${where}: the seed has no "${at}" heading`;
    return `${where}: anchor has no paragraph number, guideline number or quoted heading, row or phrase`;
  }
  let close = -1;
  for (let i = at.length - 1; i > open.index; i--) {
    if (/['’]/.test(at[i]!) && !/[A-Za-z0-9]/.test(at[i + 1] ?? '')) {
      close = i;
      break;
    }
  }
  if (close < 0) return `${where}: unbalanced quote`;
  const label = loose(at.slice(0, open.index));
  const quoted = loose(at.slice(open.index + 1, close));
  let rest = at.slice(close + 1).trim();
  if (quoted === '') return `${where}: empty quote`;

  // Where the quoted text must be, by label.
  let at0: number; // where the quoted text was found in seed.text
  /** Position in seed.text of a matched line. */
  const lineAt = (i: number) => Math.max(0, seed.text.indexOf(seed.lines[i]!));
  if (label === '') {
    at0 = seed.text.indexOf(quoted);
    if (at0 < 0) return `${where}: "${quoted}" is not in the seed`;
  } else if (/^(box|annex|figure) /.test(label) && STRUCTURAL.test(label)) {
    const range = section(seed, label);
    if (!range) return `${where}: the seed has no "${label}:" heading`;
    const [s, e] = range;
    // A box is a table: its rows are lines with a tab. Annex entries may be plain paragraphs.
    const table = label.startsWith('box ');
    let hit = -1;
    for (let i = s; i < e && hit < 0; i++) if ((!table || seed.tabbed[i]) && startsWithWord(seed.lines[i]!, quoted)) hit = i;
    if (hit < 0) return `${where}: no row or entry of ${label} starts with "${quoted}"`;
    at0 = lineAt(hit);
  } else if (/table$/.test(label)) {
    const hit = seed.lines.findIndex((line, i) => seed.tabbed[i] && startsWithWord(line, quoted));
    if (hit < 0) return `${where}: no table row starts with "${quoted}"`;
    at0 = lineAt(hit);
  } else if (label === 'case study') {
    const hit = seed.lines.findIndex((line) => /^(case study|emerging practice example|practice example)\s?:/.test(line) && line.includes(quoted));
    if (hit < 0) return `${where}: no case-study heading holds "${quoted}"`;
    at0 = lineAt(hit);
  } else if (label === 'executive summary') {
    if (!section(seed, label)) return `${where}: the seed has no executive summary`;
    at0 = seed.text.indexOf(quoted, seed.text.indexOf(`${label}:`));
    if (at0 < 0) return `${where}: "${quoted}" is not in the executive summary`;
  } else {
    return `${where}: unknown label "${at.slice(0, open.index).trim()}" before the quote`;
  }

  // What may follow the quote.
  const paren = /^\(([^)]+)\)\s*/.exec(rest);
  if (paren) {
    rest = rest.slice(paren[0].length);
    const inner = paren[1]!.trim();
    const after = /^after para (\d+\.\d+)$/.exec(inner);
    if (after) {
      const p = paraIndex(seed, after[1]!);
      if (p < 0) return `${where}: paragraph ${after[1]} is not in the seed`;
      if (seed.text.indexOf(quoted, p) < 0) return `${where}: "${quoted}" does not come after para ${after[1]}`;
    } else {
      const name = loose(inner);
      const window = seed.text.slice(at0, at0 + quoted.length + 4000);
      if (!window.includes(name)) return `${where}: "${inner}" is not near "${quoted}" in the seed`;
    }
  }
  const tail = /^(?:(list)|bullet (\d+)|item (\d+))?\s*(?:,\s*after para (\d+\.\d+))?$/.exec(rest);
  if (!tail) return `${where}: cannot read "${rest}" after the quote`;
  const [, list, bullet, item, afterPara] = tail;
  if (list || bullet) {
    const i = seed.lines.findIndex((line) => line.includes(quoted));
    const n = listAfter(seed, i);
    if (n < (bullet ? Number(bullet) : 1)) return `${where}: the list after "${quoted}" has ${n} item(s)`;
  }
  if (item && !new RegExp(`(^|[^\\d.])${item}\\. `).test(seed.text.slice(at0 + quoted.length))) {
    return `${where}: no item numbered "${item}." after "${quoted}"`;
  }
  if (afterPara) {
    const p = paraIndex(seed, afterPara);
    if (p < 0) return `${where}: paragraph ${afterPara} is not in the seed`;
    if (seed.text.indexOf(quoted, p) < 0) return `${where}: "${quoted}" does not come after para ${afterPara}`;
  }
  return null;
}
