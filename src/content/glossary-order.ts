/** Sorts glossary terms A to Z, ignoring case and punctuation. */
import type { GlossaryData } from './schemas.ts';

export const sortKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, '');

export function alphabetical<T extends Pick<GlossaryData, 'term'>>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en-GB'));
}
