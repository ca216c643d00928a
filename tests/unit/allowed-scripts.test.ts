/** The named list of scripts each page type may load: anything else is reported. */
import { describe, expect, it } from 'vitest';
import { unexpectedScripts } from '../browser/support/site-files.ts';

const OFFLINE = '/_astro/PageHead.astro_astro_type_script_index_0_lang.AbC12-x.js';

describe('allowed scripts', () => {
  it('lets every page load the offline-support module, and a content page nothing else', () => {
    expect(unexpectedScripts('/guidance/accountability/', [OFFLINE])).toEqual([]);
    expect(unexpectedScripts('/guidance/accountability/', [OFFLINE, '/_astro/client.C92s32vP.js', 'inline', '/pagefind/pagefind.js'])).toEqual([
      '/_astro/client.C92s32vP.js',
      'inline',
      '/pagefind/pagefind.js',
    ]);
  });
  it('lets the search page and the tools load their islands, and only the search page Pagefind', () => {
    expect(unexpectedScripts('/search/', [OFFLINE, '/_astro/SiteSearch.x1.js', 'inline', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js'])).toEqual([]);
    expect(unexpectedScripts('/tools/who-should-lead/', ['/_astro/WhoShouldLead.x1.js', 'inline', '/pagefind/pagefind.js'])).toEqual(['/pagefind/pagefind.js']);
    expect(unexpectedScripts('/tools/who-should-lead/share/', ['inline'])).toEqual(['inline']);
  });
});
