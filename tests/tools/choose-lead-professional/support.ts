/** The tool as the build loads it (register, flow, machine), shared by this folder's tests. */
import { loadTool } from '../../../src/tools/engine/server.ts';
import { decisionRecord } from '../../../src/tools/choose-lead-professional/rules.ts';
import type { Facts } from '../../../src/tools/choose-lead-professional/contract.ts';

export const tool = loadTool('choose-lead-professional');
export const { register, flow, machine } = tool;
/** The decision record under the tool's register. */
export const recordFor = (facts: Facts) => decisionRecord(facts, register);
