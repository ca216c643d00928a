/** How a citation reads on the page, and a page's citations grouped by source. */
import type { Citation, SourceData } from './schemas.ts';

/** "CWDC managers' guide, 2007, para 3.14" ("Salford handbook, after 2018, …"). */
export function citationLabel(source: Pick<SourceData, 'shortTitle' | 'when'>, at: string): string {
  return `${source.shortTitle}, ${source.when}, ${at.trim()}`;
}

/** A page's citations grouped by source, in the order of the sources file, each point once. */
export function citationsBySource(citations: readonly Citation[], sources: readonly SourceData[]): { source: SourceData; points: string[] }[] {
  return sources
    .map((source) => ({ source, points: [...new Set(citations.filter((c) => c.source === source.id).map((c) => c.at))] }))
    .filter((g) => g.points.length > 0);
}
