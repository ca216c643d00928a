/**
 * Every built page, in a real browser: loads with no console errors, makes no request to any
 * other origin, sets no cookie, passes axe (WCAG 2.2 A and AA), and, unless it is the search
 * page or a tool, loads no script at all.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, launch, offOrigin, recordedPage, type Session } from './support/browser.ts';
import { LEAVE_THIS_PAGE_SCRIPT, builtPages, mayLoadScripts, showsLeaveThisPage } from './support/site-files.ts';

const pages = builtPages();
let session: Session;
let context: BrowserContext;
const base = () => inject('baseUrl');

beforeAll(async () => {
  session = await launch();
  context = session.context;
});
afterAll(async () => session?.close());

describe('every page', () => {
  it('the site has the pages the guidance promises', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const p of ['/', '/guidance/', '/glossary/', '/search/', '/privacy/', '/sources/', '/404.html']) expect(pages).toContain(p);
  });

  it.each(pages)('%s loads cleanly, stays on this site and passes axe', async (path) => {
    const { page, log } = await recordedPage(context);
    try {
      const response = await page.goto(`${base()}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), 'HTTP status').toBe(200);
      expect(log.consoleErrors, 'console errors').toEqual([]);
      expect(offOrigin(log, base()), 'requests to other origins').toEqual([]);
      expect(await page.evaluate(() => document.cookie), 'cookies').toBe('');
      if (!mayLoadScripts(path)) {
        const scripts = log.requests.filter((u) => /\.m?js(\?|$)/.test(u)).map((u) => new URL(u).pathname);
        const expected = showsLeaveThisPage(path) ? 1 : 0;
        expect(await page.locator('script').count(), 'script elements on a content page').toBe(expected);
        expect(await page.locator('script:not([src])').count(), 'inline scripts').toBe(0);
        expect(scripts.filter((p) => !(expected && LEAVE_THIS_PAGE_SCRIPT.test(p))), 'script requests on a content page').toEqual([]);
        expect(await page.locator('.lp-leave').count(), '"Leave this page" on exactly the family pages, the glossary and privacy').toBe(expected);
      }
      expect(await axeViolations(page), 'axe violations').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
