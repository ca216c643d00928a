// Bench section: how long search takes to show results, measured inside the page in Chromium at 4x CPU slowdown.
//
// Each run opens /search/ in a fresh tab, waits until the page has settled (network idle, then one second,
// roughly the time a person takes to start typing), types a query and submits it, then submits further
// queries, half a second after the previous results appeared. A script added before the page loads records, with the page's own clock, when each submit event
// fires and when a results heading naming that query is in the DOM; the driver's round trips are not timed.
// Figures are medians over RUNS runs. No targets are asserted (see README).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import os from 'node:os';
import { findChromium } from '../chromium.mjs';
import { CHROMIUM_ARGS } from '../../tests/browser/support/browser.ts';
import { startStaticServer } from '../../tests/browser/support/server.ts';

const RUNS = 7;
/** Pause after each set of results before the next query, as a reader would. */
const READ_MS = 500;
/** Pause after the page has loaded before typing. */
const SETTLE_MS = 1000;
const CPU_SLOWDOWN = 4;
/** The first query, then the later ones, typed in the same tab. */
const QUERIES = ['care leaver', 'Named Person', 'escalation', 'year 9 EHCP', 'looked after'];

/** Runs in the page before its own scripts: times from each submit to the results heading for that query. */
function recordSearchTimes() {
  const times = [];
  let pending = null;
  window.__searchTimes = times;
  document.addEventListener(
    'submit',
    (e) => {
      const input = e.target.querySelector('input[type="search"]');
      pending = { query: input ? input.value : '', start: performance.now() };
    },
    true,
  );
  const check = () => {
    if (!pending) return;
    const heading = document.getElementById('results-heading');
    if (heading && heading.textContent.includes(`“${pending.query}”`)) {
      times.push({ query: pending.query, ms: performance.now() - pending.start });
      pending = null;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function oneRun(context, base) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(recordSearchTimes);
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(SETTLE_MS);
  const input = page.locator('main input[type="search"]');
  for (const [i, q] of QUERIES.entries()) {
    await input.fill(q);
    await input.press('Enter');
    await page.waitForFunction((n) => window.__searchTimes.length >= n, i + 1, { timeout: 30_000 });
    // A reader looks at the results before searching again.
    await page.waitForTimeout(READ_MS);
  }
  const times = await page.evaluate(() => window.__searchTimes);
  const ready = await page.evaluate(() => performance.getEntriesByName('lp-search-ready')[0]?.startTime ?? null);
  await page.close();
  return { times, ready };
}

export async function run() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('search timings: skipped (no Chromium; set CHROME_PATH)');
    return;
  }
  const server = await startStaticServer('dist');
  const profile = mkdtempSync(join(tmpdir(), 'lp-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const first = [];
    const later = [];
    const ready = [];
    for (let r = 0; r < RUNS; r++) {
      // A new tab each run; the HTTP cache is cleared so every run fetches the engine and index as a first visit does.
      const cdpPage = await context.newPage();
      const cdp = await context.newCDPSession(cdpPage);
      await cdp.send('Network.clearBrowserCache');
      await cdpPage.close();
      const { times, ready: readyAt } = await oneRun(context, server.url);
      if (readyAt !== null) ready.push(readyAt);
      first.push(times[0].ms);
      later.push(median(times.slice(1).map((t) => t.ms)));
    }
    const ms = (n) => `${Math.round(n)} ms`;
    console.log(`Search, inside the page, Chromium at ${CPU_SLOWDOWN}x CPU slowdown, median of ${RUNS} runs`);
    console.log(`first result after submitting (page settled for 1 s first): ${ms(median(first))} (runs: ${first.map(Math.round).join(', ')})`);
    console.log(`later results after submitting (median of ${QUERIES.length - 1} queries per run): ${ms(median(later))} (runs: ${later.map(Math.round).join(', ')})`);
    console.log(
      ready.length
        ? `search ready (Pagefind set up, index loaded, one result read) after navigation starts: ${ms(median(ready))} (runs: ${ready.map(Math.round).join(', ')})`
        : 'search ready: not reported by this build',
    );
    console.log(`machine load while measuring (1-minute load average, ${os.cpus().length} cores): ${os.loadavg()[0].toFixed(1)}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}
