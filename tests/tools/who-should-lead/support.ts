/** The tool as the build loads it (register, relevance table, flow, machine), shared by this folder's tests. */
import { loadTool } from '../../../src/tools/engine/server.ts';
import { recommendLead } from '../../../src/tools/who-should-lead/rules.ts';
import type { Facts, Guidance } from '../../../src/tools/who-should-lead/contract.ts';

export const tool = loadTool('who-should-lead');
export const { register, flow, machine, relevance } = tool;
/** recommendLead under the tool's register. */
export const recommend = (facts: Facts, guidance: Guidance) => recommendLead(facts, guidance, register);
