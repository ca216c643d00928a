/**
 * /tools/<tool>/<name>.json: the data a tool island fetches instead of carrying it in the page (engine/server.ts
 * ISLAND_DATA: the question words, and the outcome view's data), written at build time.
 */
import type { APIRoute } from 'astro';
import { TOOL_IDS, type ToolId } from '../../../tools/registry.ts';
import { ISLAND_DATA } from '../../../tools/engine/server.ts';

type Name = keyof typeof ISLAND_DATA;

export function getStaticPaths() {
  return TOOL_IDS.flatMap((tool) => (Object.keys(ISLAND_DATA) as Name[]).map((data) => ({ params: { tool, data } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(ISLAND_DATA[params.data as Name](params.tool as ToolId)), { headers: { 'content-type': 'application/json' } });
