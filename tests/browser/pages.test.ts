/**
 * Every built page, in a real browser: loads with no console errors, makes no request to any
 * other origin, sets no cookie, passes axe (WCAG 2.2 A and AA) in the light scheme and axe's colour
 * rules again in the dark one, and loads only the scripts allowed for its page type, by name
 * (support/site-files.ts: the offline-support module everywhere; islands on the search page and tools).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, COLOUR_RULES, inDarkMode, launch, offOrigin, recordedPage, type Session } from './support/browser.ts';
import { builtPages, mayLoadScripts, showsLeaveThisPage, unexpectedScripts } from './support/site-files.ts';

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

  // Several pages at once in the one browser (maxConcurrency in vitest.config.ts): axe is the cost, and it runs in the page.
  it.concurrent.for(pages)('%s loads cleanly, stays on this site and passes axe in both colour schemes', { timeout: 120_000 }, async (path, { expect }) => {
    const { page, log } = await recordedPage(context);
    try {
      // A page with islands or modules fetches more after load (Pagefind, a tool's outcome view): wait until it is quiet.
      // A content page's only script is the offline module, which has loaded by then.
      const response = await page.goto(`${base()}${path}`, { waitUntil: mayLoadScripts(path) ? 'networkidle' : 'load' });
      expect(response?.status(), 'HTTP status').toBe(200);
      expect(log.consoleErrors, 'console errors').toEqual([]);
      expect(offOrigin(log, base()), 'requests to other origins').toEqual([]);
      expect(await page.evaluate(() => document.cookie), 'cookies').toBe('');
      const elements = await page.locator('script').evaluateAll((els) => els.map((el) => (el.getAttribute('src') ? new URL((el as HTMLScriptElement).src).pathname : 'inline')));
      const requested = log.requests.filter((u) => /\.m?js(\?|$)/.test(u)).map((u) => new URL(u).pathname);
      expect(unexpectedScripts(path, [...elements, ...requested]), 'scripts not allowed on this page').toEqual([]);
      expect(await page.locator('.lp-leave').count(), '"Leave this page" on exactly the family pages, the glossary and privacy').toBe(showsLeaveThisPage(path) ? 1 : 0);
      // Lay out every block now, as scrolling would, so axe measures content the browser skips until needed (content-visibility).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
      });
      expect(await axeViolations(page), 'axe violations').toEqual([]);
      // Slides and the presenter view keep their one projection scheme (src/styles/training-slides.scss), light or dark device alike.
      const projected = await page.locator('html.lp-slides-page').count();
      expect(await inDarkMode(page), 'the page follows the dark colour scheme').toBe(!projected);
      expect(await axeViolations(page, COLOUR_RULES), 'axe colour violations in dark mode').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
