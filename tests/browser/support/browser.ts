/**
 * Launches Debian's Chromium with playwright-core (never a downloaded browser), and records
 * what each page does: console errors, page errors, and every request it makes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { findChromium } from '../../../scripts/chromium.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  browser: Browser;
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * A fresh headless Chromium with its own empty profile directory. Service workers are blocked unless
 * asked for: offline support is tested once, in offline.test.ts, and every other test sees each page as
 * a browser without it does (every page must work that way too).
 */
export async function launch({ serviceWorkers = 'block' }: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `npm test` (it installs it) or set CHROME_PATH.');
  const profile = mkdtempSync(join(tmpdir(), 'lp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 800 },
    serviceWorkers,
  });
  const browser = context.browser() as Browser;
  return {
    browser,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Switches the page to the dark colour scheme and says whether the page followed (its background is dark). */
export async function inDarkMode(page: Page): Promise<boolean> {
  await page.emulateMedia({ colorScheme: 'dark' });
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 64;
  });
}

export interface PageLog {
  consoleErrors: string[];
  requests: string[];
}

/** Opens a new page that records console errors, uncaught errors and every request URL. */
export async function recordedPage(context: BrowserContext): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => log.consoleErrors.push(String(err)));
  page.on('request', (req) => log.requests.push(req.url()));
  return { page, log };
}

/**
 * Opens a recorded page as a reader without JavaScript sees it: in a context of its own with scripts turned off (so
 * CSS `scripting` is `none`, unlike a page whose scripts are only blocked). Closing the page closes its context.
 */
export async function pageWithoutJavaScript(session: Session): Promise<{ page: Page; log: PageLog }> {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const opened = await recordedPage(context);
  opened.page.once('close', () => void context.close());
  return opened;
}

/** Requests that went anywhere but the site under test. */
export function offOrigin(log: PageLog, baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return log.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe rules a colour scheme can change: what is checked again in dark mode. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core itself, put into a page once per document (the site has no frames, so the top document is all there is). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core violations for the page as it is now, as readable lines (empty when clean); `rules` narrows the check.
 * axe-core runs in the page directly: @axe-core/playwright injected it again for every check and finished each run
 * in a new blank page, which took two to five times as long on our pages.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Only violations are reported: axe then skips gathering every passing node, which on the longest pages is most of its work.
  const options: RunOptions = { resultTypes: ['violations'], runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS } };
  const results = await page.evaluate((o) => (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, o), options);
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
