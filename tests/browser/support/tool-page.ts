/**
 * Driving a decision tool page in the browser tests, the way a keyboard user would: Tab to a control, Space or the
 * arrow keys to choose, Enter to go on; then check that focus is on the new step's heading and axe finds nothing.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './browser.ts';

/** The tool's Continue button (the site header has a search form with its own submit button). */
export const SUBMIT = '.lp-tool-form button[type="submit"]';

export function toolDriver(page: Page) {
  const step = () => page.getAttribute('.lp-tool', 'data-step');
  const search = () => page.evaluate(() => window.location.search);
  /** Whether focus is on the step's heading; focus moves there once the step has rendered, so allow it a moment. */
  const focused = () =>
    page
      .waitForFunction(() => document.activeElement?.matches('[data-step-heading]') ?? false, null, { timeout: 5000 })
      .then(() => true, () => false);
  async function axeClean(where: string) {
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
    await page.waitForSelector(`.lp-tool[data-step="${expected}"]`);
    expect(await focused(), `focus on the heading of ${expected}`).toBe(true);
    await axeClean(expected);
  }
  async function chooseRadio(name: string, value: string) {
    await tabTo(`input[name="${name}"]`);
    // Space selects the focused radio; the arrow keys move through the group and select as they go.
    for (let i = 0; i < 10 && !(await page.isChecked(`input[name="${name}"][value="${value}"]`)); i++) await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
    expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
  }
  async function tick(name: string, value: string) {
    await tabTo(`input[name="${name}"][value="${value}"]`);
    await page.keyboard.press('Space');
    expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
  }
  return { step, search, focused, axeClean, tabTo, continueTo, chooseRadio, tick };
}
