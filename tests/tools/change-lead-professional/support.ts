/** The tool as the build loads it (register, relevance table, flow, machine) and the analyst's decision table, shared by this folder's tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadTool } from '../../../src/tools/engine/server.ts';
import { decide } from '../../../src/tools/change-lead-professional/rules.ts';
import { CONTRACT, type Facts } from '../../../src/tools/change-lead-professional/contract.ts';
import { readParams } from '../../../src/tools/engine/contract.ts';

export const tool = loadTool('change-lead-professional');
export const { register, flow, machine, relevance } = tool;
/** decide under the tool's register. */
export const outcomeFor = (facts: Facts) => decide(facts, register);

/** One row of the decision table (tests/tools/change-lead-professional/decisions.yaml), as far as the tests read it. */
export interface Decision {
  id: string;
  when: Record<string, string>;
  change: string;
  strength: string;
  inference: boolean;
  decidedBy: { id: string };
  silent?: string;
  newLead: string;
  newLeadRule?: { id: string };
  chooses: { who: string };
  handover: string;
  handoverRule?: { id: string };
  passOn: string[];
  notify: string[];
}

export const DECISIONS: Decision[] = (parse(readFileSync('tests/tools/change-lead-professional/decisions.yaml', 'utf8')) as { outcomes: Decision[] }).outcomes;

/** The query string of a table row's answers. */
export const queryOf = (d: Decision): string => new URLSearchParams(d.when).toString();
/** The facts a table row stands for, read against the URL contract alone (not the flow). */
export const factsOf = (d: Decision): Facts => readParams(CONTRACT, queryOf(d)).facts as Facts;
