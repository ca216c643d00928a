/** Pagefind search in the browser: right page first, filters, header form, and the no-JavaScript A to Z. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, offOrigin, recordedPage, type Session } from './support/browser.ts';

let session: Session;
const base = () => inject('baseUrl');

beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

async function resultsFor(query: string, extra = '') {
  const { page, log } = await recordedPage(session.context);
  await page.goto(`${base()}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.locator('#results-heading').waitFor();
  const hrefs = await page.locator('.lp-search__result h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { page, log, hrefs };
}

describe('search', () => {
  it.each([
    ['care leaver', '/guidance/moving-to-adult-services/'],
    ['Named Person', '/guidance/scotland-girfec/'],
    ['escalation', '/guidance/disagreements-and-escalation/'],
  ])('"%s" returns %s first', async (query, expected) => {
    const { page, log, hrefs } = await resultsFor(query);
    expect(hrefs[0]).toBe(expected);
    expect(offOrigin(log, base())).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('results show a title, a section and an excerpt with the matched words marked', async () => {
    const { page } = await resultsFor('escalation');
    const first = page.locator('.lp-search__result').first();
    expect((await first.locator('h3').innerText()).length).toBeGreaterThan(3);
    expect(await first.locator('.lp-meta').innerText()).not.toBe('');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the audience filter keeps only pages for that audience', async () => {
    const { page, hrefs } = await resultsFor('lead professional', '&audience=practitioners');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => !h.startsWith('/families/'))).toBe(true);
    await page.close();
  });

  it('the jurisdiction filter for Scotland drops England-only pages', async () => {
    const { page, hrefs } = await resultsFor('lead professional', '&jurisdiction=scotland');
    expect(hrefs).not.toContain('/guidance/moving-to-adult-services/');
    expect(hrefs).toContain('/guidance/scotland-girfec/');
    await page.close();
  });

  it('the header search form on a content page submits to the search page and runs the query', async () => {
    const { page } = await recordedPage(session.context);
    await page.goto(`${base()}/glossary/`);
    await page.fill('#site-search', 'escalation');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=escalation/);
    await page.locator('#results-heading').waitFor();
    expect(await page.locator('.lp-search__result').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('without JavaScript the search page offers an A to Z of every page and term', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${base()}/search/?q=escalation`);
      const links = await page.locator('#a-to-z-heading ~ ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      expect(links).toContain('/guidance/disagreements-and-escalation/');
      expect(links.some((h) => h?.startsWith('/glossary/#'))).toBe(true);
      expect(await page.locator('noscript').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
