// Bench section: Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G connection,
// simulated) of one page of each type, run against Debian's Chromium (CHROME_PATH, or the usual places).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../chromium.mjs';
import { PAGES_BY_TYPE, startStaticServer } from './site-server.mjs';

/** Audits per page: single runs on a busy 2-core machine vary (total blocking time most of all). */
const RUNS = 3;

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['cumulative-layout-shift', 'CLS'],
];

export async function run() {
  console.log('Lighthouse, mobile (simulated slow 4G and 4x slower CPU): scores out of 100, then metrics');
  const chromePath = findChromium();
  if (!chromePath) {
    console.log('no Chromium found: set CHROME_PATH');
    return;
  }
  const server = await startStaticServer('dist');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    console.log(`each page audited ${RUNS} times; the run with the median performance score is shown`);
    console.log(['page', 'perf', 'a11y', 'best', 'seo', ...METRICS.map(([, short]) => short), 'perf (all runs)', 'url'].join('\t'));
    for (const [type, path] of PAGES_BY_TYPE) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        runs.push(result.lhr);
      }
      const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const lhr = runs[Math.floor(runs.length / 2)];
      console.log([type, score(lhr, 'performance'), score(lhr, 'accessibility'), score(lhr, 'best-practices'), score(lhr, 'seo'), ...METRICS.map(([id]) => lhr.audits[id].displayValue.replace(/\s/g, '')), runs.map((r) => score(r, 'performance')).join(' '), path].join('\t'));
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  console.log('Tool pages are noindex on purpose, so their SEO score stays below 100.');
}
