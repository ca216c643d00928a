/**
 * "Who should be the lead professional?" in a real browser (the built site, Debian's Chromium):
 * a keyboard-only walk to an outcome, Back and Change, browser Back and reload, deep links (complete,
 * and garbage that is reported and recovered from), the error summary, Start again, the no-JavaScript
 * page, 320 px and print. axe runs at every step; no request may leave the origin and the console
 * must stay free of errors.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axeViolations, launch, offOrigin, pageWithoutJavaScript, recordedPage, type PageLog, type Session } from '../../browser/support/browser.ts';
import type { Facts, Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import { flow, recommend } from './support.ts';
import { measureHtml, problems } from '../../../src/readability/measure.ts';

const parseQuery = (q: string) => flow.readLink(q);
const recommendLead = (facts: Facts | Readonly<Record<string, unknown>>, g: Guidance) => recommend(facts as Facts, g);

const TOOL = '/tools/who-should-lead/';
/** The tool's Continue button (the site header has a search form with its own submit button). */
const SUBMIT = '.lp-tool-form button[type="submit"]';
const base = () => inject('baseUrl');
let session: Session;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

async function open(path: string, width = 1024) {
  ({ page, log } = await recordedPage(session.context));
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

const step = () => page.getAttribute('.lp-tool', 'data-step');
const search = () => page.evaluate(() => window.location.search);
/** Whether focus is on the step's heading; focus moves there once the step has rendered, so allow it a moment. */
const focused = () =>
  page
    .waitForFunction(() => document.activeElement?.matches('[data-step-heading]') ?? false, null, { timeout: 5000 })
    .then(() => true, () => false);

async function expectAxeClean(where: string) {
  expect(await axeViolations(page), `axe at ${where}`).toEqual([]);
}

/** Presses Tab until the focused element matches `selector` (keyboard only, no clicks). */
async function tabTo(selector: string) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** Moves to the next step by keyboard and checks focus, axe and the step reached. */
async function continueTo(expected: string) {
  await tabTo(`${SUBMIT}, .lp-tool-check button`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.lp-tool[data-step="${expected}"][data-drawn]`);
  expect(await focused(), `focus on the heading of ${expected}`).toBe(true);
  await expectAxeClean(expected);
}

async function chooseRadio(name: string, value: string) {
  await tabTo(`input[name="${name}"]`);
  for (let i = 0; i < 10 && !(await page.isChecked(`input[name="${name}"][value="${value}"]`)); i++) {
    // Space selects the focused radio; the arrow keys move through the group and select as they go.
    await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
  }
  expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
}

async function tick(name: string, value: string) {
  await tabTo(`input[name="${name}"][value="${value}"]`);
  await page.keyboard.press('Space');
  expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
}

async function type(name: string, text: string) {
  await tabTo(`input[name="${name}"]`);
  await page.keyboard.type(text);
}

async function outcomeData() {
  return page.$eval('[data-outcome]', (el) => ({
    outcome: el.getAttribute('data-outcome'),
    lead: el.getAttribute('data-lead'),
    strength: el.getAttribute('data-strength'),
    mustNot: el.getAttribute('data-must-not'),
    inference: el.getAttribute('data-inference'),
  }));
}

function expected(query: string) {
  const { facts } = parseQuery(query);
  const r = recommendLead(facts, facts.guidance as Guidance);
  return { outcome: r.outcome, lead: r.lead, strength: r.strength, mustNot: r.mustNot.join(' '), inference: String(r.inference) };
}

/** Words of the answer heading and summary that the browser broke across two lines (a word drawn in two places). */
const brokenWords = () =>
  page.$$eval('.lp-outcome__lead, .lp-outcome__summary', (els) => {
    const broken: string[] = [];
    for (const el of els) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
      // A hyphenated word is kept whole: it must sit in one unbroken piece.
      for (const span of el.querySelectorAll('.lp-nowrap')) {
        const lines = new Set([...span.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(span.textContent ?? '');
      }
    }
    return broken;
  });

describe('the decision tool', () => {
  it('can be walked to an outcome with the keyboard alone, with focus on each new heading and axe clean at every step', async () => {
    await open(TOOL);
    expect(await step()).toBe('start');
    await expectAxeClean('start');
    await tabTo('.lp-tool .govuk-button--start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
    expect(await focused()).toBe(true);
    await expectAxeClean('guidance');

    await chooseRadio('guidance', 'england');
    await continueTo('age');
    await type('age', '14');
    await continueTo('additional-needs');
    await chooseRadio('additional-needs', 'yes');
    await continueTo('practitioners');
    await type('practitioners', '3');
    await continueTo('statuses');
    await tick('statuses', 'looked-after');
    await tick('statuses', 'youth-justice');
    await continueTo('placement');
    await chooseRadio('placement', 'residential');
    await continueTo('youth-justice');
    await chooseRadio('youth-justice', 'community');
    await continueTo('check');
    expect(await page.textContent('.lp-tool')).toContain('Check your answers');
    await continueTo('outcome');

    const query = await search();
    expect(new URLSearchParams(query).get('placement')).toBe('residential');
    const data = await outcomeData();
    expect(data).toEqual(expected(query));
    expect(data.lead).toBe('social-worker');
    expect(data.strength).toBe('statutory');
    expect(data.mustNot?.split(' ')).toEqual(expect.arrayContaining(['yot-case-manager', 'residential-key-worker']));
    // Citations link to the sources; the outcome links to the guidance pages.
    expect(await page.locator('.lp-outcome a[href^="/sources/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.lp-outcome a[href="/guidance/duties-and-core-tasks/"]').count()).toBe(1);
    expect(await page.locator('.lp-outcome a[href="/guidance/who-leads-for-each-status/"]').count()).toBe(1);
    expect(await page.title()).toMatch(/^Who should lead/);
  });

  it('goes Back and changes an answer, and the browser Back button and reload keep the answers', async () => {
    const query = 'guidance=england&age=14&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster';
    await open(`${TOOL}?${query}`);
    expect(await step()).toBe('outcome');
    expect((await outcomeData()).mustNot).toContain('foster-carer');

    await page.click('.govuk-back-link');
    await page.waitForSelector('.lp-tool[data-step="check"]');
    expect(await focused()).toBe(true);
    await expectAxeClean('check (after Back)');

    await page.click('[data-answer="placement"] a');
    await page.waitForSelector('.lp-tool[data-step="placement"]');
    expect(await page.isChecked('input[name="placement"][value="foster"]')).toBe(true);
    await page.check('input[name="placement"][value="residential"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="check"]');
    expect(new URLSearchParams(await search()).get('placement')).toBe('residential');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn]');
    expect((await outcomeData()).mustNot).toContain('residential-key-worker');

    // Browser Back: the previous step and its answers.
    await page.goBack();
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.goBack();
    await page.waitForSelector('.lp-tool[data-step="placement"]');
    expect(await page.isChecked('input[name="placement"][value="foster"]')).toBe(true);
    await page.goForward();
    await page.waitForSelector('.lp-tool[data-step="check"]');

    // Reload keeps the answers and the step.
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('.lp-tool[data-step="check"]');
    expect(new URLSearchParams(await search()).get('placement')).toBe('residential');
  });

  it.each([
    ['England', 'guidance=england&age=16&additional-needs=yes&practitioners=4&looked-after=yes&placement=residential&youth-justice=community&child-protection=no&care-leaver=no&adoption-plan=no&child-in-need=no&mental-health=no&disability=no&sen=no&post-16=no&assessment=no'],
    ['Salford', 'guidance=salford&age=14&additional-needs=yes&practitioners=3&sen=ehcp&year-group=9'],
    ['Salford, Young Person\'s Plan', 'guidance=salford&age=16&additional-needs=yes&practitioners=3&young-persons-plan=yes'],
    ['Scotland', 'guidance=scotland&agencies=3&co-ordinated-support-plan=yes&third-sector-sla=no'],
  ])('opens a complete %s link on the outcome, with Change your answers', async (_name, query) => {
    await open(`${TOOL}?${query}`);
    expect(await step()).toBe('outcome');
    expect(await outcomeData()).toEqual(expected(query));
    expect(await page.locator('.lp-tool-notice').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Change your answers' }).count()).toBe(1);
    await expectAxeClean(`outcome (${_name})`);
  });

  it.each([
    ['custody, agreed locally (England)', 'guidance=england&age=16&additional-needs=yes&practitioners=3&youth-justice=custody'],
    ['prevention, looked after (Salford)', 'guidance=salford&age=15&additional-needs=yes&practitioners=3&looked-after=yes&placement=other&youth-justice=prevention'],
    ['one practitioner with SEN support: no lead professional (Salford)', 'guidance=salford&age=10&additional-needs=yes&practitioners=1&sen=support&needs-beyond-school=no'],
  ])('shows the people, duties and next steps the rules give, each cited (%s)', async (_name, query) => {
    await open(`${TOOL}?${query}`);
    expect(await step()).toBe('outcome');
    const { facts } = parseQuery(query);
    const r = recommendLead(facts, facts.guidance as Guidance);
    expect(await outcomeData()).toEqual(expected(query));
    const ids = (selector: string, attr: string) => page.$$eval(selector, (els, a) => els.map((el) => el.getAttribute(a)), attr);
    expect(await ids('[data-role]', 'data-role')).toEqual(r.alsoInvolved.map((a) => a.role));
    expect(await ids('[data-duty]', 'data-duty')).toEqual(r.duties.map((d) => d.id));
    expect(await ids('[data-next-step]', 'data-next-step')).toEqual(r.nextSteps.map((n) => n.id));
    expect(r.nextSteps.length).toBeGreaterThan(0);
    for (const n of r.nextSteps) {
      const item = page.locator(`[data-next-step="${n.id}"]`);
      // Words from outcomes.yaml (never the bare id) and a link to each cited source.
      expect((await item.textContent())?.startsWith(n.id)).toBe(false);
      expect(await item.locator('a[href^="/sources/"]').count()).toBe(n.cites.length);
    }
    await expectAxeClean(`outcome (${_name})`);
  });

  it('goes Back from the first question to the start page, with focus on its heading', async () => {
    await open(`${TOOL}?guidance=england`);
    expect(await step()).toBe('age');
    await page.click('.govuk-back-link');
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
    expect(await page.isChecked('input[name="guidance"][value="england"]')).toBe(true);
    await page.click('.govuk-back-link');
    await page.waitForSelector('.lp-tool[data-step="start"]');
    // Focus moves to the heading once the step has rendered.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });
    expect(await page.locator('.govuk-back-link').count()).toBe(0);
    await expectAxeClean('start page after Back');
    await page.click('.govuk-button--start');
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
  });

  it('loads the machine only when "Start now" is reached for, and a "Start now" pressed meanwhile goes on once it has', async () => {
    ({ page, log } = await recordedPage(session.context));
    // Hold back the chunk with XState and the machine until the button has been pressed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/_astro\/runtime\.[^/]*\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto(`${base()}${TOOL}`);
    await page.waitForSelector('.lp-tool[data-step="start"]');
    // Hydrated (Astro drops the island's ssr attribute), then idle: the start page has not asked for the machine.
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
    expect(requested, 'the start page alone fetches no XState').toBe(false);
    // Moving focus to the button is reaching for it: the machine is fetched then, before the key press.
    await tabTo('.govuk-button--start');
    await expect.poll(() => requested).toBe(true);
    await page.keyboard.press('Enter');
    expect(await step()).toBe('start');
    release();
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
    expect(await focused(), 'focus on the first question').toBe(true);
    expect(await search()).toBe('');
    expect(await page.evaluate(() => (history.state as { step?: string } | null)?.step)).toBe('guidance');
  });

  it('says so when the questions do not arrive, and trying again (the answers kept in the address) goes on', async () => {
    ({ page, log } = await recordedPage(session.context));
    await page.route(`**${TOOL}questions.json`, (route) => route.abort('internetdisconnected'));
    await page.goto(`${base()}${TOOL}?guidance=england`);
    const failed = page.locator('[data-load-failed] [role="alert"]');
    await failed.waitFor();
    expect(await failed.locator('h2').textContent()).toBe('This part of the page did not load');
    await expectAxeClean('questions did not load');
    log.consoleErrors.length = 0; // the failed request reports itself
    await page.unroute(`**${TOOL}questions.json`);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('.lp-tool[data-step="age"]');
    expect(await page.locator('[data-load-failed]').count()).toBe(0);
    expect(await search()).toBe('?guidance=england');
  });

  it('says so when the answer\'s data does not arrive, and asks for it again when the answer is next wanted', async () => {
    ({ page, log } = await recordedPage(session.context));
    await page.route(`**${TOOL}outcome-data.json`, (route) => route.abort('internetdisconnected'));
    await page.goto(`${base()}${TOOL}?guidance=england&age=14&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster`);
    await page.locator('[data-load-failed] [role="alert"]').waitFor();
    expect(await step()).toBe('outcome');
    log.consoleErrors.length = 0; // the failed request reports itself
    await page.unroute(`**${TOOL}outcome-data.json`);
    await page.click('.govuk-back-link');
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn] [data-outcome]');
    expect(await page.locator('[data-load-failed]').count()).toBe(0);
  });

  it('draws the answer\'s first screen before the rest of the outcome, and keeps focus on its heading', async () => {
    await open(`${TOOL}?guidance=england&age=14&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster`);
    await page.click('.lp-outcome a[href^="?"]');
    await page.waitForSelector('.lp-tool[data-step="check"][data-drawn]');
    // Which of the outcome's parts each batch of changes to the page brought (one batch per task).
    await page.evaluate(() => {
      const seen: string[][] = [];
      (window as unknown as { seen: string[][] }).seen = seen;
      new MutationObserver(() => {
        const has = (s: string) => document.querySelector(s) !== null;
        seen.push(['.lp-outcome__lead', '[data-next-steps]', '.lp-outcome__rules', '[data-family]', '.lp-answer-list'].filter(has));
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn]');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen);
    const first = seen.find((parts) => parts.includes('.lp-outcome__lead'));
    expect(first, 'the answer heading on its own first').toEqual(['.lp-outcome__lead']);
    expect(seen.at(-1)).toEqual(['.lp-outcome__lead', '[data-next-steps]', '.lp-outcome__rules', '[data-family]', '.lp-answer-list']);
    expect(await focused(), 'focus on the answer heading').toBe(true);
    await expectAxeClean('outcome, drawn in parts');
  });

  it('shows where the other guidance differs, with each source\'s date', async () => {
    await open(`${TOOL}?guidance=salford&age=14&additional-needs=yes&practitioners=3&sen=ehcp&year-group=9`);
    const row = page.locator('[data-other-guidance="england"]');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('2007');
    expect(await row.getAttribute('data-lead')).toBe('connexions-personal-adviser');
    expect(await page.locator('.lp-outcome__differ').textContent()).toContain('After 2018');
    await expectAxeClean('other guidance');
  });

  it('reports what a garbled link could not use, keeps the rest and asks for what is missing', async () => {
    await open(`${TOOL}?guidance=salford&age=12&young-persons-plan=yes&foo=bar&placement=foster&age=x&practitioners=lots`);
    const notice = page.locator('.lp-tool-notice');
    expect(await notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? '';
    for (const bit of ['foo=bar', 'young-persons-plan=yes', 'placement=foster', 'age=x', 'practitioners=lots']) expect(text).toContain(bit);
    expect((await notice.getAttribute('data-ignored'))?.split(' ').sort()).toEqual(['age', 'foo', 'placement', 'practitioners', 'young-persons-plan']);
    await expectAxeClean('garbled link');
    // The address keeps only what was used.
    expect(await search()).toBe('?guidance=salford&age=12');
    expect(await step()).toBe('additional-needs');

    await page.check('input[name="additional-needs"][value="yes"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="practitioners"]');
    expect(await page.locator('.lp-tool-notice').count()).toBe(0);
    await page.fill('input[name="practitioners"]', '2');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="statuses"]');
    expect(await page.locator('input[value="young-persons-plan"]').count(), 'no YPP at 12').toBe(0);
    await page.check('#statuses-none');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn]');
    expect(await outcomeData()).toEqual(expected((await search()).slice(1)));
  });

  it('shows the error summary when an answer is missing or wrong, and its link leads to the field', async () => {
    await open(`${TOOL}?guidance=england`);
    expect(await step()).toBe('age');
    await page.click(SUBMIT);
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    // Focus moves to the summary once it has rendered.
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5000 });
    expect(await summary.locator('[role="alert"]').count()).toBe(1);
    expect(await summary.textContent()).toContain("Enter the child's age in years");
    expect(await page.getAttribute('input[name="age"]', 'aria-describedby')).toContain('age-error');
    expect(await page.title()).toMatch(/^Error: /);
    await expectAxeClean('error summary');
    await page.click('.govuk-error-summary a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('age');

    await page.fill('input[name="age"]', '40');
    await page.click(SUBMIT);
    await page.waitForFunction(() => document.querySelector('.govuk-error-summary')?.textContent?.includes('from 0 to 25'));
    expect(await step()).toBe('age');
  });

  it('makes "None of these" exclusive in a checklist', async () => {
    await open(`${TOOL}?guidance=scotland&agencies=3`);
    expect(await step()).toBe('scotland-statuses');
    await page.check('input[value="asbo"]');
    await page.check('#scotland-statuses-none');
    expect(await page.isChecked('input[value="asbo"]')).toBe(false);
    await page.check('input[value="asbo"]');
    expect(await page.isChecked('#scotland-statuses-none')).toBe(false);
  });

  it('starts again with a clean address, replacing the history entry', async () => {
    await open(`${TOOL}?guidance=scotland&agencies=3&asbo=yes&third-sector-sla=no`);
    expect(await step()).toBe('outcome');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
    expect(await search()).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(await page.evaluate(() => history.state?.answers)).toEqual({});
    expect(await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);
  });

  it.each([
    ['a question', `${TOOL}?guidance=salford&age=16&additional-needs=yes&practitioners=3`, 'statuses', true],
    ['an outcome', `${TOOL}?guidance=england&age=16&additional-needs=yes&practitioners=4&looked-after=yes&placement=residential&youth-justice=community`, 'outcome', true],
    // The longest answer heading and the longest summary (axe has already run on these outcome layouts above).
    ['the longest answer heading', `${TOOL}?guidance=england&age=10&additional-needs=yes&practitioners=3&sen=support&needs-beyond-school=no`, 'outcome', false],
    ['a Scottish agreement between agencies', `${TOOL}?guidance=scotland&agencies=3&asbo=yes&co-ordinated-support-plan=yes&third-sector-sla=no`, 'outcome', false],
  ])('fits 320 px without sideways scrolling, and never breaks a word of the answer, on %s', async (_name, path, expectedStep, axe = true) => {
    await open(path, 320);
    expect(await step()).toBe(expectedStep);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll at 320 px on ${path}`).toBeLessThanOrEqual(0);
    if (expectedStep === 'outcome') expect(await brokenWords(), 'words broken across lines at 320 px').toEqual([]);
    if (axe) await expectAxeClean(`320 px, ${_name}`);
  });

  it('prints the answers, the recommendation, the reasons and the date, without the buttons', async () => {
    await open(`${TOOL}?guidance=england&age=14&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.lp-print-only')).toBe(true);
    expect(await page.textContent('.lp-print-only')).toMatch(/Printed on \d{1,2} \w+ \d{4}/);
    expect(await page.isVisible('.lp-outcome .govuk-button')).toBe(false);
    expect(await page.isVisible('.lp-answer-list')).toBe(true);
    expect(await page.isVisible('.lp-outcome__rules')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('.lp-print-only')).toBe(false);
    // The print button calls window.print from an event handler.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Print this answer' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('respects reduced motion', async () => {
    await open(TOOL);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = await page.$eval('.govuk-button', (el) => getComputedStyle(el).transitionDuration);
    expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  });

  it('without JavaScript, shows the introduction, a note and the who-leads table', async () => {
    ({ page, log } = await pageWithoutJavaScript(session));
    await page.goto(`${base()}${TOOL}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe('Who should be the lead professional?');
    expect(await page.locator('.lp-who-leads-table').isVisible()).toBe(true);
    expect(await page.locator('.lp-tool-fallback-link').isVisible()).toBe(false);
    expect(await page.locator('.govuk-button--start').count()).toBe(0);
    const html = await (await fetch(`${base()}${TOOL}`)).text();
    expect(html).toContain('<noscript>');
    expect(html).toMatch(/The questions need JavaScript/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(await page.locator('.lp-who-leads-table').count()).toBe(1);
    expect(await page.locator('.lp-who-leads-table .lp-strength').count()).toBeGreaterThan(5);
    expect(await page.locator('.lp-who-leads-table a[href^="/sources/"]').count()).toBeGreaterThan(5);
  });

  it('in exercise mode hides the answer until Reveal, and hides it again after a change', async () => {
    await open(`${TOOL}?guidance=england&age=14&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster&mode=exercise`);
    expect(await step()).toBe('outcome');
    expect(await page.locator('[data-exercise="concealed"]').count()).toBe(1);
    expect(await page.locator('[data-outcome]').count()).toBe(0);
    expect(await page.locator('.lp-tool-notice').count(), 'mode is not reported as unknown').toBe(0);
    await expectAxeClean('exercise, concealed');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await page.waitForSelector('.lp-tool[data-drawn] [data-outcome]');
    expect(await outcomeData()).toEqual(expected('guidance=england&age=14&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster'));
    expect(new URLSearchParams(await search()).get('mode')).toBe('exercise');
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.click('[data-answer="placement"] a');
    await page.check('input[name="placement"][value="residential"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('[data-exercise="concealed"]');
    expect(await page.locator('[data-outcome]').count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal' }).click();
    expect((await outcomeData()).mustNot).toContain('residential-key-worker');
  });

  it('replaces the no-JavaScript table with a short link to it once the questions run', async () => {
    await open(TOOL);
    expect(await page.locator('.lp-who-leads-table').isVisible()).toBe(false);
    expect(await page.locator('.lp-tool-fallback-link a[href="/guidance/who-leads-for-each-status/#the-table"]:visible').count()).toBe(1);
  });

  it('where JavaScript runs but the scripts fail to load, links to the table (hidden from the first paint) instead', async () => {
    ({ page, log } = await recordedPage(session.context));
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${base()}${TOOL}`, { waitUntil: 'networkidle' });
    log.consoleErrors.length = 0; // the blocked scripts report themselves
    expect(await page.locator('.lp-tool-fallback').isVisible()).toBe(false);
    expect(await page.locator('.lp-tool-fallback-link a[href="/guidance/who-leads-for-each-status/#the-table"]').isVisible()).toBe(true);
    log.consoleErrors.length = 0; // module preloads of the blocked scripts report themselves late
  });

  it('loads a small amount of JavaScript, all from this site', async () => {
    await open(TOOL);
    const scripts = [...new Set(log.requests.filter((u) => /\.m?js(\?|$)/.test(u)))];
    expect(scripts.length).toBeGreaterThan(0);
    let gzip = 0;
    for (const url of scripts) gzip += gzipSync(readFileSync(`dist${new URL(url).pathname}`)).length;
    console.info(`[who-should-lead browser] ${scripts.length} JS files, ${(gzip / 1024).toFixed(1)} KB gzipped`);
    expect(gzip).toBeLessThan(60 * 1024);
  });
});

describe('the answer on a phone (375 × 740 px)', () => {
  const PHONE = { width: 375, height: 740 };
  const LINKS: [string, string][] = [
    ['England, looked after in a children\'s home, on a community order', 'guidance=england&age=14&additional-needs=yes&practitioners=4&looked-after=yes&placement=residential&youth-justice=community'],
    ['Salford, Year 9 with an EHCP', 'guidance=salford&age=14&additional-needs=yes&practitioners=3&sen=ehcp&year-group=9'],
    ['Scotland, a co-ordinated support plan (our inference: the warning shows)', 'guidance=scotland&agencies=3&co-ordinated-support-plan=yes&third-sector-sla=no'],
    ['Salford, a Young Person\'s Plan', 'guidance=salford&age=16&additional-needs=yes&practitioners=3&young-persons-plan=yes'],
    ['England, relevant care leaver under the care programme approach (two named people agree)', 'guidance=england&age=17&additional-needs=yes&practitioners=3&care-leaver=relevant&mental-health=cpa'],
    ['Salford, a cross-border looked after child', 'guidance=salford&age=12&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster&cross-border=yes'],
  ];

  it.each(LINKS)('shows the answer and its strength on the first screen, and "What to do next" within two (%s)', async (name, query) => {
    ({ page, log } = await recordedPage(session.context));
    await page.setViewportSize(PHONE);
    await page.goto(`${base()}${TOOL}?${query}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.lp-tool[data-drawn] [data-outcome]');
    const m = await page.evaluate(() => {
      const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom + window.scrollY : Infinity);
      const top = (el: Element | null) => (el ? el.getBoundingClientRect().top + window.scrollY : Infinity);
      return {
        answer: bottom(document.querySelector('.lp-outcome__lead')),
        strength: bottom(document.querySelector('.lp-outcome__strength')),
        next: top(document.querySelector('#what-to-do-next')),
        height: document.documentElement.scrollHeight,
      };
    });
    console.info(`[who-should-lead phone] ${name}: answer ends ${Math.round(m.answer)} px, strength ends ${Math.round(m.strength)} px, "What to do next" at ${Math.round(m.next)} px, page ${m.height} px`);
    expect(m.answer).toBeLessThanOrEqual(PHONE.height);
    expect(m.strength).toBeLessThanOrEqual(PHONE.height);
    expect(m.next).toBeLessThan(2 * PHONE.height);
    expect(await brokenWords()).toEqual([]);
    expect(await outcomeData()).toEqual(expected(query));
  });
});

describe('the answer says how firm each part is, and which parts are ours', () => {
  it.each([
    ['a statutory answer with our line beside it: no page warning (looked after with SEN support)', 'guidance=england&age=10&additional-needs=yes&practitioners=3&looked-after=yes&placement=other&sen=support&needs-beyond-school=no'],
    ['an answer our inference decides: the warning and the "Our inference" badge (Scotland, an anti-social behaviour order)', 'guidance=scotland&agencies=3&asbo=yes&third-sector-sla=no'],
    ['a cross-border check the source words as "should check": no Statutory badge on our line', 'guidance=salford&age=12&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster&cross-border=yes'],
  ])('%s', async (_name, query) => {
    await open(`${TOOL}?${query}`);
    const { facts } = parseQuery(query);
    const r = recommendLead(facts, facts.guidance as Guidance);
    expect(await outcomeData()).toEqual(expected(query));
    // Each reason line: its rule, its strength (or "inference") and whether it is ours, and a matching badge.
    const lines = await page.$$eval('.lp-outcome__rules > li', (els) =>
      els.map((el) => ({ rule: el.getAttribute('data-rule'), strength: el.getAttribute('data-strength'), inference: el.getAttribute('data-inference'), badge: el.querySelector('.lp-strength')?.className ?? '' })),
    );
    expect(lines.map(({ rule, strength, inference }) => ({ rule, strength, inference }))).toEqual(
      r.rules.map((x) => ({ rule: x.id, strength: x.strength ?? 'inference', inference: String(x.inference !== undefined) })),
    );
    for (const line of lines) expect(line.badge, line.rule!).toContain(line.strength === 'inference' ? 'lp-strength--inference' : `lp-strength--${line.strength}`);
    // The page warning and the answer's own badge follow the deciding rule only.
    expect(await page.locator('[data-inference-warning]').count()).toBe(r.inference ? 1 : 0);
    expect(await page.getAttribute('.lp-outcome__strength .lp-strength', 'class')).toContain(r.inference ? 'lp-strength--inference' : `lp-strength--${r.strength}`);
    // Who does not hold the role: each with the badge of the rule that bars it.
    expect(await page.$$eval('[data-must-not-item]', (els) => els.map((el) => el.getAttribute('data-must-not-item')))).toEqual(r.mustNot);
    // axe once, on the page with the warning and the details of what it was worked out from.
    if (r.inference) await expectAxeClean(`badges (${_name})`);
  });
});

describe('sharing and the family version', () => {
  const QUERY = 'guidance=england&age=14&additional-needs=yes&practitioners=3&looked-after=yes&placement=foster';

  it('copies the link to this answer with the Clipboard API, and says so', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base() });
    await open(`${TOOL}?${QUERY}`, 375);
    await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    await page.waitForSelector('[data-copy-link="copied"]');
    expect(await page.textContent('.lp-copy-link__status')).toMatch(/^Link copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base()}${TOOL}?${await page.evaluate(() => window.location.search.slice(1))}`);
    expect(await page.getAttribute('.lp-copy-link__status', 'role')).toBe('status');
    await session.context.clearPermissions();
  });

  it.each([
    ['the older copy command works', true, 'copied', /^Link copied/],
    ['nothing can copy: the link is shown, selected, to copy by hand', false, 'manual', /did not let us copy/],
  ])('without the Clipboard API, copies the link another way: %s', async (_name, execCommandWorks, state, message) => {
    ({ page, log } = await recordedPage(session.context));
    await page.addInitScript((works: boolean) => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      document.execCommand = () => works;
    }, execCommandWorks);
    await page.goto(`${base()}${TOOL}?${QUERY}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.lp-tool[data-drawn] [data-outcome]');
    await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    await page.waitForSelector(`[data-copy-link="${state}"]`);
    expect(await page.textContent('.lp-copy-link__status')).toMatch(message);
    const field = page.locator('#lp-copy-link-url');
    expect(await field.inputValue()).toBe(`${base()}${TOOL}?${await page.evaluate(() => window.location.search.slice(1))}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lp-copy-link-url');
    await expectAxeClean(`copy link (${_name})`);
  });

  it('links to what to do if things change, and gives a family version that reads at about age 9 to 11', async () => {
    await open(`${TOOL}?${QUERY}`);
    expect(await page.locator('a[data-if-things-change][href="/tools/change-lead-professional/"]').textContent()).toBe('If things change…');
    const section = await page.$eval('.lp-outcome__family', (el) => el.outerHTML);
    // The same measure as the family pages: the built section, with its citations left out.
    const r = measureHtml(`<html><body><main>${section}</main></body></html>`);
    expect(problems(r), `Reading Ease ${r.readingEase.toFixed(1)}, grade ${r.grade.toFixed(1)}`).toEqual([]);
    console.info(`[who-should-lead family version] ${QUERY}: Reading Ease ${r.readingEase.toFixed(1)}, grade ${r.grade.toFixed(1)}`);
    expect(await page.locator('.lp-outcome__family [data-family-paragraph]').count()).toBeGreaterThanOrEqual(2);
  });
});

describe('the rules page', () => {
  it('states the one principle for rules that point to different people, and badges our inferences as ours', async () => {
    const html = await (await fetch(`${base()}${TOOL}rules/`)).text();
    expect(html).toContain('id="rules-notes"');
    expect(html).toContain('How the tool settles rules that point to different people');
    expect(html).toMatch(/data-rule-row="INF-AGREE-NAMED" data-strength(="")? data-inference="true"/);
    expect(html).toMatch(/data-rule-row="PS-06"[^>]*data-strength="local-agreement"[^>]*data-inference="false"/);
  });
});

describe('the share page', () => {
  it('documents every parameter and gives a working example link for each guidance', async () => {
    ({ page, log } = await recordedPage(session.context));
    await page.goto(`${base()}${TOOL}share/`, { waitUntil: 'networkidle' });
    // Its scripts are checked with every other page's (tests/browser/pages.test.ts).
    expect(await page.locator('[data-param]').count()).toBe(28);
    const links = await page.$$eval('[data-example] a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(3);
    await expectAxeClean('share page');
    for (const href of links) {
      await page.goto(`${base()}${href}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('.lp-tool[data-step][data-drawn]');
      expect(await step(), href).toBe('outcome');
    }
  });
});
