/**
 * /tools/<tool>/outcome-data.json: the data a tool's outcome view needs beside the island's props (its register,
 * its outcome words), written at build time and fetched by the island with the outcome view.
 */
import type { APIRoute } from 'astro';
import { TOOL_IDS, type ToolId } from '../../../tools/registry.ts';
import { loadTool } from '../../../tools/engine/server.ts';

export function getStaticPaths() {
  return TOOL_IDS.map((tool) => ({ params: { tool } }));
}

export const GET: APIRoute = ({ params }) => {
  const { descriptor, register } = loadTool(params.tool as ToolId);
  return new Response(JSON.stringify(descriptor.outcomeData(register)), { headers: { 'content-type': 'application/json' } });
};
