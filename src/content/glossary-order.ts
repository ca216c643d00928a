/** Glossary terms A to Z: the order (ignoring case and punctuation), the letter groups and the heading case. */
import type { GlossaryData } from './schemas.ts';

export const sortKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, '');

export function alphabetical<T extends Pick<GlossaryData, 'term'>>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en-GB'));
}

/**
 * A term as a heading, in the one capitalisation style the glossary uses: sentence case. The term is
 * stored as it appears in running text ("lead professional", so first uses in prose are found); its
 * heading starts with a capital ("Lead professional"). Names keep their own capitals ("Named Person").
 */
export function headingCase(term: string): string {
  return term.charAt(0).toLocaleUpperCase('en-GB') + term.slice(1);
}

/** The letter a term is filed under: its first letter or digit, upper case ("0–9" for digits). */
export function letterOf(term: string): string {
  const first = sortKey(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0–9';
}

export interface LetterGroup<T> {
  /** "A", "B"… */
  letter: string;
  /** Anchor id of the letter's heading: "letter-a". */
  id: string;
  terms: T[];
}

/** The terms A to Z, grouped by letter; letters with no terms are left out. */
export function byLetter<T extends Pick<GlossaryData, 'term'>>(terms: readonly T[]): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const t of alphabetical(terms)) {
    const letter = letterOf(t.term);
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(t);
    else groups.push({ letter, id: `letter-${letter === '0–9' ? 'digits' : letter.toLowerCase()}`, terms: [t] });
  }
  return groups;
}
