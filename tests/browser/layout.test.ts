/**
 * Layout and reading: every page reflows at 320 px (only marked table regions scroll sideways) and keeps
 * its h1 to three lines on a 375 px phone; skip link first, visible focus, print hides chrome.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './support/browser.ts';
import { builtPages } from './support/site-files.ts';

let session: Session;
let phone: Page;
const base = () => inject('baseUrl');
/**
 * The only elements allowed to scroll sideways: regions marked as such, labelled and focusable, around a table
 * (src/markdown/table-layout.ts) or a tool's diagram (src/pages/tools/[tool]/diagram.astro).
 */
const MARKED_REGION = ':is(.lp-table-wrap, .lp-diagram__scroll)[role="region"][tabindex="0"]';

beforeAll(async () => {
  session = await launch();
  phone = await session.context.newPage();
});
afterAll(async () => session?.close());

/** Everything that sticks out of a 320 px viewport or scrolls sideways, outside marked table regions. */
function sidewaysOffenders(marked: string): string[] {
  const width = document.documentElement.clientWidth;
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const out: string[] = [];
  if (document.documentElement.scrollWidth > width) out.push(`the page scrolls sideways by ${document.documentElement.scrollWidth - width} px`);
  const hidden: Element[] = []; // not rendered, or visually hidden (1 px, clipped): so is everything inside
  for (const el of document.body.querySelectorAll('*')) {
    if (el.parentElement?.closest(marked) || hidden.some((h) => h.contains(el))) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) {
      hidden.push(el);
      continue;
    }
    if (rect.right > width + 0.5 || rect.left < -0.5) out.push(`sticks out: ${name(el)} (${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
    const overflowX = getComputedStyle(el).overflowX;
    if (el.scrollWidth > el.clientWidth + 1 && (overflowX === 'auto' || overflowX === 'scroll') && !el.matches(marked)) out.push(`scrolls sideways: ${name(el)}`);
  }
  return out;
}

describe('layout on a phone', () => {
  it.each(builtPages())('%s: nothing scrolls sideways at 320 px except marked table regions; the h1 fits in three lines at 375 px', async (path) => {
    await phone.setViewportSize({ width: 320, height: 640 });
    await phone.goto(`${base()}${path}`);
    // An island re-renders its part of the page when it starts: measure what it shows, not what it replaced.
    await phone.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    // Lay out every block now, as scrolling would, so that content the browser skips until needed is checked too.
    await phone.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    });
    expect(await phone.evaluate(sidewaysOffenders, MARKED_REGION)).toEqual([]);
    await phone.setViewportSize({ width: 375, height: 667 });
    const h1 = await phone.locator('h1').first().evaluate((el) => {
      const style = getComputedStyle(el);
      // "normal" line height (a heading an island renders before its styles apply) is about 1.2 em.
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      return { text: el.textContent, lines: Math.round(el.getBoundingClientRect().height / lineHeight) };
    });
    expect(h1.lines, `"${h1.text}" runs to ${h1.lines} lines`).toBeLessThanOrEqual(3);
  });
});

describe('layout', () => {
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
