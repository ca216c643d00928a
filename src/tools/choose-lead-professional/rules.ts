/**
 * Rules of "Choosing between candidates": which criteria each guidance gives (in its source's own order, which is not
 * a priority), what it says about each, where a candidate's statutory responsibility means the choice is not free,
 * and the points the sources make about choosing. Typed data and small pure functions; every statement lives once,
 * in register.yaml (rules with their strengths; `criteria`, what each guidance says about each criterion).
 *
 * The decision record (`decisionRecord`) sets the answers side by side, candidate by candidate, in the order of the role
 * list whatever the answers. Nothing here scores, totals, weighs or ranks a candidate: the sources give the criteria no order of
 * priority (INF-NO-RANKING), so the weighing is left to the team and the family.
 *
 * No XState, Preact or Astro imports.
 */
import type { Strength } from '../../content/strength.ts';
import { writeParams } from '../engine/contract.ts';
import type { Citation, Register } from '../engine/register.ts';
import { CONTRACT as WHO_SHOULD_LEAD, type Guidance as WhoShouldLeadGuidance } from '../who-should-lead/contract.ts';
import type { Criterion, Facts, Guidance, Role, Status } from './contract.ts';
import { CRITERIA_OF, STATUSES_OF } from './lists.ts';

export interface RuleRef {
  id: string;
  /** How firm the source's words are; null for an inference with no strength of its own. */
  strength: Strength | null;
  cites: Citation[];
  inference: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------------------

/** How each guidance frames its list of criteria: the rule shown above the record. */
export const FRAMING: Record<Guidance, string> = { england: 'CR-02', salford: 'CR-04', scotland: 'CR-05', safeh: 'CR-07' };

/**
 * The rule that gives a criterion's row its strength where it is not the framing rule: Poole's protocol, the Scottish
 * briefing's opening words on choosing, our inference for SAFeh. What each guidance says about each of its criteria
 * (CRITERIA_OF, lists.ts) is the register's `criteria` statement `<guidance>-<criterion>`.
 */
export const ROW_RULE: Partial<Record<Guidance, Partial<Record<Criterion, string>>>> = {
  england: { 'time-and-manager': 'CR-06a' },
  scotland: { skills: 'SK-04' },
  safeh: { 'statutory-responsibility': 'INF-SAFEH-STATUTORY' },
};

/**
 * The rule that names the lead for each status that gives statutory responsibility (STATUSES_OF, lists.ts), per
 * guidance; and the rule that says so in general, shown whatever the status.
 */
export const STATUTORY: Record<Guidance, { general: string; rules: Partial<Record<Status, string>> }> = {
  england: { general: 'N-06', rules: { 'child-protection': 'CP-01', 'looked-after': 'L-01', 'child-in-need-assessment': 'CIN-01', 'adoption-plan': 'AD-01' } },
  salford: {
    general: 'CIN-02',
    rules: { 'child-protection': 'CP-02', 'young-persons-plan': 'YPP-02', 'looked-after': 'L-01', 'child-in-need-assessment': 'CIN-01', 'child-in-need-open': 'CIN-06', 'adoption-plan': 'AD-01' },
  },
  safeh: {
    general: 'INF-SAFEH-STATUTORY',
    rules: { 'child-protection': 'INF-SAFEH-STATUTORY', 'looked-after': 'INF-SAFEH-STATUTORY', 'child-in-need-assessment': 'INF-SAFEH-STATUTORY', 'adoption-plan': 'INF-SAFEH-STATUTORY' },
  },
  scotland: { general: 'SC-05', rules: { 'looked-after': 'SC-05', 'compulsory-measures': 'SC-04a', 'co-ordinated-support-plan': 'SC-05', asbo: 'SC-05', 'child-protection': 'SC-06' } },
};

/**
 * "Who should be the lead professional?" with the answers filled in: its guidance for each of ours (it has no SAFeh
 * guidance, so a SAFeh area is sent to the national rules), and its parameter and value for each status.
 */
export const WHO_SHOULD_LEAD_GUIDANCE: Record<Guidance, WhoShouldLeadGuidance> = { england: 'england', salford: 'salford', safeh: 'england', scotland: 'scotland' };
export const WHO_SHOULD_LEAD_STATUS: Record<Status, { param: keyof typeof WHO_SHOULD_LEAD; value: string }> = {
  'child-protection': { param: 'child-protection', value: 'yes' },
  'looked-after': { param: 'looked-after', value: 'yes' },
  'child-in-need-assessment': { param: 'child-in-need', value: 'assessment' },
  'child-in-need-open': { param: 'child-in-need', value: 'open' },
  'adoption-plan': { param: 'adoption-plan', value: 'yes' },
  'young-persons-plan': { param: 'young-persons-plan', value: 'yes' },
  'compulsory-measures': { param: 'compulsory-measures', value: 'yes' },
  'co-ordinated-support-plan': { param: 'co-ordinated-support-plan', value: 'yes' },
  asbo: { param: 'asbo', value: 'yes' },
};

/** When a point is shown beyond its guidance having rules for it. */
export type PointWhen = 'always' | 'young-person' | 'voluntary-candidate';

/**
 * The points the sources make about choosing, in the order the record shows them: each a title (wording
 * `point.<id>`) and the rules that make it, shown with their strengths; a rule appears under the guidance it is cited
 * for. `acrossGuidance`: shown under every guidance, labelled with the guidance it comes from where that differs
 * (the issue: where a young person is involved, show the national guide's para 2.15 whatever the guidance).
 */
export const POINTS: readonly { id: string; rules: readonly string[]; when?: PointWhen; acrossGuidance?: readonly string[] }[] = [
  { id: 'no-ranking', rules: ['INF-NO-RANKING'] },
  { id: 'young-person', rules: ['CR-08', 'YPP-04'], when: 'young-person', acrossGuidance: ['CR-08'] },
  { id: 'family', rules: ['A-05', 'A-07', 'A-13', 'CR-07', 'SC-08'] },
  { id: 'not-automatic', rules: ['CR-03', 'A-04', 'A-10', 'A-11'] },
  { id: 'from-those-involved', rules: ['A-02', 'A-01', 'SC-01', 'SC-03'] },
  { id: 'third-sector', rules: ['SC-12'], when: 'voluntary-candidate' },
  { id: 'local-agreements', rules: ['SC-09', 'SC-10', 'SC-11'] },
  { id: 'step-down', rules: ['A-12'] },
  { id: 'manager', rules: ['CR-06a', 'CR-06b', 'A-05b', 'CR-10'] },
  { id: 'support', rules: ['AC-06', 'AC-01'] },
  { id: 'can-change', rules: ['CH-06'] },
  { id: 'if-you-cannot-agree', rules: ['CR-01'] },
];

/** The places on the record for the team and the family to fill in by hand (wording `field.<id>`). */
export const FIELDS: readonly { id: string; when?: (r: { guidance: Guidance; youngPerson: boolean }) => boolean }[] = [
  { id: 'lead' },
  { id: 'why' },
  { id: 'family-views' },
  { id: 'young-person-choice', when: (r) => r.youngPerson },
  { id: 'family-agreement' },
  { id: 'manager-agreement', when: (r) => r.guidance === 'england' },
  { id: 'review' },
  { id: 'date' },
];

// ---------------------------------------------------------------------------------------------------------
// Small predicates
// ---------------------------------------------------------------------------------------------------------

/** The candidates a criterion was answered yes for, in the candidates' order. */
const yesFor = (facts: Facts, candidates: readonly Role[], criterion: Criterion) => candidates.filter((c) => (facts[criterion] as readonly Role[] | undefined)?.includes(c) ?? false);
/** Whether a point shows, given the answers. */
function pointShows(when: PointWhen | undefined, facts: Facts, candidates: readonly Role[]): boolean {
  if (when === 'young-person') return facts['young-person'] === true;
  if (when === 'voluntary-candidate') return candidates.includes('voluntary-sector-practitioner');
  return true;
}

/** The query string that opens "Who should be the lead professional?" with what is known filled in. */
export function whoShouldLeadQuery(guidance: Guidance, statuses: readonly Status[]): string {
  const facts: Record<string, string> = { guidance: WHO_SHOULD_LEAD_GUIDANCE[guidance] };
  for (const s of statuses) {
    const { param, value } = WHO_SHOULD_LEAD_STATUS[s];
    facts[param] ??= value;
  }
  const typed = Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v === 'yes' ? true : v]));
  return writeParams(WHO_SHOULD_LEAD, typed);
}

