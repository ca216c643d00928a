/**
 * "Choosing between candidates" in a real browser (the built site, Debian's Chromium): a keyboard-only walk to the
 * decision record with focus on each heading and axe at every step; that it never sends or stores anything it was
 * given (no request at all once the page has loaded, nothing in any storage, no cookie, history holding only what the
 * address holds); the statutory link into "Who should be the lead professional?"; a young person's choice under
 * Scotland; garbled links; 320 px; print; the blank records without JavaScript and on their own page; the share page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, offOrigin, pageWithoutJavaScript, recordedPage, type PageLog, type Session } from '../../browser/support/browser.ts';
import { SUBMIT, toolDriver } from '../../browser/support/tool-page.ts';
import { flow } from './support.ts';

const TOOL = '/tools/choose-lead-professional/';
const base = () => inject('baseUrl');
let session: Session;
let page: Page;
let log: PageLog;
let d: ReturnType<typeof toolDriver>;

beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

async function open(path: string, width = 1024) {
  ({ page, log } = await recordedPage(session.context));
  d = toolDriver(page);
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${base()}${path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.lp-tool[data-step][data-drawn]');
}

afterEach(async () => {
  if (!page) return;
  expect(log.consoleErrors, 'console errors').toEqual([]);
  expect(offOrigin(log, base()), 'requests to other origins').toEqual([]);
  await page.close();
});

/** Everything a page could have written about the user: every kind of storage, cookies, caches, workers, history. */
const stored = () =>
  page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    windowName: window.name,
  }));
const NOTHING = { localStorage: [], sessionStorage: [], cookie: '', indexedDB: [], caches: [], serviceWorkers: 0, windowName: '' };

async function tickAll(name: string, values: string[]) {
  for (const v of values) await d.tick(name, v);
}

