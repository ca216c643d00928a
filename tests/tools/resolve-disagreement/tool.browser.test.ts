/**
 * "We can't agree: what happens next?" in a real browser (the built site, Debian's Chromium): a keyboard-only walk
 * to an outcome with focus on each heading and axe at every step, the outcome's attributes against the rules, safety
 * first, deep links (complete, and garbled ones reported and recovered from), Back and Change, 320 px, print, the
 * no-JavaScript tables and their own page, and the share page's examples. No request may leave the origin and the
 * console must stay free of errors.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, offOrigin, pageWithoutJavaScript, recordedPage, type PageLog, type Session } from '../../browser/support/browser.ts';
import { SUBMIT, toolDriver } from '../../browser/support/tool-page.ts';
import type { Facts } from '../../../src/tools/resolve-disagreement/contract.ts';
import { flow, resolveWith } from './support.ts';

const TOOL = '/tools/resolve-disagreement/';
const base = () => inject('baseUrl');
let session: Session;
let page: Page;
let log: PageLog;
let d: ReturnType<typeof toolDriver>;
const step = () => d.step();
const search = () => d.search();
const focused = () => d.focused();
const expectAxeClean = (where: string) => d.axeClean(where);

beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

async function open(path: string, width = 1024) {
  ({ page, log } = await recordedPage(session.context));
  await page.setViewportSize({ width, height: 800 });
  d = toolDriver(page);
  await page.goto(`${base()}${path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.lp-tool[data-step][data-drawn]');
}

afterEach(async () => {
  if (!page) return;
  expect(log.consoleErrors, 'console errors').toEqual([]);
  expect(offOrigin(log, base()), 'requests to other origins').toEqual([]);
  await page.close();
});

/** The outcome element's attributes. */
const outcomeData = () =>
  page.$eval('[data-next]', (el) => ({
    next: el.getAttribute('data-next'),
    deadline: el.getAttribute('data-deadline'),
    strength: el.getAttribute('data-strength'),
    inference: el.getAttribute('data-inference'),
  }));
/** What the rules say the attributes should be, for a link. */
function expected(query: string) {
  const r = resolveWith(flow.readLink(query).facts as Facts);
  return { next: r.next, deadline: r.deadline, strength: r.strength, inference: String(r.inference) };
}