// ---------------------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------------------

export interface RecordRow {
  criterion: Criterion;
  /** The register `criteria` statement: what the guidance says about it. */
  says: string;
  /** The rule that gives the row its strength. */
  rule: RuleRef;
  /** The candidates it was answered yes for, in the candidates' order. */
  yes: Role[];
}

export interface DecisionRecord {
  guidance: Guidance;
  /** In the order the role list gives them (ROLES): never re-ordered by the answers. */
  candidates: Role[];
  framing: RuleRef;
  rows: RecordRow[];
  /** Where a candidate has statutory responsibility: this is not a free choice. */
  statutory: null | {
    holders: Role[];
    statuses: { status: Status; rule: RuleRef }[];
    general: RuleRef;
    /** Query string for "Who should be the lead professional?" with the answers filled in. */
    whoShouldLead: string;
    /** That tool follows different guidance (SAFeh: the national rules). */
    otherGuidance: boolean;
  };
  youngPerson: boolean;
  points: { id: string; rules: (RuleRef & { guidance: Guidance })[] }[];
  /** The places on the record to fill in by hand. */
  fields: string[];
}

function reader(register: Register, g: Guidance) {
  return (id: string, under: Guidance = g): RuleRef => {
    const r = register.rules[id];
    if (!r) throw new Error(`choose-lead-professional: rule ${id} is not in the register`);
    return { id, strength: r.strength ?? null, cites: [...(r.cites[under] ?? [])], inference: r.inference !== undefined };
  };
}

