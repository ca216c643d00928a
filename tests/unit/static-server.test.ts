/** The static server the browser tests and `npm run bench` use sends files as a static host does: text compressed. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../browser/support/server.ts';

let server: Awaited<ReturnType<typeof startStaticServer>>;
const PAGE = `<!doctype html><title>t</title>${'<p>words</p>'.repeat(200)}`;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'lp-server-'));
  writeFileSync(join(root, 'index.html'), PAGE);
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'pagefind', 'a.pf_fragment'), Buffer.from([1, 2, 3]));
  server = await startStaticServer(root);
});
afterAll(() => server?.close());

/** One GET with the given Accept-Encoding: the headers and the raw (undecoded) body. */
function get(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(`${server.url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the static server', () => {
  it('sends HTML gzip-compressed to a browser that accepts gzip', async () => {
    const { headers, body } = await get('/', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(body).toString()).toBe(PAGE);
    expect(body.length).toBeLessThan(PAGE.length / 4);
  });

  it('sends it as it is to a client that does not, and never recompresses Pagefind’s own files', async () => {
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    const fragment = await get('/pagefind/a.pf_fragment', 'gzip');
    expect(fragment.headers['content-encoding']).toBeUndefined();
    expect([...fragment.body]).toEqual([1, 2, 3]);
  });
});
