// Bench section: page count and transferred bytes per page (HTML, CSS, JS; gzip), summarised by page type.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts, stylesheetsOf } from '../page-assets.mjs';

const DIST = 'dist';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sizeCache = new Map();
const gzipped = (file) => {
  if (!sizeCache.has(file)) sizeCache.set(file, gz(file));
  return sizeCache.get(file);
};

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(full));
    } else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Transferred bytes of one built page (gzip): its HTML, its inline and linked styles, and its static JavaScript graph. */
export function pageWeight(file) {
  const html = readFileSync(file, 'utf8');
  const css = stylesheetsOf(html).map((href) => join(DIST, href));
  const js = pageScripts(DIST, html, { dynamic: false });
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + gzipSync(m[1], { level: 9 }).length, 0);
  return {
    html: gzipped(file),
    inlineCss,
    css: css.reduce((n, f) => n + gzipped(f), 0),
    js: js.reduce((n, f) => n + gzipped(f), 0) + inlineJs,
  };
}

function typeOf(path) {
  if (path === '/') return 'home';
  const first = path.split('/')[1];
  if (path === '/search/') return 'search';
  // A tool's own page is /tools/<tool>/; its rules, diagram and share pages sit below it.
  if (/^\/tools\/[^/]+\/$/.test(path)) return 'tool';
  if (/^\/training\/[^/]+\/(slides|presenter)\/$/.test(path)) return 'training (slides)';
  if (/^\/training\/[^/]+\/knowledge-check\/$/.test(path)) return 'training (check)';
  if (first === 'training') return 'training';
  return { guidance: 'guidance', families: 'families', sources: 'sources', glossary: 'glossary', tools: 'tools (help)' }[first] ?? 'other';
}

export function run() {
  const rows = htmlFiles(DIST).map((f) => {
    const rel = relative(DIST, f).split(sep).join(posix.sep);
    const path = rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
    return { path, type: typeOf(path), ...pageWeight(f) };
  });

  const kb = (n) => (n / 1024).toFixed(1);
  const byType = new Map();
  for (const r of rows) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);

  console.log(`pages: ${rows.length}`);
  console.log('');
  console.log('First visit of a page, bytes transferred with gzip (HTML, CSS, JS): median and largest per page type, KiB.');
  console.log('"of which css" is the CSS inlined in the HTML (each page carries only the CSS it uses); "linked css" is separate files.');
  const total = (r) => r.html + r.css + r.js;
  console.log(['type', 'pages', 'html med', 'of which css', 'linked css', 'js med', 'js max', 'total med', 'total max', 'largest page'].join('\t'));
  for (const [type, list] of [...byType.entries()].sort()) {
    const med = (f) => { const s = list.map(f).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
    const max = (f) => Math.max(...list.map(f));
    const biggest = list.reduce((a, b) => (total(a) >= total(b) ? a : b));
    console.log([type, list.length, kb(med((r) => r.html)), kb(med((r) => r.inlineCss)), kb(med((r) => r.css)), kb(med((r) => r.js)), kb(max((r) => r.js)), kb(med(total)), kb(max(total)), biggest.path].join('\t'));
  }
  const guidance = (byType.get('guidance') ?? []).map(total).sort((a, b) => a - b);
  if (guidance.length) {
    const budget = 10_600;
    console.log('');
    console.log(`guidance pages, first visit (budget ${budget} B): median ${guidance[Math.floor(guidance.length / 2)]} B, smallest ${guidance[0]} B, largest ${guidance.at(-1)} B; ${guidance.filter((n) => n <= budget).length} of ${guidance.length} within budget`);
  }
  const pf = join(DIST, 'pagefind');
  if (existsSync(pf)) {
    const engine = readdirSync(pf).filter((n) => /\.(js|wasm)$/.test(n) || n.startsWith('wasm')).reduce((n, f) => n + gzipped(join(pf, f)), 0);
    const all = (dir) => readdirSync(dir).reduce((n, name) => { const full = join(dir, name); return n + (statSync(full).isDirectory() ? all(full) : statSync(full).size); }, 0);
    console.log('');
    console.log(`search engine (pagefind js + wasm, gzip, loaded on the search page only): ${kb(engine)} KiB`);
    console.log(`search index on disk (all chunks, fetched on demand): ${kb(all(pf))} KiB`);
  }
}
