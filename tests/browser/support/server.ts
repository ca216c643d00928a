/** A minimal static file server for dist/, the way a static host serves it. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Sent gzip-compressed to a browser that accepts it, as static hosts send text and WebAssembly (Pagefind's
 * index files are compressed already). Without it Lighthouse in `npm run bench` times every page as if its
 * HTML came uncompressed, 5 to 6 times the bytes the weight section counts.
 */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.webmanifest', '.wasm']);

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, body: Buffer) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    res.end(gzipSync(body));
    return;
  }
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

export async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!resolve(file).startsWith(resolve(root))) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

export async function startStaticServer(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const file = await resolveFile(root, req.url ?? '/');
    if (!file) {
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      send(req, res, 404, '404.html', notFound);
      return;
    }
    send(req, res, 200, file, await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((ok) => {
    server.close(() => ok());
    // A browser keeps connections open (a service worker may still be fetching): a host that is gone answers none of them.
    server.closeAllConnections();
  }) };
}
