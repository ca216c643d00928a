/** Layout and reading: reflow at 320 px, skip link first, visible focus, print hides chrome. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from './support/browser.ts';

let session: Session;
const base = () => inject('baseUrl');
const SAMPLES = ['/', '/guidance/', '/guidance/what-is-a-lead-professional/', '/glossary/', '/search/', '/sources/cwdc-2007/', '/privacy/', '/training/introduction/handout/', '/training/introduction/session-plans/', '/training/introduction/presenter/'];

beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

describe('layout', () => {
  it.each(SAMPLES)('%s reflows at 320 px with no sideways scrolling', async (path) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${base()}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the first Tab reaches the skip link, which is visible when focused and moves focus to the main content', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base()}/guidance/what-is-a-lead-professional/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('href')).toBe('#main-content');
    expect(await focused.isVisible()).toBe(true);
    const outline = await focused.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(outline).not.toBe('rgba(0, 0, 0, 0)');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.close();
  });

  it('links show a focus indicator', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base()}/guidance/`);
    const link = page.locator('main a').first();
    await link.focus();
    const bg = await link.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(255, 221, 0)');
    await page.close();
  });

  it('print shows the content and its citations, not the header, navigation or footer', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base()}/guidance/what-is-a-lead-professional/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.lp-header').isVisible()).toBe(false);
    expect(await page.locator('.lp-nav').isVisible()).toBe(false);
    expect(await page.locator('.lp-footer').isVisible()).toBe(false);
    expect(await page.locator('.lp-citations').isVisible()).toBe(true);
    const after = await page.locator('.lp-citation a').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('/sources/');
    await page.close();
  });
});

describe('not found', () => {
  it('an unknown address shows the 404 page with a search form', async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${base()}/guidance/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('main form[action="/search/"] input[name="q"]').count()).toBe(1);
    await page.close();
  });
});
