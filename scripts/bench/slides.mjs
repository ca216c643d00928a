// Bench section: the training slides' own JavaScript budget. The slides and the presenter window are the only
// training pages (with the knowledge check) that ship JavaScript beyond the tools, so their gzip JavaScript is
// printed against its budget, and the cost of moving to the next slide is measured inside the page in Chromium
// at 4x CPU slowdown: from the key press to the frame that shows the new slide, and the long tasks on the way.
// Prints figures only; nothing here passes or fails.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { pageWeight } from './weight.mjs';
import { findChromium } from '../chromium.mjs';
import { startStaticServer } from '../../tests/browser/support/server.ts';

/** gzip bytes of JavaScript a slides or presenter page may send. */
export const SLIDES_JS_BUDGET = 6144;
const PRESSES = 15;

function modules() {
  return readdirSync(join('dist', 'training'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'exercises')
    .map((d) => d.name)
    .sort();
}

/** Median time (ms) from a key press to the frame showing the next slide, and long tasks, at 4x slowdown. */
async function stepCost(page) {
  return page.evaluate(async (presses) => {
    const longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
    const times = [];
    // The frame that shows the change: the next animation frame, then a task queued behind its paint.
    const painted = () =>
      new Promise((r) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => r();
          channel.port2.postMessage(0);
        }),
      );
    for (let i = 0; i < presses; i++) {
      const before = document.querySelector('[data-slide][data-current]')?.getAttribute('data-slide');
      const t0 = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await painted();
      const after = document.querySelector('[data-slide][data-current]')?.getAttribute('data-slide');
      if (after !== before) times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)] ?? NaN, steps: times.length, longTasks };
  }, PRESSES);
}

export async function run() {
  console.log(`Training slides: gzip JavaScript per page against the slides budget of ${SLIDES_JS_BUDGET} B`);
  console.log(['page', 'js (B, gzip)', 'budget', 'within'].join('\t'));
  const list = modules();
  for (const m of list) {
    for (const view of ['slides', 'presenter', 'knowledge-check']) {
      const { js } = pageWeight(join('dist', 'training', m, view, 'index.html'));
      const budgeted = view !== 'knowledge-check';
      console.log([`/training/${m}/${view}/`, js, budgeted ? SLIDES_JS_BUDGET : '-', budgeted ? (js <= SLIDES_JS_BUDGET ? 'yes' : 'NO') : '-'].join('\t'));
    }
  }

  const executablePath = findChromium();
  if (!executablePath) {
    console.log('next-slide timing: not measured (no Chromium found; set CHROME_PATH)');
    return;
  }
  const server = await startStaticServer('dist');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log('');
    console.log(`Next slide at 4x CPU slowdown, measured in the page over ${PRESSES} key presses`);
    console.log(['page', 'median (ms)', 'steps', 'long tasks', 'longest (ms)'].join('\t'));
    for (const m of list) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${server.url}/training/${m}/slides/`, { waitUntil: 'networkidle' });
      await page.waitForSelector('html.lp-slides-live', { state: 'attached' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const r = await stepCost(page);
      console.log([`/training/${m}/slides/`, r.median.toFixed(1), r.steps, r.longTasks.length, r.longTasks.length ? Math.max(...r.longTasks).toFixed(0) : 0].join('\t'));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
