/**
 * "Does the lead professional need to change?" in a real browser (the built site, Debian's Chromium): a keyboard-only
 * walk to an answer with focus on each new heading, Back and Change, browser Back and reload, a complete link for each
 * guidance, a garbled link that is reported and recovered from, where the sources are silent, 320 px, printing the
 * answer and the handover checklist on its own, the no-JavaScript page and the share page. axe runs at every step; no
 * request may leave the origin and the console must stay free of errors. One browser for the file.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, offOrigin, pageWithoutJavaScript, recordedPage, type PageLog, type Session } from '../../browser/support/browser.ts';
import { SUBMIT, toolPage } from '../../browser/support/tool-page.ts';
import type { Facts } from '../../../src/tools/change-lead-professional/contract.ts';
import { flow, outcomeFor } from './support.ts';

const TOOL = '/tools/change-lead-professional/';
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
  // An answer shows once its view and data have arrived.
  if ((await page.getAttribute('.lp-tool', 'data-step')) === 'outcome') await page.waitForSelector('.lp-tool[data-drawn] .lp-outcome');
}

afterEach(async () => {
  if (!page) return;
  expect(log.consoleErrors, 'console errors').toEqual([]);
  expect(offOrigin(log, base()), 'requests to other origins').toEqual([]);
  await page.close();
});

const { step, search, focused, expectAxeClean, tabTo, continueTo, chooseRadio } = toolPage(() => page);

/** The outcome element's data-* attributes named in issue 9 (once the answer's view has arrived). */
const outcomeData = async () =>
  (await page.waitForSelector('.lp-tool[data-drawn] .lp-outcome')).evaluate((el) => ({
    change: el.getAttribute('data-change'),
    newLead: el.getAttribute('data-new-lead'),
    handover: el.getAttribute('data-handover'),
    notify: el.getAttribute('data-notify'),
    strength: el.getAttribute('data-strength'),
    inference: el.getAttribute('data-inference'),
  }));

/** The same attributes from the rules, for the answers in a query string. */
function expected(query: string) {
  const o = outcomeFor(flow.readLink(query).facts as Facts);
  return { change: o.change, newLead: o.newLead, handover: o.handover, notify: o.notify.join(' '), strength: o.strength, inference: String(o.inference) };
}

