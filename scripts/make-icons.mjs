// Makes the app icons (PNG) from their SVG sources in public/icons/, with Debian's Chromium. Run it
// after changing an SVG: `node scripts/make-icons.mjs`; the PNGs are committed, so builds need no browser.
// icon.svg (rounded corners) gives the "any" icons; icon-maskable.svg (full bleed, drawing inside the
// central safe circle) gives the maskable icon and Apple's touch icon, which the system rounds itself.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

const OUT = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
for (const { svg, png, size } of OUT) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = readFileSync(`public/icons/${svg}`, 'utf8');
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
  await page.screenshot({ path: `public/icons/${png}`, omitBackground: true });
  await page.close();
  console.log(`public/icons/${png} (${size}×${size})`);
}
await browser.close();
