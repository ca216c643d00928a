/**
 * Driving a decision tool page the way a keyboard user does, for the tools' browser tests: which step is shown,
 * whether focus is on its heading, Tab to a control, choose a radio option or tick a box (Space and the arrow keys),
 * go on to the next step with Enter (checking focus and axe there). `toolPage` takes the test's current page;
 * `toolDriver` one fixed page.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './browser.ts';

/** The tool's Continue button (the site header has a search form with its own submit button). */
export const SUBMIT = '.lp-tool-form button[type="submit"]';

export function toolPage(current: () => Page) {
  const step = () => current().getAttribute('.lp-tool', 'data-step');
  const search = () => current().evaluate(() => window.location.search);
  /** Whether focus is on the step's heading; focus moves there once the step has rendered, so allow it a moment. */
  const focused = () =>
    current()
      .waitForFunction(() => document.activeElement?.matches('[data-step-heading]') ?? false, null, { timeout: 5000 })
      .then(() => true, () => false);
  async function expectAxeClean(where: string) {
    expect(await axeViolations(current()), `axe at ${where}`).toEqual([]);
  }
  /** Presses Tab until the focused element matches `selector` (keyboard only, no clicks). */
  async function tabTo(selector: string) {
    const page = current();
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${selector} with Tab`);
  }
  /** Moves to the next step by keyboard and checks focus, axe and the step reached. */
  async function continueTo(expected: string) {
    await tabTo(`${SUBMIT}, .lp-tool-check button`);
    await current().keyboard.press('Enter');
    await current().waitForSelector(`.lp-tool[data-step="${expected}"][data-drawn]`);
    expect(await focused(), `focus on the heading of ${expected}`).toBe(true);
    await expectAxeClean(expected);
  }
  /** Selects a radio option with Space and the arrow keys. */
  async function chooseRadio(name: string, value: string) {
    const page = current();
    await tabTo(`input[name="${name}"]`);
    for (let i = 0; i < 20 && !(await page.isChecked(`input[name="${name}"][value="${value}"]`)); i++) {
      await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
    }
    expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
  }
  /** Ticks a box with Space. */
  async function tick(name: string, value: string) {
    const page = current();
    await tabTo(`input[name="${name}"][value="${value}"]`);
    await page.keyboard.press('Space');
    expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
  }
  return { step, search, focused, expectAxeClean, axeClean: expectAxeClean, tabTo, continueTo, chooseRadio, tick };
}

/** The same, for one page that stays open for the whole test. */
export const toolDriver = (page: Page) => toolPage(() => page);
