/** How a citation reads on the page. */
import type { SourceData } from './schemas.ts';

/** "CWDC managers' guide, 2007, para 3.14" (undated sources show their date in words). */
export function citationLabel(source: Pick<SourceData, 'shortTitle' | 'year' | 'date'>, at: string): string {
  const when = source.year ?? source.date.toLowerCase();
  return `${source.shortTitle}, ${when}, ${at.trim()}`;
}
