/** Plain descriptions of a source's standing, used on source pages and lists. */
import type { SourceData } from './schemas.ts';

const STYLE: Record<SourceData['citationStyle'], string> = {
  paragraphs: 'numbered paragraphs (for example "para 3.14"), boxes, annexes and case studies',
  'numbered-guidelines': 'its numbered guidelines and headed lists',
  headings: 'its section headings',
  'table-rows': 'the rows of its thresholds table and its section headings',
};

export function describeSource(s: SourceData) {
  const place = s.jurisdiction === 'scotland' ? 'Scotland' : 'England';
  return {
    where: s.scope === 'local' ? `${place}, local (${s.id === 'salford' ? 'Salford' : 'one area'})` : `${place}, national`,
    citedBy: STYLE[s.citationStyle],
  };
}