describe('the decision tool', () => {
  it('can be walked to an outcome with the keyboard alone, with focus on each new heading and axe clean at every step', async () => {
    await open(TOOL);
    expect(await step()).toBe('start');
    await expectAxeClean('start');
    await d.tabTo('.lp-tool .govuk-button--start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
    expect(await focused()).toBe(true);
    await expectAxeClean('guidance');
    await d.chooseRadio('guidance', 'england');
    await d.continueTo('about');
    await d.chooseRadio('about', 'who-leads');
    await d.continueTo('safety-concern');
    await d.chooseRadio('safety-concern', 'no');
    await d.continueTo('tried');
    await d.chooseRadio('tried', 'team');
    await d.continueTo('check');
    await d.continueTo('outcome');

    expect(await search()).toBe('?guidance=england&about=who-leads&safety-concern=no&tried=team');
    expect(await outcomeData()).toEqual({ next: 'line-managers', deadline: 'four-working-days', strength: 'local-agreement', inference: 'true' });
    expect(await outcomeData()).toEqual(expected((await search()).slice(1)));
    // The step, who takes it and its time limit; the inference and the local protocol said plainly.
    expect(await page.textContent('h1')).toBe('The line managers agree who is best placed');
    expect(await page.textContent('[data-deadline-row]')).toContain('four working days');
    expect(await page.locator('[data-ours="INF-POOLE-ROUTE"]').count()).toBe(1);
    // The whole route, numbered, with the current step marked.
    expect(await page.$$eval('[data-route-step]', (els) => els.map((el) => `${el.getAttribute('data-route-step')}:${el.getAttribute('data-status')}`))).toEqual([
      'team-discussion:done',
      'line-managers:current',
      'service-development-manager:later',
      'managers-and-steering-group:later',
    ]);
    expect(await page.getAttribute('[data-route-step="line-managers"]', 'aria-current')).toBe('step');
    expect(await page.locator('ol.lp-route').count()).toBe(1);
    expect(await page.locator('.lp-outcome a[href^="/sources/"]').count()).toBeGreaterThan(3);
    expect(await page.locator('.lp-family-note').textContent()).toContain('managers');
    expect(await page.locator('.lp-outcome a[href="/families/if-you-are-not-happy/"]').count()).toBe(1);
    expect(await page.title()).toMatch(/^What happens next/);
  });

  it.each([
    ['Salford, safety concern, co-ordinator tried', 'guidance=salford&about=who-leads&safety-concern=yes&tried=coordinator', 'heads-of-service'],
    ['SAFeh, not delivering, safety concern ("tried" not asked)', 'guidance=safeh&about=not-delivering&safety-concern=yes', 'local-protocol'],
    ['Scotland, approach, safety concern', 'guidance=scotland&about=approach&safety-concern=yes&tried=nothing', 'team-discussion'],
  ])('puts child protection procedures first, whatever else was answered: %s', async (_name, query, resume) => {
    await open(`${TOOL}?${query}`);
    expect(await step()).toBe('outcome');
    expect(await outcomeData()).toEqual(expected(query));
    expect((await outcomeData()).next).toBe('child-protection-procedures');
    // The warning is the first thing in the outcome, before the heading.
    expect(await page.$eval('.lp-outcome', (el) => el.querySelector('[data-safety-first], h1')?.hasAttribute('data-safety-first'))).toBe(true);
    expect(await page.textContent('h1')).toMatch(/child protection procedures now/);
    expect(await page.getAttribute('[data-route-step]:first-child', 'data-route-step')).toBe('child-protection-procedures');
    expect(await page.getAttribute('[data-status="after-safety"]', 'data-route-step')).toBe(resume);
    expect(await page.locator('.lp-family-note').textContent()).toContain('call 999');
    if (query.startsWith('guidance=salford')) await expectAxeClean(`safety first (${_name})`);
  });

  it.each([
    ['Salford protocol', 'guidance=salford&about=who-leads&safety-concern=no&tried=heads-of-service'],
    ['Scotland, where the briefing is silent', 'guidance=scotland&about=not-delivering&safety-concern=no&tried=team'],
    ['England, a practitioner not delivering', 'guidance=england&about=not-delivering&safety-concern=no&tried=nothing'],
  ])('opens a complete link on its outcome, with the strength and inference the rules give: %s', async (_name, query) => {
    await open(`${TOOL}?${query}`);
    expect(await step()).toBe('outcome');
    const data = await outcomeData();
    expect(data).toEqual(expected(query));
    expect(await page.locator('.lp-tool-notice').count()).toBe(0);
    expect(await page.locator('.lp-outcome [data-inference]').count()).toBe(data.inference === 'true' ? 1 : 0);
    if (data.strength === 'local-agreement' && data.inference === 'false') expect(await page.textContent('.lp-outcome')).toContain('local agreement');
    if (data.inference === 'true') await expectAxeClean(`outcome with an inference (${_name})`);
  });

  it('reports what a garbled link could not use, keeps the rest and asks for what is missing', async () => {
    await open(`${TOOL}?guidance=safeh&about=not-delivering&tried=team&colour=red&about=who-leads`);
    const notice = page.locator('.lp-tool-notice');
    expect(await notice.count()).toBe(1);
    expect((await notice.getAttribute('data-ignored'))?.split(' ').sort()).toEqual(['about', 'colour', 'tried']);
    expect(await search()).toBe('?guidance=safeh&about=not-delivering');
    expect(await step()).toBe('safety-concern');
    await expectAxeClean('garbled link');
    await page.check('input[name="safety-concern"][value="no"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn]');
    expect((await outcomeData()).next).toBe('local-protocol');
  });

  it('goes Back and changes an answer, and the browser Back button keeps the answers', async () => {
    await open(`${TOOL}?guidance=england&about=who-leads&safety-concern=no&tried=nothing`);
    expect((await outcomeData()).next).toBe('team-discussion');
    await page.click('.govuk-back-link');
    await page.waitForSelector('.lp-tool[data-step="check"]');
    expect(await focused()).toBe(true);
    await page.click('[data-answer="tried"] a');
    await page.waitForSelector('.lp-tool[data-step="tried"]');
    expect(await page.isChecked('input[name="tried"][value="nothing"]')).toBe(true);
    await page.check('input[name="tried"][value="managers"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn]');
    expect((await outcomeData()).next).toBe('service-development-manager');
    await page.goBack();
    await page.waitForSelector('.lp-tool[data-step="check"]');
    expect(new URLSearchParams(await search()).get('tried')).toBe('managers');
  });

  it('fits 320 px without sideways scrolling, on an outcome', async () => {
    await open(`${TOOL}?guidance=salford&about=who-leads&safety-concern=yes&tried=team`, 320);
    expect(await step()).toBe('outcome');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectAxeClean('320 px');
  });

  it('prints the step, the route and the date, without the buttons', async () => {
    await open(`${TOOL}?guidance=england&about=approach&safety-concern=no&tried=team`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.lp-print-only')).toBe(true);
    expect(await page.textContent('.lp-print-only')).toMatch(/Printed on \d{1,2} \w+ \d{4}/);
    expect(await page.isVisible('.lp-outcome .govuk-button')).toBe(false);
    expect(await page.isVisible('ol.lp-route')).toBe(true);
    expect(await page.isVisible('.lp-family-note')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('without JavaScript, shows the introduction and every route as tables', async () => {
    ({ page, log } = await pageWithoutJavaScript(session));
    await page.goto(`${base()}${TOOL}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toMatch(/^We can.t agree: what happens next\?$/);
    expect(await page.locator('.govuk-button--start').count()).toBe(0);
    expect(await page.locator('[data-route-table]:visible').count()).toBe(9);
    expect(await page.locator('[data-safety-rule]').count()).toBe(4);
    expect(await page.locator('[data-route-table="england-who-leads"] [data-route-row="line-managers"]').textContent()).toContain('four working days');
    // axe cannot run where scripts are off; the same tables pass it on their own page (tests/browser/pages.test.ts).
  });

  it('replaces the tables with a link to their own page once the questions run; that page has them', async () => {
    await open(TOOL);
    expect(await page.locator('[data-route-table]:visible').count()).toBe(0);
    const href = await page.getAttribute('.lp-tool-fallback-link a', 'href');
    expect(href).toBe('/tools/resolve-disagreement/tables/');
    await page.goto(`${base()}${href}`, { waitUntil: 'networkidle' });
    // Its scripts are checked with every other page's (tests/browser/pages.test.ts).
    expect(await page.locator('[data-route-table]').count()).toBe(9);
  });
});

describe('the share page', () => {
  it('documents every parameter and gives example links that open on their outcome', async () => {
    ({ page, log } = await recordedPage(session.context));
    d = toolDriver(page);
    await page.goto(`${base()}${TOOL}share/`, { waitUntil: 'networkidle' });
    expect(await page.$$eval('[data-param]', (els) => els.map((el) => el.getAttribute('data-param')))).toEqual(['guidance', 'about', 'safety-concern', 'tried']);
    const links = await page.$$eval('[data-example] a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(4);
    // Every example is checked to open on its outcome in link.test.ts; here, that a link from the page does.
    await page.goto(`${base()}${links[0]}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.lp-tool[data-step][data-drawn]');
    expect(await step()).toBe('outcome');
  });
});
