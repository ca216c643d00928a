/** Citations after a sentence: "(CWDC managers' guide, 2007, para 3.14; …)", each linking to its source page. */
import { Fragment } from 'preact';
import type { Citation } from '../register.ts';
import type { SourceSummary } from '../wording.ts';
import { citationLabel } from '../../../content/citations.ts';

export function citeLabel(sources: readonly SourceSummary[], c: Citation): string {
  const s = sources.find((x) => x.id === c.source);
  return s ? citationLabel(s, c.at) : `${c.source}, ${c.at}`;
}

export function Cites({ sources, cites }: { sources: readonly SourceSummary[]; cites: readonly Citation[] }) {
  if (cites.length === 0) return null;
  return (
    <span class="lp-citation">
      (
      {cites.map((c, i) => (
        <Fragment key={`${c.source}-${c.at}`}>
          {i > 0 && '; '}
          <a class="govuk-link" href={`/sources/${c.source}/`}>
            {citeLabel(sources, c)}
          </a>
        </Fragment>
      ))}
      )
    </span>
  );
}
