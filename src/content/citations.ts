/** How a citation reads on the page. */
import type { SourceData } from './schemas.ts';

/** "CWDC managers' guide, 2007, para 3.14" ("Salford handbook, after 2018, …"). */
export function citationLabel(source: Pick<SourceData, 'shortTitle' | 'when'>, at: string): string {
  return `${source.shortTitle}, ${source.when}, ${at.trim()}`;
}
