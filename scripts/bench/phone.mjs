// Bench section: the site on a phone, measured inside the page in Chromium: how tall the glossary is at
// 375 px, the longest h1 in lines, and what the first style and layout of each page type cost with the
// CPU slowed four times (median of five loads).
import { chromium } from 'playwright-core';
import { findChromium } from '../chromium.mjs';
import { builtPages } from '../../tests/browser/support/site-files.ts';
import { PAGES_BY_TYPE, startStaticServer } from './site-server.mjs';

export async function run() {
  console.log('On a phone (Chromium, inside the page)');
  const server = await startStaticServer('dist');
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${server.url}/glossary/`);
    // Lay out every letter, as scrolling to the end would (the browser skips off-screen ones until needed).
    await page.evaluate(() => document.querySelectorAll('.lp-glossary > section').forEach((s) => (s.style.contentVisibility = "visible")));
    const glossary = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, letters: document.querySelectorAll('#a-to-z a').length, terms: document.querySelectorAll('.lp-glossary h3[id]').length }));
    console.log(`glossary at 375 px: ${glossary.height} px tall, ${glossary.terms} terms, ${glossary.letters} A to Z jump links (any letter is one tap from the top)`);
    let longest = { lines: 0, path: '' };
    for (const path of builtPages()) {
      await page.goto(`${server.url}${path}`);
      const lines = await page.locator('h1').first().evaluate((el) => {
        const style = getComputedStyle(el);
        return Math.round(el.getBoundingClientRect().height / (parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2));
      });
      if (lines > longest.lines) longest = { lines, path };
    }
    console.log(`longest h1 at 375 px: ${longest.lines} lines (${longest.path})`);
    await page.close();

    console.log('first style and layout at 4x CPU slowdown, 412 px wide, median of 5 loads (ms):');
    console.log(['page', 'style', 'layout', 'script', 'url'].join('\t'));
    for (const [type, path] of PAGES_BY_TYPE) {
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const p = await browser.newPage({ viewport: { width: 412, height: 823 } });
        const cdp = await p.context().newCDPSession(p);
        await cdp.send('Performance.enable');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await p.goto(`${server.url}${path}`, { waitUntil: 'load' });
        const { metrics } = await cdp.send('Performance.getMetrics');
        const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
        runs.push({ style: m.RecalcStyleDuration * 1000, layout: m.LayoutDuration * 1000, script: m.ScriptDuration * 1000 });
        await p.close();
      }
      const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[2].toFixed(0);
      console.log([type, med('style'), med('layout'), med('script'), path].join('\t'));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
