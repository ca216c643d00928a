/// <reference lib="webworker" />
/**
 * The service worker: after one visit the whole site works with no network, and a new deploy is taken up
 * all at once, never as a mix of old and new pages.
 *
 * - Precache: every page, the tools' and search's scripts, Pagefind's index and the icons, listed with a
 *   revision for each file by Workbox when the site is built (integrations/offline.ts). A page and
 *   everything it loads come from one build's copy, so a page never meets another build's scripts or index.
 * - Update: a new deploy changes this file (its revisions), so the browser installs the new worker in the
 *   background while the old one keeps serving the old build to every open tab. The new build takes over
 *   - at the next navigation in a tab, when no other tab shows the site: the old worker asks the new one to
 *     take over and answers with a page that loads the same address again, which the new one serves;
 *   - otherwise once every tab of the site is closed (the browser's own rule), so the next visit gets it.
 * - Offline: a page that was never precached (an address that does not exist) gets the 404 page.
 */
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precache } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/**
 * The answer to a navigation while a new worker takes over: a page that loads the same address again a
 * second later. The old worker must answer at once (the new one cannot activate while the old one is still
 * handling an event, and an immediate reload could keep it busy); the reload then goes to the new worker,
 * or, if it has not quite taken over, back here for another second.
 */
const RELOAD =
  '<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Lead Professional Guide</title><link rel="icon" href="/favicon.svg">' +
  '<p>Loading the latest version of this guide…</p>';

/** The precached file behind a same-origin URL: a folder's index.html; the query string is ignored. */
function precachedPath(url: URL): string {
  return url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
}

async function navigate(request: Request, path: string | null): Promise<Response> {
  const waiting = self.registration.waiting;
  if (waiting && (await self.clients.matchAll({ type: 'window' })).length <= 1) {
    waiting.postMessage({ type: 'SKIP_WAITING' });
    return new Response(RELOAD, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Refresh: '1' } });
  }
  const cached = path ? await matchPrecache(path) : undefined;
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = await matchPrecache('/404.html');
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = precachedPath(url);
  const precached = getCacheKeyForURL(path) !== undefined;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request, precached ? path : null));
  } else if (precached) {
    event.respondWith(matchPrecache(path).then((cached) => cached ?? fetch(request)));
  }
});
