// What a built page loads: its stylesheets and the whole graph of JavaScript modules it can run
// (module scripts and Preact islands, following static and dynamic imports between built files).
// Shared by the build step that gives each page its own CSS (integrations/page-css.ts) and by the
// bench's weight section (scripts/bench/weight.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Root-relative URLs of the stylesheets a page links, in order.
 * @param {string} html
 * @returns {string[]}
 */
export function stylesheetsOf(html) {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? []);
}

/** Root-relative URLs of the modules a page starts: module scripts, islands and their renderers. */
export function scriptEntriesOf(html) {
  return [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
  ];
}

/**
 * Every built JS file reachable from `entry` (a file path under `dist`) by static or dynamic imports.
 * `dynamic: false` follows static imports only (what loads before the page can run).
 */
export function jsGraph(dist, entry, { dynamic = true } = {}, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const specifiers = [...code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)].map((m) => m[1]);
  // A dynamic import's path may be quoted with backticks (the minifier writes import(`./Outcome.x.js`)).
  if (dynamic) specifiers.push(...[...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+|\/_astro\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
  for (const spec of specifiers) jsGraph(dist, spec.startsWith('/') ? join(dist, spec) : join(dirname(entry), spec), { dynamic }, seen);
  return seen;
}

/**
 * Every JS file a page can run, as file paths under `dist`.
 * @param {string} dist
 * @param {string} html
 * @param {{ dynamic?: boolean }} [options]
 * @returns {string[]}
 */
export function pageScripts(dist, html, options) {
  const files = new Set();
  for (const url of scriptEntriesOf(html)) if (url.startsWith('/')) jsGraph(dist, join(dist, url.split('?')[0]), options, files);
  return [...files];
}
