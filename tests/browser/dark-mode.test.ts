/**
 * Dark mode in the states that only exist after the page has run: a decision-tool outcome (opened by a
 * shared link, the tool's URL contract) and search results. Every built page's own dark-mode check is in
 * pages.test.ts; the light scheme's checks of these states are in the tool's and search's tests.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, COLOUR_RULES, inDarkMode, launch, type Session } from './support/browser.ts';
import { readPage } from './support/site-files.ts';

let session: Session;
const base = () => inject('baseUrl');
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

/** The scenario links the tool's share page documents: each opens the tool at its outcome. */
const scenarios = [...readPage('/tools/who-should-lead/share/').matchAll(/href="(\/tools\/who-should-lead\/\?[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('dark mode after the page has run', () => {
  it('a decision-tool outcome passes axe colour checks in the dark scheme', async () => {
    expect(scenarios.length).toBeGreaterThan(0);
    const page = await session.context.newPage();
    await page.goto(`${base()}${scenarios[0]}`);
    await page.locator('.lp-tool[data-drawn] [data-outcome]').waitFor();
    expect(await inDarkMode(page)).toBe(true);
    expect(await axeViolations(page, COLOUR_RULES)).toEqual([]);
    await page.close();
  });

  it('search results, with their marked words, pass axe colour checks in the dark scheme', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base()}/search/?q=escalation`);
    await page.locator('.lp-search__result mark').first().waitFor();
    expect(await inDarkMode(page)).toBe(true);
    expect(await axeViolations(page, COLOUR_RULES)).toEqual([]);
    await page.close();
  });
});
