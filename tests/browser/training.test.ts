/**
 * The trainers' section in a real browser (the built site, Debian's Chromium):
 *   - knowledge check: a keyboard-only walk with feedback and a citation after each answer, the error for no
 *     answer, axe with feedback showing, no request and nothing written to storage; without JavaScript (and
 *     printed) the questions show their answers;
 *   - handouts: printed to PDF on A4, each is one or two pages and holds no model answer; the model answers
 *     print on their own;
 *   - slides: keyboard navigation, the address keeps the slide, speaker notes for every slide, the presenter
 *     window (S) follows and drives the slides, its timer runs, full screen (F), no other origin, no CSP violation;
 *   - search: the "Trainers" filter finds every training page;
 *   - exercise links: each opens "Who should be the lead professional?" on the case's answers, none of them
 *     dropped, and the tool's outcome is the lead and strength the model answer states.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launch, offOrigin, recordedPage, type PageLog, type Session } from './support/browser.ts';
import { builtPages, readPage } from './support/site-files.ts';
import { readMdxDir } from '../support/mdx.ts';
import { exerciseSchema } from '../../src/content/training/schemas.ts';
import { applyChange, exerciseHref } from '../../src/training/exercise-links.ts';
import { TRAINING_DIRS, moduleIds } from '../../src/training/refs.ts';

const base = () => inject('baseUrl');
const MODULES = moduleIds();
let session: Session;

beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

/** Opens a page, recording its console and requests; collects any CSP violation inside the page. */
async function open(path: string): Promise<{ page: Page; log: PageLog }> {
  const { page, log } = await recordedPage(session.context);
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base()}${path}`, { waitUntil: 'networkidle' });
  return { page, log };
}

async function expectClean(page: Page, log: PageLog) {
  expect(log.consoleErrors, 'console errors').toEqual([]);
  expect(offOrigin(log, base()), 'requests to other origins').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), 'CSP violations').toEqual([]);
}

/** Presses Tab until the focused element matches `selector` (keyboard only). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('finding the section', () => {
  it('"Training" is in the main navigation, and the home page has an "I\'m a trainer" entry', () => {
    for (const path of ['/', '/guidance/', '/training/', '/training/introduction/handout/']) {
      expect(readPage(path), path).toMatch(/<nav class="lp-nav" aria-label="Main">[\s\S]*?<a [^>]*href="\/training\/"[^>]*>Training<\/a>/);
    }
    expect(readPage('/')).toMatch(/<a class="govuk-link" href="\/training\/">I'm a trainer<\/a>/);
  });
});

describe('knowledge check', () => {
  const path = `/training/${MODULES[0]}/knowledge-check/`;

  it('works by keyboard: answer, check, feedback with a citation, score; nothing sent or stored', async () => {
    const { page, log } = await open(path);
    try {
      await page.locator('[data-kc-form]').first().waitFor();
      const before = log.requests.length;
      const first = page.locator('[data-kc-item]').first();

      // Check with nothing chosen: the error shows and focus goes to the first option.
      await tabTo(page, '[data-kc-item]:first-child [data-kc-check]');
      await page.keyboard.press('Enter');
      expect(await first.locator('[data-kc-error]').isVisible()).toBe(true);
      expect(await focusedMatches(page, '[data-kc-item]:first-child input[type="radio"]')).toBe(true);

      // Choose with the arrow keys until the right answer is selected, then check it.
      await page.keyboard.press('Space');
      while (!(await first.locator('input[data-correct="yes"]').isChecked())) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      expect(await focusedMatches(page, '[data-kc-item]:first-child [data-kc-check]')).toBe(true);
      await page.keyboard.press('Enter');
      expect(await focusedMatches(page, '[data-kc-item]:first-child [data-kc-feedback]')).toBe(true);
      expect(await first.locator('[data-kc-result]').getAttribute('data-kc-outcome')).toBe('correct');
      expect(await first.locator('[data-kc-error]').isVisible()).toBe(false);
      expect(await first.locator('[data-kc-feedback] .lp-citation a[href^="/sources/"]').isVisible()).toBe(true);

      // A wrong answer to the second question names the right one.
      const second = page.locator('[data-kc-item]').nth(1);
      await tabTo(page, '[data-kc-item]:nth-child(2) input[type="radio"]');
      await page.keyboard.press('Space');
      while (await second.locator('input:checked').evaluate((el) => (el as HTMLInputElement).dataset.correct === 'yes')) await page.keyboard.press('ArrowDown');
      await tabTo(page, '[data-kc-item]:nth-child(2) [data-kc-check]');
      await page.keyboard.press('Enter');
      expect(await second.locator('[data-kc-result]').getAttribute('data-kc-outcome')).toBe('wrong');
      const answer = await second.locator('input[data-correct="yes"] + label').innerText();
      expect(await second.locator('[data-kc-result]').innerText()).toContain(answer);
      expect(await page.locator('[data-kc-score]').innerText()).toMatch(/checked 2 of \d+ questions and got 1 right/);

      expect(await axeViolations(page), 'axe with feedback showing').toEqual([]);
      expect(log.requests.slice(before), 'requests while answering').toEqual([]);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
      expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
      await expectClean(page, log);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript shows every question with its answer and reason, and prints them with JavaScript on too', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${base()}${path}`);
      const questions = await page.locator('[data-kc-item]').count();
      expect(questions).toBeGreaterThanOrEqual(8);
      expect(await page.locator('.lp-kc__answer:visible').count()).toBe(questions);
      expect(await page.locator('.lp-kc__static .lp-citation:visible').count()).toBe(questions);
      expect(await page.locator('[data-kc-form]:visible').count()).toBe(0);
    } finally {
      await context.close();
    }
    const { page } = await open(path);
    try {
      await page.locator('[data-kc-form]').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.lp-kc__answer:visible').count()).toBe(await page.locator('[data-kc-item]').count());
      expect(await page.locator('[data-kc-form]:visible').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

/** Pages in a PDF made by Chromium: one "/Type /Page" object each. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('handouts print on one or two A4 pages, without the model answers', () => {
  it.each(MODULES)('%s', async (module) => {
    const { page } = await open(`/training/${module}/handout/`);
    try {
      expect(await page.locator('[data-differences], .lp-tool-answer, .lp-model-answer').count(), 'model answer content').toBe(0);
      expect(await page.locator('.lp-handout__sheet').count()).toBeGreaterThanOrEqual(4);
      const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    } finally {
      await page.close();
    }
  });

  it('the model answers print separately, one per exercise, with where the guidance differs', async () => {
    const { page } = await open(`/training/${MODULES[0]}/model-answers/`);
    try {
      const answers = await page.locator('.lp-answer').count();
      expect(answers).toBeGreaterThanOrEqual(4);
      expect(await page.locator('.lp-answer [data-differences] [data-where]').count()).toBe(answers * 3);
      expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThanOrEqual(2);
    } finally {
      await page.close();
    }
  });
});

describe('slides and the presenter window', () => {
  const module = MODULES[0]!;
  const current = (page: Page) => page.locator('[data-slide][data-current]').getAttribute('data-slide');

  it('move by keyboard, keep the slide in the address, announce it, and show one slide at a time', async () => {
    const { page, log } = await open(`/training/${module}/slides/`);
    try {
      await page.waitForSelector('html.lp-slides-live', { state: 'attached' });
      const total = await page.locator('[data-slide]').count();
      expect(total).toBeGreaterThanOrEqual(6);
      expect(await current(page)).toBe('1');
      expect(await page.locator('[data-slide]:visible').count()).toBe(1);
      expect(await page.locator('.lp-slide__notes:visible').count(), 'notes are for the presenter').toBe(0);
      for (const [key, slide] of [['ArrowRight', '2'], ['PageDown', '3'], ['Space', '4'], ['ArrowLeft', '3'], ['End', String(total)], ['Home', '1'], ['n', '2'], ['p', '1']] as const) {
        await page.keyboard.press(key);
        expect(await current(page), key).toBe(slide);
      }
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => location.hash)).toBe('#slide-2');
      expect(await page.locator('[data-deck-status]').innerText()).toMatch(new RegExp(`^Slide 2 of ${total}: `));
      await page.reload({ waitUntil: 'networkidle' });
      expect(await current(page)).toBe('2');
      expect(await axeViolations(page), 'axe on the live slides').toEqual([]);
      // Walk every slide: nothing blocked, nothing fetched from elsewhere.
      for (let i = 2; i < total; i++) await page.keyboard.press('ArrowRight');
      expect(await current(page)).toBe(String(total));
      await expectClean(page, log);
    } finally {
      await page.close();
    }
  });

  it('F toggles full screen', async () => {
    const { page } = await open(`/training/${module}/slides/`);
    try {
      await page.waitForSelector('html.lp-slides-live', { state: 'attached' });
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement !== null);
      // The label follows the fullscreenchange event, which comes just after the element is set.
      await expect.poll(() => page.locator('[data-deck-fullscreen]').innerText()).toBe('Leave full screen');
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement === null);
    } finally {
      await page.close();
    }
  });

  it('S opens the presenter window on the same slide, with notes and a timer, and the two windows move together', async () => {
    const { page: slides, log } = await open(`/training/${module}/slides/#slide-3`);
    try {
      await slides.waitForSelector('html.lp-slides-live', { state: 'attached' });
      const [presenter] = await Promise.all([session.context.waitForEvent('page'), slides.keyboard.press('s')]);
      try {
        await presenter.waitForSelector('html.lp-slides-live--presenter', { state: 'attached' });
        expect(new URL(presenter.url()).pathname).toBe(`/training/${module}/presenter/`);
        expect(await current(presenter)).toBe('3');
        expect(await presenter.locator('[data-slide][data-next]').getAttribute('data-slide')).toBe('4');
        expect((await presenter.locator('[data-slide][data-current] .lp-slide__notes').innerText()).length).toBeGreaterThan(40);

        await presenter.keyboard.press('ArrowRight');
        await slides.waitForFunction(() => document.querySelector('[data-slide][data-current]')?.getAttribute('data-slide') === '4');
        await slides.keyboard.press('ArrowLeft');
        await presenter.waitForFunction(() => document.querySelector('[data-slide][data-current]')?.getAttribute('data-slide') === '3');

        await presenter.keyboard.press('t');
        await presenter.waitForFunction(() => document.querySelector('[data-timer-elapsed]')?.textContent !== '0:00:00', null, { timeout: 5000 });
        expect(await presenter.locator('[data-timer-toggle]').getAttribute('aria-pressed')).toBe('true');
        expect(await presenter.locator('[data-timer-left]').innerText()).toMatch(/min left/);
        expect(await axeViolations(presenter), 'axe on the presenter window').toEqual([]);
        expect(await presenter.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
      } finally {
        await presenter.close();
      }
      await expectClean(slides, log);
    } finally {
      await slides.close();
    }
  });

  it.each(MODULES)('every %s slide has speaker notes, and the deck works without JavaScript as a list with notes', async (m) => {
    const html = readPage(`/training/${m}/presenter/`);
    const slides = [...html.matchAll(/<section class="lp-slide"[\s\S]*?<\/section>/g)].map((x) => x[0]);
    expect(slides.length).toBeGreaterThanOrEqual(6);
    for (const s of slides) expect(/<aside class="lp-slide__notes"[^>]*>[\s\S]*?<p class="govuk-body">[^<]{20,}/.test(s), s.slice(0, 200)).toBe(true);
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${base()}/training/${m}/slides/`);
      expect(await page.locator('[data-slide]:visible').count()).toBe(slides.length);
      expect(await page.locator('.lp-slide__notes:visible').count()).toBe(slides.length);
    } finally {
      await context.close();
    }
  });
});

describe('search', () => {
  it('the "Trainers" filter finds every training page: each module, exercise and handout', async () => {
    const { page } = await open('/search/');
    try {
      // Written as a string: Vitest would rewrite a dynamic import() in test code.
      const urls: string[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(null, { filters: { audience: 'trainers' } });
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname);
      })()`);
      const training = builtPages().filter((p) => p.startsWith('/training/'));
      expect(training.length).toBeGreaterThanOrEqual(30);
      expect([...urls].sort()).toEqual(expect.arrayContaining(training));
      for (const m of MODULES) for (const p of [`/training/${m}/`, `/training/${m}/handout/`]) expect(urls).toContain(p);
      expect(urls.filter((u) => u.startsWith('/training/exercises/')).length).toBeGreaterThanOrEqual(15);
    } finally {
      await page.close();
    }
  });
});

describe('exercise links open the tool on the case, and its outcome is the model answer', () => {
  const cases = readMdxDir(TRAINING_DIRS.exercises)
    .map((f) => ({ slug: f.slug, data: exerciseSchema.parse(f.frontmatter) }))
    .filter((e) => e.data.tool.id === 'who-should-lead')
    .flatMap((e) => [
      { name: e.slug, exercise: e.slug, href: exerciseHref('who-should-lead', e.data.tool.answers), expect: e.data.tool.expect },
      ...e.data.tool.whatIf.map((w) => ({ name: `${e.slug}: ${w.label}`, exercise: e.slug, href: exerciseHref('who-should-lead', applyChange(e.data.tool.answers, w.change)), expect: w.expect })),
    ]);

  it.each(cases)('$name', async ({ exercise, href, expect: expected }) => {
    // The exercise page links to exactly this address, generated from the stored answers.
    const links = [...readPage(`/training/exercises/${exercise}/`).matchAll(/href="(\/tools\/who-should-lead\/\?[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links).toContain(href);
    const { page, log } = await open(href);
    try {
      // Scenario mode: the answers are all used, and the outcome is not on the page until Reveal.
      await page.waitForSelector('[data-exercise="concealed"]');
      expect(await page.locator('.lp-tool-notice').count(), 'answers the tool did not use').toBe(0);
      expect(await page.locator('[data-outcome]').count(), 'outcome hidden before Reveal').toBe(0);
      await page.getByRole('button', { name: 'Reveal' }).click();
      const outcome = page.locator('[data-outcome]');
      await outcome.waitFor();
      expect({ lead: await outcome.getAttribute('data-lead'), strength: await outcome.getAttribute('data-strength') }).toEqual(expected);
      await expectClean(page, log);
    } finally {
      await page.close();
    }
  });
});
