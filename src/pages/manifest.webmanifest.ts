/**
 * The web app manifest (installing the site): src/site/manifest.json, with the site's name from this copy's
 * settings, so a council's copy installs under its own name.
 */
import type { APIRoute } from 'astro';
import manifest from '../site/manifest.json' with { type: 'json' };
import { siteName } from '../settings/load.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ ...manifest, name: siteName() }, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
