/**
 * Family pages end with one short "Where this comes from" line that opens to the documents and the points
 * cited, instead of a list of paragraph numbers; practitioner pages keep the full "Sources cited" list.
 * Read from the built HTML.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from './support/site-files.ts';

const familyPages = builtPages().filter((p) => /^\/families\/[^/]+\/$/.test(p));
const guidancePages = builtPages().filter((p) => /^\/guidance\/[^/]+\/$/.test(p));
const citedSources = (html: string) => new Set([...html.matchAll(/class="lp-citation[^"]*"[^>]*>\(<a class="govuk-link" href="\/sources\/([\w-]+)\/"/g)].map((m) => m[1]));

describe('where family pages come from', () => {
  it('there are family pages to check', () => expect(familyPages.length).toBeGreaterThanOrEqual(9));

  it.each(familyPages)('%s folds its sources into "Where this comes from"', (path) => {
    const html = readPage(path);
    const details = [...html.matchAll(/<details class="govuk-details lp-citations lp-where-from"[^>]*>([\s\S]*?)<\/details>/g)];
    const cited = citedSources(html);
    if (!cited.size) {
      expect(details).toHaveLength(0);
      return;
    }
    expect(details).toHaveLength(1);
    const [whole, inner] = details[0];
    expect(whole).not.toMatch(/<details[^>]*\sopen/);
    expect(inner).toMatch(/<summary[^>]*><span class="govuk-details__summary-text">Where this comes from<\/span><\/summary>/);
    const listed = new Set([...inner.matchAll(/href="\/sources\/([\w-]+)\/"/g)].map((m) => m[1]));
    expect(listed).toEqual(cited);
    expect(html).not.toContain('Sources cited on this page');
  });

  it.each(guidancePages)('%s still lists its sources in full', (path) => {
    expect(readPage(path)).toContain('Sources cited on this page');
  });
});