/** The points a guidance has rules for, among those `shows` lets through, each with its rules read for that guidance. */
export function pointsFor(guidance: Guidance, register: Register, shows: (when: PointWhen | undefined) => boolean): DecisionRecord['points'] {
  const read = reader(register, guidance);
  return POINTS.filter((p) => shows(p.when))
    .map((p) => ({
      id: p.id,
      rules: p.rules.flatMap((id) => {
        const own = read(id);
        if (own.cites.length > 0) return [{ ...own, guidance }];
        // A rule from other guidance, shown here on purpose and labelled with where it comes from.
        const from = p.acrossGuidance?.includes(id) ? (Object.keys(register.rules[id]?.cites ?? {})[0] as Guidance | undefined) : undefined;
        return from ? [{ ...read(id, from), guidance: from }] : [];
      }),
    }))
    .filter((p) => p.rules.length > 0);
}

/** The rows of a guidance's criteria with nobody answered yet: the blank record printed without JavaScript. */
export const blankRecord = (guidance: Guidance, register: Register): DecisionRecord =>
  ({ ...decisionRecord({ guidance, 'young-person': true }, register), points: pointsFor(guidance, register, () => true), fields: FIELDS.filter((f) => !f.when || f.when({ guidance, youngPerson: true })).map((f) => f.id) });

/** The decision record for one set of answers. */
export function decisionRecord(facts: Facts, register: Register): DecisionRecord {
  const guidance = facts.guidance;
  if (!guidance) throw new Error('choose-lead-professional: the guidance is needed');
  const read = reader(register, guidance);
  const candidates = [...((facts.candidates ?? []) as readonly Role[])];
  const framing = read(FRAMING[guidance]);
  const holders = yesFor(facts, candidates, 'statutory-responsibility');
  const statuses = STATUSES_OF[guidance].filter((s) => ((facts['statutory-status'] ?? []) as readonly Status[]).includes(s));
  const youngPerson = facts['young-person'] === true;

  return {
    guidance,
    candidates,
    framing,
    rows: CRITERIA_OF[guidance].map((criterion) => {
      const rule = ROW_RULE[guidance]?.[criterion];
      return { criterion, says: `${guidance}-${criterion}`, rule: rule ? read(rule) : framing, yes: yesFor(facts, candidates, criterion) };
    }),
    statutory:
      holders.length === 0
        ? null
        : {
            holders,
            statuses: statuses.map((status) => ({ status, rule: read(STATUTORY[guidance].rules[status]!) })),
            general: read(STATUTORY[guidance].general),
            whoShouldLead: whoShouldLeadQuery(guidance, statuses),
            otherGuidance: WHO_SHOULD_LEAD_GUIDANCE[guidance] !== guidance,
          },
    youngPerson,
    points: pointsFor(guidance, register, (when) => pointShows(when, facts, candidates)),
    fields: FIELDS.filter((f) => !f.when || f.when({ guidance, youngPerson })).map((f) => f.id),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Register checks
// ---------------------------------------------------------------------------------------------------------

/** Ids used but missing, rows without a `criteria` statement for their guidance, and entries nothing uses. */
export function registerProblems(register: Register): string[] {
  const problems: string[] = [];
  const used = new Set<string>([
    ...Object.values(FRAMING),
    ...Object.values(ROW_RULE).flatMap((rows) => Object.values(rows)),
    ...Object.values(STATUTORY).flatMap((s) => [s.general, ...Object.values(s.rules)]),
    ...POINTS.flatMap((p) => p.rules),
  ]);
  for (const id of used) if (!register.rules[id]) problems.push(`rules: "${id}" is used but not in the register`);
  const derived = new Set(Object.values(register.rules).flatMap((r) => (used.has(r.id) ? (r.inference?.derivedFrom ?? []) : [])));
  for (const id of Object.keys(register.rules)) if (!used.has(id) && !derived.has(id)) problems.push(`rules: "${id}" is in the register but nothing uses it`);
  for (const [g, list] of Object.entries(FRAMING)) if (!register.rules[list]?.cites[g as Guidance]?.length) problems.push(`rules: "${list}" frames ${g}'s criteria but is not cited for it`);
  const says = register.sections.criteria ?? {};
  const expected = (Object.entries(CRITERIA_OF) as [Guidance, readonly Criterion[]][]).flatMap(([g, list]) => list.map((c) => ({ id: `${g}-${c}`, g })));
  for (const [g, statuses] of Object.entries(STATUSES_OF) as [Guidance, readonly Status[]][]) {
    for (const s of statuses) if (!STATUTORY[g].rules[s]) problems.push(`statutory: ${g} offers "${s}" but names no rule for it`);
  }
  for (const { id, g } of expected) {
    if (!says[id]) problems.push(`criteria: "${id}" is missing`);
    else if (!says[id]!.cites[g]?.length) problems.push(`criteria: "${id}" is not cited for ${g}`);
  }
  for (const id of Object.keys(says)) if (!expected.some((e) => e.id === id)) problems.push(`criteria: "${id}" is not a criterion of its guidance`);
  for (const name of Object.keys(register.sections)) if (name !== 'criteria') problems.push(`${name}: this tool has no such section`);
  return problems;
}
