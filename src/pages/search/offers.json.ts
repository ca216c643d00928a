/**
 * /search/offers.json: each decision tool's search vocabulary and what its answers allow, worked out at build time
 * (src/search/tool-offers.ts), so the search page can offer a tool with a query's answers filled in
 * (src/components/search/offers.ts) without any of the tools' code.
 */
import type { APIRoute } from 'astro';
import { offerData } from '../../search/tool-offers.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(offerData()), { headers: { 'content-type': 'application/json' } });