describe('the decision tool', () => {
  it('walks by keyboard to a record, and never sends or stores anything it was given', async () => {
    await open(TOOL);
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    expect(await stored()).toEqual(NOTHING);
    // The page and its scripts have loaded.
    log.requests.length = 0;

    await d.axeClean('start');
    await d.tabTo('.lp-tool .govuk-button--start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
    expect(await d.focused()).toBe(true);
    // The island fetches the question words with the machine, and the record's code and data once the first question
    // shows (when the browser is idle): the site's own files, asked for by name alone. From here on, while the answers
    // are given, nothing.
    await expect.poll(() => log.requests.some((u) => new URL(u).pathname === `${TOOL}outcome-data.json`)).toBe(true);
    expect(log.requests.filter((u) => new URL(u).search !== '' || !/^\/(_astro\/[^/]+\.js|tools\/[^/]+\/(outcome-data|questions)\.json)$/.test(new URL(u).pathname))).toEqual([]);
    log.requests.length = 0;
    await d.chooseRadio('guidance', 'england');
    await d.continueTo('candidates');
    await tickAll('candidates', ['health-visitor', 'family-support-worker']);
    await d.continueTo('statutory-responsibility');
    // The criteria offer the candidates named, and "None of them".
    expect(await page.$$eval('input[name="statutory-responsibility"]', (els) => els.map((el) => (el as HTMLInputElement).value))).toEqual(['health-visitor', 'family-support-worker', 'none']);
    await d.tick('statutory-responsibility', 'none');
    await d.continueTo('main-needs');
    const answers: [string, string[]][] = [
      ['main-needs', ['health-visitor', 'family-support-worker']],
      ['trust', ['health-visitor']],
      ['wishes', ['health-visitor']],
      ['primary-responsibility', ['family-support-worker']],
      ['relationship', ['health-visitor']],
      ['skills', ['family-support-worker']],
      ['draw-in-services', ['health-visitor']],
      ['support-systems', ['family-support-worker']],
      ['time-and-manager', ['family-support-worker']],
    ];
    for (const [i, [q, values]] of answers.entries()) {
      await tickAll(q, values);
      await d.continueTo(answers[i + 1]?.[0] ?? 'young-person');
    }
    await d.chooseRadio('young-person', 'no');
    await d.continueTo('check');
    await d.continueTo('outcome');

    // The record: candidates side by side, each criterion's answers as given, nothing scored.
    expect(await page.getAttribute('.lp-record', 'data-candidates')).toBe('health-visitor family-support-worker');
    expect(await page.getAttribute('[data-criterion="skills"]', 'data-yes')).toBe('family-support-worker');
    expect(await page.locator('[data-criterion="skills"] [data-cell="health-visitor"]').textContent()).toBe('No');
    expect(await page.locator('[data-record-table] a[href^="/sources/"]').count()).toBeGreaterThan(9);
    expect(await page.getAttribute('.lp-record', 'data-statutory')).toBe('false');
    expect(await page.locator('[data-field]').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('[data-field="manager-agreement"]').count()).toBe(1);

    // Nothing sent: not a single request since the page loaded, and no socket.
    expect(log.requests, 'requests after the page loaded').toEqual([]);
    expect(sockets).toEqual([]);
    // Nothing stored: every kind of storage is as empty as before; cookies too.
    expect(await stored()).toEqual(NOTHING);
    expect(await session.context.cookies()).toEqual([]);
    // History holds no more than the address does: the step, the answers the address spells out, and whether it is
    // a trainer's exercise (not here) and revealed.
    const { state, search } = await page.evaluate(() => ({ state: history.state as Record<string, unknown>, search: location.search }));
    expect(Object.keys(state).sort()).toEqual(['answers', 'exercise', 'revealed', 'search', 'step', 'tool']);
    expect(state.exercise).toBe(false);
    expect(`?${flow.writeLink(state.answers as Record<string, string>)}`).toBe(search);
    expect(state.search).toBe(search);
  });

  it('says a statutory responsibility makes it not a free choice, and links to "Who should be the lead professional?" with the answers filled in', async () => {
    await open(`${TOOL}?guidance=salford&candidates=senco,social-worker&statutory-responsibility=social-worker&statutory-status=young-persons-plan&main-needs=none&wishes=none&primary-responsibility=social-worker&relationship=none&advocacy=none&skills=none&draw-in-services=none&support-systems=none&young-person=yes`);
    expect(await d.step()).toBe('outcome');
    expect(await page.getAttribute('.lp-record', 'data-statutory')).toBe('true');
    expect(await page.getAttribute('[data-not-free]', 'data-not-free')).toBe('young-persons-plan');
    // The warning comes before the record's table.
    expect(await page.$eval('.lp-record', (el) => el.querySelector('[data-not-free], [data-record-table]')?.hasAttribute('data-not-free'))).toBe(true);
    await d.axeClean('not a free choice');
    const href = await page.getAttribute('[data-who-should-lead]', 'href');
    expect(href).toBe('/tools/who-should-lead/?guidance=salford&young-persons-plan=yes');
    await page.click('[data-who-should-lead]');
    // That tool opens at its first unanswered question, with the guidance and the status kept.
    await page.waitForSelector('.lp-tool[data-step="age"]');
    const kept = new URLSearchParams(await page.evaluate(() => location.search));
    expect([kept.get('guidance'), kept.get('young-persons-plan')]).toEqual(['salford', 'yes']);
    expect(await page.locator('.lp-tool-notice').count()).toBe(0);
  });

  it("shows the national guide's para 2.15 for a young person under Scotland, labelled as England's guidance", async () => {
    await open(`${TOOL}?guidance=scotland&candidates=named-person,youth-worker&statutory-responsibility=none&main-needs=youth-worker&wishes=youth-worker&relationship=named-person&skills=named-person&young-person=yes`);
    expect(await d.step()).toBe('outcome');
    const point = page.locator('[data-point="young-person"] + ul [data-rule="CR-08"]');
    expect(await point.textContent()).toContain('England (national guidance, 2007)');
    expect(await point.locator('a[href="/sources/cwdc-2007/"]').count()).toBe(1);
    expect(await page.locator('[data-field="young-person-choice"]').count()).toBe(1);
    await d.axeClean('young person, Scotland');
  });

  it('reports what a garbled link could not use, keeps the rest and asks for what is missing', async () => {
    await open(`${TOOL}?guidance=england&candidates=gp,teacher&main-needs=senco&advocacy=gp&name=Sam`);
    const notice = page.locator('.lp-tool-notice');
    expect((await notice.getAttribute('data-ignored'))?.split(' ').sort()).toEqual(['advocacy', 'main-needs', 'name']);
    expect(await d.search()).toBe('?guidance=england&candidates=gp,teacher');
    expect(await d.step()).toBe('statutory-responsibility');
    await d.axeClean('garbled link');
    // Too few candidates: the error summary, and the answer is refused.
    await page.click('.govuk-back-link');
    await page.waitForSelector('.lp-tool[data-step="candidates"]');
    await page.uncheck('input[name="candidates"][value="teacher"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('at least 2');
    expect(await d.step()).toBe('candidates');
  });

  it('fits 320 px: the record table scrolls inside its own region, not the page', async () => {
    const query = 'guidance=england&candidates=gp,teacher,senco,youth-worker&statutory-responsibility=none&main-needs=gp&trust=none&wishes=none&primary-responsibility=none&relationship=none&skills=none&draw-in-services=none&support-systems=none&time-and-manager=none&young-person=no';
    await open(`${TOOL}?${query}`, 320);
    expect(await d.step()).toBe('outcome');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await d.axeClean('320 px');
  });

  it('prints the record with its blank places and without the buttons', async () => {
    await open(`${TOOL}?guidance=safeh&candidates=gp,youth-worker&statutory-responsibility=none&most-involved=gp&relationship=youth-worker&young-person=no`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.lp-print-only')).toBe(true);
    expect(await page.isVisible('.lp-outcome .govuk-button')).toBe(false);
    expect(await page.isVisible('[data-record-table]')).toBe(true);
    expect(await page.isVisible('[data-field="family-agreement"]')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('without JavaScript, shows a blank record for each guidance', async () => {
    ({ page, log } = await pageWithoutJavaScript(session));
    await page.goto(`${base()}${TOOL}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe('Choosing between candidates');
    expect(await page.locator('.govuk-button--start').count()).toBe(0);
    expect(await page.$$eval('[data-criteria-table]', (els) => els.map((el) => el.getAttribute('data-criteria-table')))).toEqual(['england', 'salford', 'safeh', 'scotland']);
    expect(await page.locator('[data-criteria-table]:visible').count()).toBe(4);
    expect(await page.locator('[data-criteria-table="england"] [data-criterion]').count()).toBe(10);
    // axe cannot run where scripts are off; the same tables pass it on their own page (tests/browser/pages.test.ts).
  });

  it('replaces the blank records with a link to their own page once the questions run; that page has them', async () => {
    await open(TOOL);
    expect(await page.locator('[data-criteria-table]:visible').count()).toBe(0);
    const href = await page.getAttribute('.lp-tool-fallback-link a', 'href');
    expect(href).toBe('/tools/choose-lead-professional/tables/');
    await page.goto(`${base()}${href}`, { waitUntil: 'networkidle' });
    // Its scripts are checked with every other page's (tests/browser/pages.test.ts).
    expect(await page.locator('[data-criteria-table]').count()).toBe(4);
  });
});

describe('the share page', () => {
  it('documents every parameter and gives example links that open on their record', async () => {
    ({ page, log } = await recordedPage(session.context));
    d = toolDriver(page);
    await page.goto(`${base()}${TOOL}share/`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-param]').count()).toBe(16);
    const links = await page.$$eval('[data-example] a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBe(4);
    // Every example is checked to open on its record in link.test.ts; here, that a link from the page does.
    await page.goto(`${base()}${links[0]}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.lp-tool[data-step][data-drawn]');
    expect(await d.step()).toBe('outcome');
  });
});
