// Bench section: page count and transferred bytes per page (HTML, CSS, JS; gzip), summarised by page type.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** Follows static imports between built JS modules so an island's whole graph is counted. */
function jsGraph(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)) {
    const spec = m[1];
    const next = spec.startsWith('/') ? join(DIST, spec) : join(dirname(entry), spec);
    jsGraph(next, seen);
  }
  return seen;
}

/** Transferred bytes of one built page (gzip): its HTML, its stylesheets, and its whole JavaScript graph. */
export function pageWeight(file) {
  const html = readFileSync(file, 'utf8');
  const css = new Set();
  const js = new Set();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) css.add(join(DIST, m[1]));
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) jsGraph(join(DIST, m[1]), js);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) jsGraph(join(DIST, m[1]), js);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
  return {
    html: gzipped(file),
    css: [...css].reduce((n, f) => n + gzipped(f), 0),
    js: [...js].reduce((n, f) => n + gzipped(f), 0) + inlineJs,
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
  console.log('Transferred bytes per page, gzip (KiB): median and largest per page type');
  console.log(['type', 'pages', 'html med', 'html max', 'css', 'js med', 'js max', 'total max', 'largest page'].join('\t'));
  for (const [type, list] of [...byType.entries()].sort()) {
    const med = (k) => { const s = list.map((r) => r[k]).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
    const max = (k) => Math.max(...list.map((r) => r[k]));
    const biggest = list.reduce((a, b) => (a.html + a.css + a.js >= b.html + b.css + b.js ? a : b));
    console.log([type, list.length, kb(med('html')), kb(max('html')), kb(med('css')), kb(med('js')), kb(max('js')), kb(Math.max(...list.map((r) => r.html + r.css + r.js))), biggest.path].join('\t'));
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
