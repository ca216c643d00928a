/** The tool as the build loads it (register, relevance table, flow, machine), shared by this folder's tests. */
import { loadTool } from '../../../src/tools/engine/server.ts';
import { resolve } from '../../../src/tools/resolve-disagreement/rules.ts';
import type { Facts } from '../../../src/tools/resolve-disagreement/contract.ts';

export const tool = loadTool('resolve-disagreement');
export const { register, flow, machine, relevance } = tool;
/** resolve under the tool's register. */
export const resolveWith = (facts: Facts) => resolve(facts, register);
