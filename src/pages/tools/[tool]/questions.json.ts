/**
 * /tools/<tool>/questions.json: the words of a tool's questions (engine/server.ts `questionsData`, with this build's
 * settings), written at build time and fetched by the island with the machine, when the first question is wanted.
 */
import type { APIRoute } from 'astro';
import { TOOL_IDS, type ToolId } from '../../../tools/registry.ts';
import { questionsData } from '../../../tools/engine/server.ts';

export function getStaticPaths() {
  return TOOL_IDS.map((tool) => ({ params: { tool } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(questionsData(params.tool as ToolId)), { headers: { 'content-type': 'application/json' } });
