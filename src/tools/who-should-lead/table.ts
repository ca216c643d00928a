/**
 * Rows of the "who leads for each status" table, DERIVED from the rules (the designations, the precedence pairs
 * and the cross-border check) and the register: nothing here restates a lead, a strength or a citation.
 * One row per status of the national Box 1 (CWDC, 2007) and the Salford thresholds table; each row has a
 * cell for each English guidance, or null where that guidance has no entry for the status.
 * The words (status labels, lead names) come from wording/outcomes.yaml by id, rule sentences from the register.
 */
import type { Strength } from '../../content/strength.ts';
import type { Citation, Register } from '../engine/register.ts';
import {
  CROSS_BORDER,
  DESIGNATIONS,
  PAIRS,
  PRECEDENCE_ENGLAND,
  STATUS_ROWS,
  type Designation,
  type LeadId,
  type RuleId,
  type StatusId,
} from './rules.ts';

/** Keys of the `text` copy the table uses (caption, headings, empty cells). */
export const TABLE_TEXT = [
  'table-caption',
  'table-region-label',
  'table-status-heading',
  'table-england-heading',
  'table-salford-heading',
  'table-not-covered-england',
  'table-not-covered-salford',
] as const;

/** The two English guidances the table compares. */
export const TABLE_GUIDANCE = ['england', 'salford'] as const;
export type TableGuidance = (typeof TABLE_GUIDANCE)[number];

/**
 * The two parts the guidance shows the table in, one a page, so that each page stays light enough for a phone:
 * children's social care and youth justice (with cross-border cases), and early help, SEN, disability and mental
 * health. Every status is in exactly one part (tests/tools/who-should-lead/register.test.ts).
 */
export const TABLE_PARTS = {
  'social-care': [
    'cin-assessment', 'cin-open', 'cin-assessed', 'cin-stepping-down', 'stepped-down', 'child-protection', 'young-persons-plan',
    'looked-after', 'care-leaver-eligible', 'care-leaver-relevant', 'adoption',
    'youth-justice', 'youth-justice-looked-after', 'youth-justice-child-protection', 'youth-justice-cin-plan', 'cross-border',
  ],
  'early-help-and-health': [
    'universal', 'early-help', 'early-help-review', 'sen', 'sen-beyond-school', 'sen-year-9',
    'disability-key-worker', 'disability-no-key-worker', 'disability-with-social-worker',
    'mental-health-cpa', 'mental-health-no-cpa', 'mental-health-camhs-only', 'mental-health-camhs-social-care',
  ],
} as const satisfies Record<string, readonly StatusId[]>;
export type TablePart = keyof typeof TABLE_PARTS;

export interface WhoLeadsCell {
  lead: LeadId;
  /** How firm the deciding (first) rule is. */
  strength: Strength;
  /** The rules, deciding rule first (their sentences are the `rule` copy). */
  rules: RuleId[];
  cites: Citation[];
}

export interface WhoLeadsRow {
  /** Status id; its label is the `status` copy. */
  status: StatusId;
  england: WhoLeadsCell | null;
  salford: WhoLeadsCell | null;
}

function cell(register: Register, lead: LeadId, rules: readonly RuleId[], g: TableGuidance): WhoLeadsCell {
  const seen = new Set<string>();
  const cites = rules
    .flatMap((r) => register.rules[r]?.cites[g] ?? [])
    .filter((c) => {
      const key = `${c.source}|${c.at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const strength = register.rules[rules[0]!]!.strength!;
  return { lead, strength, rules: [...rules], cites };
}

/** The cell for one status under one guidance: the first designation (in precedence order), pair or check that fills it. */
function cellFor(register: Register, status: StatusId, g: TableGuidance): WhoLeadsCell | null {
  for (const id of PRECEDENCE_ENGLAND) {
    const d: Designation = DESIGNATIONS[id];
    const rules = d.by[g];
    if (rules && d.rows?.includes(status)) return cell(register, d.lead, rules, g);
  }
  for (const p of PAIRS) {
    if (!p.rows?.includes(status) || !register.rules[p.rule]?.cites[g]) continue;
    const lead = p.override?.lead ?? DESIGNATIONS[p.winners[0]!].lead;
    return cell(register, lead, [p.rule], g);
  }
  if ((CROSS_BORDER.rows as readonly string[]).includes(status) && register.rules[CROSS_BORDER.rule]?.cites[g]) {
    return cell(register, CROSS_BORDER.lead, [CROSS_BORDER.rule], g);
  }
  return null;
}

export const whoLeadsRows = (register: Register): WhoLeadsRow[] =>
  STATUS_ROWS.map((status) => ({
    status,
    england: cellFor(register, status, 'england'),
    salford: cellFor(register, status, 'salford'),
  }));
