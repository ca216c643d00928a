// Bench section: what offline support costs. After the first page, the service worker downloads the
// whole site once (its precache); this prints how much that is, raw and as gzip would send it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const kb = (n) => (n / 1024).toFixed(1);

export function run() {
  console.log('Offline: the service worker and its precache');
  const sw = join(DIST, 'sw.js');
  if (!existsSync(sw)) {
    console.log('dist/sw.js is missing');
    return;
  }
  const code = readFileSync(sw, 'utf8');
  const urls = [...code.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  const byKind = new Map();
  for (const url of urls) {
    const body = readFileSync(join(DIST, url));
    // Pagefind's index and engine files are compressed already; a host sends them as they are.
    const sent = /\.(pagefind|pf_\w+)$/.test(url) ? body.length : gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += sent;
    const kind = url.startsWith('/pagefind/') ? 'search index and engine' : url.endsWith('.html') ? 'pages' : url.startsWith('/_astro/') ? 'scripts' : 'manifest and icons';
    byKind.set(kind, (byKind.get(kind) ?? 0) + sent);
  }
  console.log(`sw.js: ${kb(code.length)} KiB, ${kb(gzipSync(code, { level: 9 }).length)} KiB gzip (fetched after the first page has loaded)`);
  console.log(`precache: ${urls.length} files, ${kb(raw)} KiB on disk, about ${kb(gz)} KiB transferred once, in the background`);
  for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${kb(n)} KiB`);
}