describe('the decision tool', () => {
  it('can be walked to an answer with the keyboard alone, with focus on each new heading and axe clean at every step', async () => {
    await open(TOOL);
    expect(await step()).toBe('start');
    await expectAxeClean('start');
    await tabTo('.lp-tool .govuk-button--start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lp-tool[data-step="guidance"]');
    expect(await focused()).toBe(true);
    await expectAxeClean('guidance');

    await chooseRadio('guidance', 'salford');
    await continueTo('reason');
    await chooseRadio('reason', 'status-ended');
    await continueTo('status-ended');
    await chooseRadio('status-ended', 'child-in-need');
    await continueTo('current-lead');
    await chooseRadio('current-lead', 'social-worker');
    await continueTo('check');
    await continueTo('outcome');

    const query = (await search()).slice(1);
    expect(query).toBe('guidance=salford&reason=status-ended&status-ended=child-in-need&current-lead=social-worker');
    expect(await outcomeData()).toEqual(expected(query));
    expect(await outcomeData()).toMatchObject({ change: 'changes', newLead: 'chosen-with-family-and-social-worker', strength: 'expected', inference: 'false' });
    // Each part shows its own strength on its own line, with citations that link to the sources.
    expect(await page.locator('.lp-outcome [data-rule="CH-04"] .lp-strength').textContent()).toBe('Expected');
    expect(await page.locator('.lp-outcome [data-rule] a[href^="/sources/"]').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-family-note] p').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-checklist-item]').count()).toBeGreaterThan(5);
    expect(await page.title()).toMatch(/^Does the lead change/);
  });

  it('goes Back and changes an answer, and the browser Back button and reload keep the answers', async () => {
    await open(`${TOOL}?guidance=england&reason=leaving-post&current-lead=other`);
    expect(await step()).toBe('outcome');
    await page.click('.govuk-back-link');
    await page.waitForSelector('.lp-tool[data-step="check"]');
    expect(await focused()).toBe(true);

    await page.click('[data-answer="reason"] a');
    await page.waitForSelector('.lp-tool[data-step="reason"]');
    await page.check('input[name="reason"][value="short-absence"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="check"]');
    expect(await search()).toBe('?guidance=england&reason=short-absence');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn]');
    expect(await outcomeData()).toMatchObject({ change: 'stays', newLead: 'unchanged', handover: 'none', notify: '' });

    await page.goBack();
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.goBack();
    await page.waitForSelector('.lp-tool[data-step="reason"]');
    expect(await page.isChecked('input[name="reason"][value="leaving-post"]')).toBe(true);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('.lp-tool[data-step="reason"]');
    expect(await page.isChecked('input[name="reason"][value="leaving-post"]')).toBe(true);
  });

  it.each([
    ['England', 'guidance=england&reason=statutory-involvement&referral-accepted=yes'],
    ['Salford', 'guidance=salford&reason=family-request&current-lead=other'],
    ['SAFeh', 'guidance=safeh&reason=long-term-sickness&current-lead=other'],
    ['Scotland', 'guidance=scotland&reason=plan-no-longer-needed'],
  ])('opens a complete %s link on the answer, with Change your answers', async (_name, query) => {
    // axe runs on answers in the keyboard walk and the cases below; here, the link and the attributes.
    await open(`${TOOL}?${query}`);
    expect(await step()).toBe('outcome');
    expect(await outcomeData()).toEqual(expected(query));
    expect(await page.locator('.lp-tool-notice').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Change your answers' }).count()).toBe(1);
  });

  it('names the bodies the SAFeh role description says must be told, and the lead off sick hands nothing over', async () => {
    await open(`${TOOL}?guidance=safeh&reason=long-term-sickness&current-lead=other`);
    expect(await outcomeData()).toMatchObject({ handover: 'team', notify: 'access-and-response-team first-point-team team-around-the-family family' });
    expect(await page.locator('[data-notify-list] [data-rule="HO-01b"] .lp-strength').textContent()).toBe('Expected');
    expect(await page.locator('[data-rule="HO-07"] .lp-strength--inference').count()).toBe(1);
  });

  it('says plainly where the sources are silent, and what our inference rests on', async () => {
    await open(`${TOOL}?guidance=england&reason=family-disengaged&current-lead=other`);
    expect(await outcomeData()).toMatchObject({ change: 'may-change', inference: 'true' });
    const note = page.locator('[data-inference-note]');
    expect(await note.textContent()).toContain('The sources are silent on this case');
    expect((await note.locator('[data-derived-from]').getAttribute('data-derived-from'))?.split(' ')).toEqual(['CR-02', 'A-09', 'SC-07']);
    expect(await page.locator('.lp-outcome__strength .lp-strength--inference').count()).toBe(1);
    await expectAxeClean('silent sources');
  });

  it('reports what a garbled link could not use, keeps the rest and asks for what is missing', async () => {
    await open(`${TOOL}?guidance=scotland&reason=status-ended&status-ended=child-in-need&referral-accepted=yes&foo=bar`);
    const notice = page.locator('.lp-tool-notice');
    expect(await notice.count()).toBe(1);
    expect((await notice.getAttribute('data-ignored'))?.split(' ').sort()).toEqual(['foo', 'referral-accepted', 'status-ended']);
    expect(await notice.textContent()).toContain("does not apply under Scotland's GIRFEC guidance");
    await expectAxeClean('garbled link');
    expect(await search()).toBe('?guidance=scotland&reason=status-ended');
    expect(await step()).toBe('status-ended');
    expect(await page.locator('input[name="status-ended"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['child-protection', 'looked-after']);
    await page.check('input[name="status-ended"][value="looked-after"]');
    await page.click(SUBMIT);
    await page.waitForSelector('.lp-tool[data-step="check"]');
    await page.click('.lp-tool-check button');
    await page.waitForSelector('.lp-tool[data-step="outcome"][data-drawn]');
    expect(await outcomeData()).toEqual(expected('guidance=scotland&reason=status-ended&status-ended=looked-after'));
  });

  it.each([
    ['a question', `${TOOL}?guidance=salford`, 'reason'],
    ['an answer', `${TOOL}?guidance=salford&reason=status-ended&status-ended=child-protection`, 'outcome'],
  ])('fits 320 px without sideways scrolling, on %s', async (name, path, expectedStep) => {
    await open(path, 320);
    expect(await step()).toBe(expectedStep);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll at 320 px on ${path}`).toBeLessThanOrEqual(0);
    await expectAxeClean(`320 px, ${name}`);
  });

  it('prints the whole answer, or the handover checklist on its own', async () => {
    await open(`${TOOL}?guidance=england&reason=school-move&current-lead=other`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.lp-outcome h1')).toBe(true);
    expect(await page.isVisible('.lp-checklist')).toBe(true);
    expect(await page.isVisible('.lp-outcome .govuk-button')).toBe(false);
    expect(await page.textContent('.lp-outcome__printed')).toMatch(/Printed on \d{1,2} \w+ \d{4}/);

    // "Print the handover checklist" marks the page so that only the checklist prints, then prints.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      const w = window as unknown as { printed: boolean[] };
      w.printed = [];
      window.print = () => void w.printed.push(document.documentElement.classList.contains('lp-print-checklist'));
    });
    await page.getByRole('button', { name: 'Print the handover checklist' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean[] }).printed)).toEqual([true]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.lp-outcome h1')).toBe(false);
    expect(await page.isVisible('[data-family-note]')).toBe(false);
    expect(await page.isVisible('.lp-checklist [data-checklist-item="plan-ahead"]')).toBe(true);
    expect(await page.isVisible('.lp-checklist .lp-print-only')).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.isVisible('.lp-outcome h1')).toBe(true);
  });

  it('without JavaScript, shows the introduction, a note and the table of every situation', async () => {
    ({ page, log } = await pageWithoutJavaScript(session));
    await page.goto(`${base()}${TOOL}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe('Does the lead professional need to change?');
    expect(await page.locator('.lp-change-table').isVisible()).toBe(true);
    expect(await page.locator('.govuk-button--start').count()).toBe(0);
    const html = await (await fetch(`${base()}${TOOL}`)).text();
    expect(html).toMatch(/<noscript>[\s\S]*The questions need JavaScript/);
    const table = page.locator('.lp-change-table');
    expect(await table.locator('tbody tr').count()).toBe(16);
    expect(await table.locator('[data-reason="status-ended"][data-detail="child-in-need"] td').last().textContent()).toBe('Not a status under this guidance');
    expect(await table.locator('a[href^="/sources/"]').count()).toBeGreaterThan(40);
  });

  it('replaces the no-JavaScript table with a short link once the questions run', async () => {
    await open(TOOL);
    expect(await page.locator('.lp-change-table').isVisible()).toBe(false);
    expect(await page.locator('.lp-tool-fallback-link a[href="/guidance/changing-the-lead-professional/#all-the-triggers-at-a-glance"]:visible').count()).toBe(1);
  });
});

describe('the share page', () => {
  it('documents every parameter and gives a working example link for each guidance', async () => {
    ({ page, log } = await recordedPage(session.context));
    await page.goto(`${base()}${TOOL}share/`, { waitUntil: 'networkidle' });
    // Its scripts are checked with every other page's (tests/browser/pages.test.ts).
    expect(await page.locator('[data-param]').evaluateAll((els) => els.map((e) => e.getAttribute('data-param')))).toEqual([
      'guidance', 'reason', 'status-ended', 'referral-accepted', 'current-lead',
    ]);
    const links = await page.$$eval('[data-example] a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(4);
    for (const href of links) {
      await page.goto(`${base()}${href}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('.lp-tool[data-step][data-drawn]');
      expect(await step(), href).toBe('outcome');
    }
  });
});
