/**
 * "Leave this page" (GOV.UK's Exit this page pattern): Shift pressed three times leaves, slower presses
 * or a Shift used for a capital letter do not, the button leaves too, and leaving replaces the current
 * history entry so that Back does not return to the page. The neutral site is answered locally: tests
 * never reach the network.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './support/browser.ts';
import { LEAVE_PAGE } from '../../src/families/pages.ts';

let session: Session;
const base = () => inject('baseUrl');
const PAGE = '/families/if-you-are-not-happy/';

beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

/** Opens the family index, then PAGE, with the neutral site stubbed; returns the page. */
async function openFamilyPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.route(`${new URL(LEAVE_PAGE.href).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  await page.goto(`${base()}/families/`);
  await page.goto(`${base()}${PAGE}`);
  await page.locator('.lp-leave__lights').waitFor({ state: 'attached' });
  return page;
}

async function expectLeftWithoutHistory(page: Page) {
  await page.waitForURL(LEAVE_PAGE.href);
  await page.goBack();
  expect(new URL(page.url()).pathname, 'Back skips the page that was left').toBe('/families/');
}

describe('Leave this page', () => {
  it('tells keyboard users about Shift once the script runs', async () => {
    const page = await openFamilyPage();
    expect(await page.locator('[data-leave-shift]').isVisible()).toBe(true);
    expect(await page.locator('.lp-leave__button').getAttribute('href')).toBe(LEAVE_PAGE.href);
    await page.close();
  });

  it('Shift pressed three times leaves, replacing the history entry', async () => {
    const page = await openFamilyPage();
    await page.keyboard.press('Shift');
    expect(await page.locator('.lp-leave [role="status"]').textContent()).toBe(LEAVE_PAGE.pressMore(2));
    await page.keyboard.press('Shift');
    expect(await page.locator('.lp-leave [role="status"]').textContent()).toBe(LEAVE_PAGE.pressMore(1));
    expect(await page.locator('.lp-leave__light--on').count()).toBe(2);
    await page.keyboard.press('Shift');
    await expectLeftWithoutHistory(page);
    await page.close();
  });

  it('the button leaves the same way', async () => {
    const page = await openFamilyPage();
    await page.locator('.lp-leave__button').click();
    await expectLeftWithoutHistory(page);
    await page.close();
  });

  it('presses spread over more than five seconds, or Shift used for capitals, do not leave', async () => {
    const page = await session.context.newPage();
    await page.clock.install();
    await page.goto(`${base()}${PAGE}`);
    await page.locator('.lp-leave__lights').waitFor({ state: 'attached' });
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.clock.fastForward(LEAVE_PAGE.windowMs + 100);
    expect(await page.locator('.lp-leave [role="status"]').textContent()).toBe(LEAVE_PAGE.expired);
    await page.keyboard.press('Shift');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    expect(new URL(page.url()).pathname).toBe(PAGE);
    expect(await page.locator('.lp-leave__light--on').count()).toBe(1);
    await page.close();
  });

  it('without JavaScript it is a plain link to the neutral site', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${base()}/glossary/`);
      expect(await page.locator('.lp-leave__button').getAttribute('href')).toBe(LEAVE_PAGE.href);
      expect(await page.locator('[data-leave-shift]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
