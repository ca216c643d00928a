/**
 * Source pages people can check: each gives the original's full title, publisher and date, where an
 * official copy is (a marked link to the publisher) or that none is known, and what has happened since,
 * each fact with the date it was checked and the pages it was checked against. Read from the built HTML.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from './support/site-files.ts';
import { loadSources } from '../../src/content/registry.ts';

const sources = loadSources();
const decode = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
const esc = (s: string) => decode(s).replace(/'/g, "'");

describe('source pages', () => {
  it.each(sources.map((s) => [s.id, s] as const))('/sources/%s/ gives its title, publisher, date, official copy and what happened since', (id, s) => {
    const html = decode(readPage(`/sources/${id}/`));
    expect(html).toContain(esc(s.fullTitle));
    expect(html).toContain(esc(s.publisher));
    expect(html).toMatch(new RegExp(`data-source-date>${s.date.replace(/[()]/g, '\\$&')}<`));
    const copy = html.slice(html.indexOf('data-official-copy'), html.indexOf('</dd>', html.indexOf('data-official-copy')));
    if (s.officialCopy) {
      expect(copy).toContain(`href="${s.officialCopy.url}" rel="external noreferrer"`);
      expect(copy).toContain("the publisher's website");
    } else {
      expect(copy).toContain(esc(s.noOfficialCopy!));
    }
    const since = html.slice(html.indexOf('id="since"'), html.indexOf('id="covers"'));
    if (s.since.length) {
      expect(since.match(/data-since>/g)).toHaveLength(s.since.length);
      for (const f of s.since) {
        expect(since).toContain(esc(f.fact));
        expect(since).toContain(`<time datetime="${f.checkedOn.toISOString().slice(0, 10)}">`);
        for (const c of f.checkedAgainst) expect(since).toContain(`<span class="lp-address">${c.url.replace(/&/g, '&amp;')}</span>`);
      }
    } else {
      expect(since).toContain(esc(s.sinceUnknown!));
    }
  });

  it('say what replaced the documents that have been replaced', () => {
    const text = (id: string) => decode(readPage(`/sources/${id}/`));
    expect(text('salford')).toMatch(/Working Together to Safeguard Children 2018, which the handbook follows, was replaced by a 2023 edition/);
    expect(text('cwdc-2007')).toMatch(/The 2023 edition, published by the Department for Education in December 2023, replaced the 2018 edition/);
    expect(text('girfec-2010')).toMatch(/refreshed Getting it right for every child policy and practice materials in 2022/);
    expect(text('dfes-2005')).toMatch(/replaced in 2007 by the Children's Workforce Development Council's managers' guide/);
  });
});
