/**
 * Pagefind search in the browser: the right answer first (opening at the section that answers it),
 * share pages kept out, one search box, Pagefind set up before the first query, filters, the header
 * form, more results, the no-JavaScript A to Z, and a decision tool offered with a query's answers filled in.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, offOrigin, recordedPage, type Session } from './support/browser.ts';
import { writeParams, type FactValue } from '../../src/tools/engine/contract.ts';
import { CONTRACT as WHO_LEADS } from '../../src/tools/who-should-lead/contract.ts';
import { loadTool } from '../../src/tools/engine/server.ts';

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
  // The first results show as soon as they load; the list is marked busy until the rest have.
  await page.locator('.lp-search__list[aria-busy="false"]').waitFor({ state: 'attached' });
  const links = await page.locator('.lp-search__result h3 a').evaluateAll((as) =>
    as.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
  const hrefs = links.map((l) => l.split('#')[0]);
  return { page, log, links, hrefs };
}

/** Where a section lands: /page/#id, or the page itself when the answer is its opening. */
const Y9 = '#year-9-the-transition-plan-for-young-people-with-special-educational-needs';

describe('search', () => {
  it.each([
    // The queries the site was first tested with.
    ['care leaver', '/guidance/moving-to-adult-services/'],
    ['Named Person', '/guidance/scotland-girfec/'],
    ['escalation', '/guidance/disagreements-and-escalation/'],
    // From issue 13: each used to put the share page first.
    ['EHCP', '/glossary/#ehcp'],
    ['year 9 EHCP', `/guidance/moving-to-adult-services/${Y9}`],
    // The who-leads table is in two parts: CAMHS and EHCP rows are in the second, looked after and youth justice in the first.
    ['Salford CAMHS EHCP', '/guidance/who-leads-early-help-sen-disability/'],
    ['looked after and youth offending', '/guidance/who-leads-for-each-status/'],
    // Where the sources differ on Year 9 (the same answer as the Year 9 section of moving-to-adult-services).
    ['year 9 EHCP Salford', '/guidance/when-several-statuses-apply/#year-9-pupils-with-special-educational-needs'],
    // A row of the who-leads table is a result of its own (its header cell has the id).
    ['adoption', '/guidance/who-leads-for-each-status/#status-adoption'],
  ])('"%s" returns %s first', async (query, expected) => {
    const { page, log, links, hrefs } = await resultsFor(query);
    // An expected /page/#id must be that section; an expected /page/ may open at any of its sections.
    expect(expected.includes('#') ? links[0] : hrefs[0]).toBe(expected);
    expect(links.some((l) => l.includes('/share/')), 'share pages are not searched').toBe(false);
    expect(offOrigin(log, base())).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  /** The link the engine writes for these answers to "Who should be the lead professional?". */
  const whoLeads = (facts: Record<string, FactValue>) => `/tools/who-should-lead/?${writeParams(WHO_LEADS, facts)}`;
  const offered = (page: Awaited<ReturnType<typeof resultsFor>>['page']) =>
    page.locator('.lp-search__offer[data-offer="who-should-lead"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

  it.each([
    [
      'looked after and youth offending',
      ['england', 'salford'].flatMap((guidance) => ['prevention', 'community', 'custody'].map((kind) => whoLeads({ guidance, 'looked-after': true, 'youth-justice': kind }))),
    ],
    ['year 9 EHCP Salford', [whoLeads({ guidance: 'salford', sen: 'ehcp', 'year-group': 9 })]],
  ])('"%s" offers "Who should be the lead professional?" with those answers, above the results', async (query, links) => {
    const { page } = await resultsFor(query);
    expect((await offered(page)).sort()).toEqual([...links].sort());
    const offer = page.locator('.lp-search__offer');
    expect(await offer.count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('.lp-search__offer')!.compareDocumentPosition(document.querySelector('.lp-search__list')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('an offered link opens the tool at the first question still to answer, using every answer it gives', async () => {
    const { page } = await resultsFor('year 9 EHCP Salford');
    const href = (await offered(page))[0]!;
    const { flow } = loadTool('who-should-lead');
    const first = flow.firstUnanswered(flow.readLink(href.split('?')[1]!).answers);
    await page.locator('.lp-search__offer a').click();
    await page.waitForURL(/\/tools\/who-should-lead\//);
    await page.locator(`.lp-tool[data-step="${first}"]`).waitFor();
    expect(await page.locator('.lp-tool-notice').count(), 'no answer from the link was dropped').toBe(0);
    await page.close();
  });

  it('a query that names no situation offers no tool', async () => {
    const { page } = await resultsFor('Named Person');
    expect(await page.locator('.lp-search__offer').count()).toBe(0);
    await page.close();
  });

  it("trainers' pages come after the guidance they retell, and first for the trainers' own words", async () => {
    // The training index is merged at a lower weight (src/search/indexes.ts).
    const { page, hrefs } = await resultsFor('knowledge check');
    expect(hrefs[0]).toMatch(/^\/training\/[^/]+\/knowledge-check\/$/);
    await page.close();
  });

  it('a section result opens at its heading, and a glossary result at its term', async () => {
    const { page } = await resultsFor('year 9 EHCP');
    const first = page.locator('.lp-search__result').first();
    expect(await first.locator('.lp-search__where').innerText()).toBe('Section: Year 9: the transition plan for young people with special educational needs');
    await first.locator('h3 a').click();
    await page.waitForURL(/moving-to-adult-services/);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('H2');
    await page.goto(`${base()}/search/?q=SENCO`);
    await page.locator('.lp-search__result h3 a').first().click();
    await page.waitForURL(/\/glossary\/#senco$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toMatch(/^SENCO/);
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

  it('the search page has one search box, and sets Pagefind up before anything is typed', async () => {
    const { page, log } = await recordedPage(session.context);
    await page.goto(`${base()}/search/`, { waitUntil: 'networkidle' });
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('form[role="search"]').count()).toBe(1);
    const loaded = log.requests.map((u) => new URL(u).pathname);
    expect(loaded).toContain('/pagefind/pagefind.js');
    expect(loaded.filter((p) => p.endsWith('.pf_index')).length, 'index chunks fetched on load').toBeGreaterThan(0);
    expect(loaded.filter((p) => p.endsWith('.pf_fragment')).length, 'one result read on load, to warm up').toBeGreaterThan(0);
    await page.close();
  });

  it('shows ten results, then ten more on request, moving focus to the first new one', async () => {
    const { page, links } = await resultsFor('lead professional');
    const results = page.locator('.lp-search__result');
    expect(links).toHaveLength(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => results.count()).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.closest('.lp-search__result') === document.querySelectorAll('.lp-search__result')[10])).toBe(true);
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
    await page.goto(`${base()}/guidance/`);
    await page.fill('#site-search', 'escalation');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=escalation/);
    await page.locator('#results-heading').waitFor();
    expect(await page.locator('.lp-search__result').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a page opened with a query moves nothing the reader can see: the results come in, then the A to Z below them', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    // Every layout shift the browser reports, as Lighthouse and real-user metrics count them (none after input here).
    await page.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = ((window as unknown as { lpShifts: unknown }).lpShifts = []);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
          if (!e.hadRecentInput) shifts.push({ value: e.value, nodes: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base()}/search/?q=escalation`);
    await page.locator('.lp-search__list[aria-busy="false"]').waitFor({ state: 'attached' });
    await page.locator('#a-to-z-heading').waitFor({ state: 'visible' });
    const resultsBottom = (await page.locator('.lp-search__list').boundingBox())!;
    const aToZ = (await page.locator('#a-to-z-heading').boundingBox())!;
    expect(aToZ.y, 'the A to Z comes after the results').toBeGreaterThan(resultsBottom.y + resultsBottom.height - 1);
    expect(await page.evaluate(() => (window as unknown as { lpShifts: unknown }).lpShifts)).toEqual([]);
    await page.close();
  });

  it("the A to Z's letters are targets at least 24 px square (WCAG 2.2, 2.5.8)", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${base()}/search/`);
    const boxes = await page.locator('nav[aria-label="Letters"] a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes.length).toBeGreaterThan(10);
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
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
