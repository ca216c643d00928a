// Bench section: how many A4 pages each training handout and model-answer sheet prints on (Chromium's
// page.pdf, as the browser test does). Handouts must be one or two pages (tested); this prints the figures.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from '../chromium.mjs';
import { startStaticServer } from '../../tests/browser/support/server.ts';

/** Pages in a PDF made by Chromium: one "/Type /Page" object each. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

export async function run() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Training handouts: not measured (no Chromium found; set CHROME_PATH)');
    return;
  }
  const modules = readdirSync(join('dist', 'training'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'exercises')
    .map((d) => d.name)
    .sort();
  const server = await startStaticServer('dist');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    console.log('Training handouts: A4 pages when printed (handouts must be 1 or 2)');
    console.log(['module', 'handout', 'model answers', 'knowledge check (answers)', 'slides with notes'].join('\t'));
    for (const m of modules) {
      const counts = [];
      for (const view of ['handout', 'model-answers', 'knowledge-check', 'presenter']) {
        await page.goto(`${server.url}/training/${m}/${view}/`, { waitUntil: 'networkidle' });
        counts.push(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
      }
      console.log([m, ...counts].join('\t'));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
