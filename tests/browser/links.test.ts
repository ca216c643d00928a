/**
 * The built HTML, read as files: every internal link and fragment resolves, and every page
 * carries a Content-Security-Policy with no 'unsafe-inline' script and no outside origins.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, readPage } from './support/site-files.ts';
import { LEAVE_PAGE } from '../../src/families/pages.ts';

const pages = builtPages();
const idsCache = new Map<string, Set<string>>();

function idsOf(path: string): Set<string> {
  if (!idsCache.has(path)) {
    const html = readPage(path);
    idsCache.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(path)!;
}

function decode(s: string) {
  return s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

describe('links and fragments', () => {
  it.each(pages)('every internal link on %s resolves', (path) => {
    const html = readPage(path);
    const broken: string[] = [];
    for (const m of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = decode(m[1]);
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const [target, fragment] = href.startsWith('#') ? [path, href.slice(1)] : href.split('#');
      const targetPath = target.split('?')[0] || path;
      if (targetPath === '/favicon.svg') continue;
      if (!fileFor(targetPath)) {
        broken.push(`${href} (no page)`);
        continue;
      }
      if (fragment && targetPath.endsWith('/') && !idsOf(targetPath).has(decodeURIComponent(fragment))) broken.push(`${href} (no #${fragment})`);
    }
    expect(broken).toEqual([]);
  });

  it('links out of the site are the "Leave this page" link, or marked as another website and sent no referrer', () => {
    const unmarked = new Set<string>();
    for (const path of pages) {
      for (const m of readPage(path).matchAll(/<a\s[^>]*href="(https?:[^"]*)"[^>]*>/g)) {
        const [tag, href] = m;
        if (href.startsWith(LEAVE_PAGE.href)) continue;
        const marked = /class="[^"]*\blp-external\b/.test(tag) && /rel="external noreferrer"/.test(tag) && href.startsWith('https://');
        if (!marked) unmarked.add(`${path}: ${tag}`);
      }
    }
    expect([...unmarked]).toEqual([]);
  });

  it.each(pages)('ids on %s are unique, so every link to a section has one place to land', (path) => {
    const ids = [...readPage(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('content security policy', () => {
  it.each(pages)('%s has a strict policy', (path) => {
    const html = readPage(path);
    const csp = decode(/http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '');
    expect(csp, 'policy present').not.toBe('');
    const script = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(script).toContain("'self'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="https?:\/\//);
  });
});
