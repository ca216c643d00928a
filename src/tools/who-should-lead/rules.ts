/**
 * Rules for "Who should be the lead professional?": which lead each status names, the order that settles several,
 * and what follows from the lead. Plain typed data and small pure functions over the rule register.
 *
 * Every statement lives once, in register.yaml: its strength, the sentence users read, and where each guidance
 * states it. This file refers to register ids and restates none of that. The words of leads, outcomes, roles and
 * statuses are in wording/outcomes.yaml, keyed by the ids below.
 *
 * How a recommendation is made (`recommendLead`):
 *  1. Every DESIGNATION ("this status names this lead, by these rules") that applies to the facts is found.
 *  2. The first one in the guidance's precedence list (PRECEDENCE_ENGLAND, shared by England and Salford,
 *     or PRECEDENCE_SCOTLAND) wins.
 *  3. For every other applying designation that names a different lead, the PAIRS table says which rule
 *     settles the pair: an explicit precedence rule from the sources (PR-xx), one of the silent combinations
 *     rules.md resolves by inference (PS-xx), or, where neither covers the pair, our inferred decision order
 *     (ORDER-EN / ORDER-SC). Inferences name what they were derived from (`derivedFrom` in the register).
 *  4. FACETS add the rules and roles that refine the answer (residential key worker, foster carer, YPP roles,
 *     the youth justice roles for each kind of involvement…), then the procedural checks (cross-border,
 *     Scottish third sector) run.
 *  5. Duties (what the lead professional does) and next steps (what to do now the lead is known) follow from
 *     the lead, its strength and the facts. Where no lead professional is needed, the roles still involved
 *     take their ROLES_WITHOUT_LEAD form, so nobody is described as working with a lead professional.
 *
 * No XState, Preact or Astro imports.
 */
import { FACTS_READ, type Facts, type FactKey, type Guidance } from './contract.ts';
import type { Strength } from '../../content/strength.ts';
import type { Citation, Register, RuleRecord } from '../engine/register.ts';

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

export const LEAD_IDS = [
  'none-needed',
  'social-worker',
  'personal-adviser',
  'connexions-personal-adviser',
  'senco',
  'key-worker',
  'care-coordinator',
  'camhs-worker',
  'agreed-locally',
  'eha-author',
  'chosen-by-team-with-family',
  'chosen-with-family-and-social-worker',
  'check-responsible-authority',
  'named-person',
  'specialist-universal-practitioner',
  'specialist-agency-worker',
  'third-sector-practitioner',
] as const;
export type LeadId = (typeof LEAD_IDS)[number];

export const MUST_NOT_IDS = [
  'yot-case-manager',
  'connexions-personal-adviser',
  'foster-carer',
  'residential-key-worker',
  'key-professional',
  'ypp-coordinator',
] as const;
export type MustNotId = (typeof MUST_NOT_IDS)[number];

/**
 * People who still play a part when someone else leads (the `alsoInvolved` roles). The `-without-lead` ids
 * are the same people where no lead professional is needed (ROLES_WITHOUT_LEAD), worded for that case.
 */
export const ROLE_IDS = [
  'residential-key-worker',
  'foster-carer',
  'personal-adviser',
  'key-professional',
  'ypp-coordinator',
  'lead-health-professional',
  'lead-camhs-worker',
  'seconded-social-worker-in-yot',
  'yot-case-manager',
  'custody-key-worker',
  'yot-prevention-officer',
  'care-coordinator',
  'disability-key-worker',
  'connexions-personal-adviser',
  'senco',
  'social-worker',
  'named-person',
  'senco-without-lead',
  'connexions-personal-adviser-without-lead',
  'lead-health-professional-without-lead',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RuleRef {
  id: string;
  strength: Strength;
  cites: Citation[];
  inference?: { derivedFrom: string[] };
}

export interface Recommendation {
  /** Stable outcome id (data-outcome). */
  outcome: string;
  guidance: Guidance;
  /** data-lead */
  lead: LeadId;
  /** data-strength */
  strength: Strength;
  /** data-must-not (empty when none) */
  mustNot: MustNotId[];
  /** The answers that decided it. */
  decidedBy: FactKey[];
  /** Deciding rule(s) first, then precedence rules applied; at least one, each with at least one citation. */
  rules: RuleRef[];
  /** True where the sources are silent and the answer rests on our inferred precedence. */
  inference: boolean;
  alsoInvolved: { role: string; cites: Citation[] }[];
  /** Where the other English guidance (england vs salford) differs for the same facts; empty for scotland or when they agree. */
  otherGuidance: { guidance: Guidance; lead: LeadId; strength: Strength; outcome: string; cites: Citation[] }[];
  duties: { id: string; cites: Citation[] }[];
  /** Procedural checks that come first. */
  checks: { id: string; cites: Citation[] }[];
  /** What to do now, in order (agree or explain, record, tell, review); never empty. */
  nextSteps: { id: string; cites: Citation[] }[];
}

/** A register id (rules.md's N-03, PR-01…; ours ORDER-… and INF-…). Every id used here is checked against the register (`registerProblems`). */
export type RuleId = string;

// ---------------------------------------------------------------------------------------------------------
// 1. Designations: "when this status applies, this lead, by these rules" (deciding rule first)
// ---------------------------------------------------------------------------------------------------------

/** Rows of the "who leads for each status" table, in display order (the wording is the `status` copy). */
export const STATUS_ROWS = [
  'universal',
  'early-help',
  'early-help-review',
  'sen',
  'sen-beyond-school',
  'sen-year-9',
  'disability-key-worker',
  'disability-no-key-worker',
  'disability-with-social-worker',
  'cin-assessment',
  'cin-open',
  'cin-assessed',
  'cin-stepping-down',
  'child-protection',
  'young-persons-plan',
  'looked-after',
  'care-leaver-eligible',
  'care-leaver-relevant',
  'adoption',
  'mental-health-cpa',
  'mental-health-no-cpa',
  'mental-health-camhs-only',
  'mental-health-camhs-social-care',
  'youth-justice',
  'youth-justice-looked-after',
  'youth-justice-child-protection',
  'youth-justice-cin-plan',
  'cross-border',
] as const;
export type StatusId = (typeof STATUS_ROWS)[number];

export interface Designation {
  /** Outcome id when this designation decides. */
  outcome: string;
  lead: LeadId;
  /**
   * Rule ids per guidance, deciding rule first (its strength is the designation's); a guidance that is not
   * listed does not use this designation.
   */
  by: Partial<Record<Guidance, readonly RuleId[]>>;
  applies: (f: Facts, g: Guidance) => boolean;
  /** The answers this designation looks at. */
  reads: readonly FactKey[];
  /** Who must not hold the formal role whenever this designation applies. */
  mustNot?: readonly MustNotId[];
  /** The part this person still plays when someone else leads. */
  role?: RoleId;
  /** Rows of the who-leads table this designation fills. */
  rows?: readonly StatusId[];
  /** A default that applies only when nothing else does; never in conflict with anything. */
  fallback?: true;
}

const yes = (v: boolean | undefined): boolean => v === true;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const lookedAfterish = (f: Facts): boolean => yes(f['looked-after']) || f['care-leaver'] === 'eligible';
const yearNineWithPlan = (f: Facts): boolean => f.sen === 'ehcp' && f['year-group'] === 9;
const hasSen = (f: Facts): boolean => f.sen === 'support' || f.sen === 'ehcp';
const hasDisability = (f: Facts): boolean => f.disability === 'key-worker' || f.disability === 'no-key-worker';
const inYouthJustice = (f: Facts): boolean =>
  f['youth-justice'] === 'prevention' || f['youth-justice'] === 'community' || f['youth-justice'] === 'custody';
/** A community order or sentence, or custody: a supervising officer (YJS case manager) is allocated (YJ-01, YJ-05). */
const supervised = (f: Facts): boolean => f['youth-justice'] === 'community' || f['youth-justice'] === 'custody';
const yppAgeOk = (f: Facts): boolean => !isNumber(f.age) || (f.age >= 15 && f.age <= 17);
const some = (v: string | undefined): boolean => v !== undefined && v !== 'no';

/** England and Salford: any status that by itself means the child has additional needs. */
function hasStatus(f: Facts, g: Guidance): boolean {
  return (
    yes(f['child-protection']) ||
    yes(f['looked-after']) ||
    yes(f['adoption-plan']) ||
    some(f['care-leaver']) ||
    some(f['child-in-need']) ||
    some(f['youth-justice']) ||
    some(f['mental-health']) ||
    some(f.disability) ||
    some(f.sen) ||
    (g === 'salford' && yes(f['young-persons-plan']))
  );
}
const hasNeeds = (f: Facts, g: Guidance): boolean => yes(f['additional-needs']) || hasStatus(f, g);

/** Scotland: any circumstance that by itself means more than the Named Person is involved. */
const scotStatutory = (f: Facts): boolean =>
  yes(f['looked-after']) || yes(f['compulsory-measures']) || yes(f.asbo) || yes(f['child-protection']);
const scotAny = (f: Facts): boolean => scotStatutory(f) || yes(f['co-ordinated-support-plan']) || yes(f['complex-health']);

export const DESIGNATIONS = {
  // ---- England and Salford ----
  universal: {
    outcome: 'no-lead-needed', lead: 'none-needed', by: { england: ['N-03'], salford: ['N-04'] },
    applies: (f, g) => !hasNeeds(f, g), reads: ['additional-needs'], rows: ['universal'],
  },
  'one-practitioner': {
    outcome: 'one-practitioner', lead: 'none-needed', by: { england: ['N-03'], salford: ['N-01'] },
    applies: (f, g) => hasNeeds(f, g) && isNumber(f.practitioners) && f.practitioners <= 1, reads: ['practitioners'],
  },
  'cin-assessment': {
    outcome: 'cin-assessment', lead: 'social-worker', by: { england: ['CIN-01'], salford: ['CIN-01', 'CIN-02'] },
    applies: (f) => f['child-in-need'] === 'assessment', reads: ['child-in-need'], role: 'social-worker', rows: ['cin-assessment'],
  },
  'young-persons-plan': {
    outcome: 'young-persons-plan', lead: 'social-worker', by: { salford: ['YPP-02', 'PR-12'] },
    applies: (f) => yes(f['young-persons-plan']) && yppAgeOk(f), reads: ['young-persons-plan', 'age'],
    mustNot: ['key-professional', 'ypp-coordinator'], rows: ['young-persons-plan'],
  },
  // Never reached from the tool (see OUTCOME_IDS): kept so that any facts, however they were made, get an answer.
  'young-persons-plan-age': {
    outcome: 'young-persons-plan-age', lead: 'social-worker', by: { salford: ['YPP-05'] },
    applies: (f) => yes(f['young-persons-plan']) && !yppAgeOk(f), reads: ['young-persons-plan', 'age'],
  },
  'child-protection': {
    outcome: 'cp-plan', lead: 'social-worker', by: { england: ['CP-01'], salford: ['CP-02'] },
    applies: (f) => yes(f['child-protection']), reads: ['child-protection'], rows: ['child-protection'],
  },
  'care-leaver-eligible': {
    outcome: 'care-leaver-eligible', lead: 'social-worker', by: { england: ['L-01', 'CL-02', 'PR-08'], salford: ['L-01', 'CL-02'] },
    applies: (f) => f['care-leaver'] === 'eligible', reads: ['care-leaver'],
    mustNot: ['foster-carer', 'residential-key-worker'], rows: ['care-leaver-eligible'],
  },
  'looked-after': {
    outcome: 'looked-after', lead: 'social-worker', by: { england: ['L-01'], salford: ['L-01'] },
    applies: (f) => yes(f['looked-after']), reads: ['looked-after'],
    mustNot: ['foster-carer', 'residential-key-worker'], rows: ['looked-after'],
  },
  adoption: {
    outcome: 'adoption', lead: 'social-worker', by: { england: ['AD-01'], salford: ['AD-01'] },
    applies: (f) => yes(f['adoption-plan']), reads: ['adoption-plan'], rows: ['adoption'],
  },
  'disability-social-worker': {
    outcome: 'disability-social-worker', lead: 'social-worker', by: { salford: ['D-05'] },
    applies: (f) =>
      hasDisability(f) &&
      (f['child-in-need'] === 'assessment' || f['child-in-need'] === 'open' || yes(f['child-protection']) || lookedAfterish(f)),
    reads: ['disability', 'child-in-need'], rows: ['disability-with-social-worker'],
  },
  'cin-open-salford': {
    outcome: 'cin-open', lead: 'social-worker', by: { salford: ['CIN-06'] },
    applies: (f) => f['child-in-need'] === 'open', reads: ['child-in-need'], role: 'social-worker', rows: ['cin-open'],
  },
  'camhs-and-social-care': {
    outcome: 'camhs-and-social-care', lead: 'social-worker', by: { salford: ['PR-11'] },
    applies: (f) => f['mental-health'] === 'camhs-and-social-care', reads: ['mental-health'], rows: ['mental-health-camhs-social-care'],
  },
  // Youth justice: one designation per kind of involvement, so the outcome says which. The lead is agreed
  // locally whatever the kind ("in all situations where a YOT is involved"); the kind brings its own roles,
  // rules and duties through FACETS and dutiesFor, and never changes the bars (PAIRS PR-01 to PR-03).
  'youth-justice-prevention': {
    outcome: 'yot-prevention-agreed-locally', lead: 'agreed-locally', by: { england: ['YJ-02'], salford: ['YJ-07'] },
    applies: (f) => f['youth-justice'] === 'prevention', reads: ['youth-justice'],
  },
  'youth-justice-community': {
    outcome: 'yot-agreed-locally', lead: 'agreed-locally', by: { england: ['YJ-02'], salford: ['YJ-07'] },
    applies: (f) => f['youth-justice'] === 'community', reads: ['youth-justice'], rows: ['youth-justice'],
  },
  'youth-justice-custody': {
    outcome: 'yot-custody-agreed-locally', lead: 'agreed-locally', by: { england: ['YJ-02'], salford: ['YJ-07'] },
    applies: (f) => f['youth-justice'] === 'custody', reads: ['youth-justice'],
  },
  'care-leaver-relevant': {
    outcome: 'care-leaver-relevant', lead: 'personal-adviser', by: { england: ['CL-04'], salford: ['CL-04'] },
    applies: (f) => f['care-leaver'] === 'relevant', reads: ['care-leaver'], role: 'personal-adviser', rows: ['care-leaver-relevant'],
  },
  cpa: {
    outcome: 'cpa-care-coordinator', lead: 'care-coordinator', by: { england: ['MH-01'], salford: ['MH-01'] },
    applies: (f) => f['mental-health'] === 'cpa', reads: ['mental-health'], role: 'care-coordinator', rows: ['mental-health-cpa'],
  },
  'key-worker': {
    outcome: 'disability-key-worker', lead: 'key-worker', by: { england: ['D-01'], salford: ['D-07'] },
    applies: (f) => f.disability === 'key-worker', reads: ['disability'], role: 'disability-key-worker', rows: ['disability-key-worker'],
  },
  'cin-open-england': {
    outcome: 'cin-open', lead: 'social-worker', by: { england: ['CIN-05'] },
    applies: (f) => f['child-in-need'] === 'open', reads: ['child-in-need'], role: 'social-worker', rows: ['cin-open'],
  },
  'camhs-only': {
    outcome: 'camhs-only', lead: 'camhs-worker', by: { salford: ['MH-03'] },
    applies: (f) => f['mental-health'] === 'camhs-only', reads: ['mental-health'], role: 'lead-camhs-worker', rows: ['mental-health-camhs-only'],
  },
  'cin-stepping-down-salford': {
    outcome: 'cin-stepping-down', lead: 'chosen-with-family-and-social-worker', by: { salford: ['A-12'] },
    applies: (f) => f['child-in-need'] === 'stepping-down', reads: ['child-in-need'], role: 'social-worker', rows: ['cin-stepping-down'],
  },
  'eha-author': {
    outcome: 'eha-author-until-review', lead: 'eha-author', by: { salford: ['A-10'] },
    applies: (f, g) => f.assessment === 'completed' && hasNeeds(f, g), reads: ['assessment'], rows: ['early-help'],
  },
  'year-9-england': {
    outcome: 'year-9-personal-adviser', lead: 'connexions-personal-adviser', by: { england: ['SEN-03'] },
    applies: (f) => yearNineWithPlan(f), reads: ['sen', 'year-group'], role: 'connexions-personal-adviser', rows: ['sen-year-9'],
  },
  'year-9-salford': {
    outcome: 'year-9-education-setting', lead: 'senco', by: { salford: ['SEN-04'] },
    applies: (f) => yearNineWithPlan(f), reads: ['sen', 'year-group'], role: 'senco', rows: ['sen-year-9'],
  },
  e2e: {
    outcome: 'e2e-personal-adviser', lead: 'connexions-personal-adviser', by: { england: ['P-03'] },
    applies: (f, g) => f['post-16'] === 'e2e' && hasNeeds(f, g), reads: ['post-16'], role: 'connexions-personal-adviser',
  },
  sen: {
    outcome: 'sen-senco', lead: 'senco', by: { england: ['SEN-01'], salford: ['SEN-01'] },
    applies: (f) => hasSen(f) && !yearNineWithPlan(f) && !yes(f['needs-beyond-school']),
    reads: ['sen', 'needs-beyond-school'], role: 'senco', rows: ['sen'],
  },
  'sen-beyond-school': {
    outcome: 'sen-beyond-school', lead: 'chosen-by-team-with-family', by: { england: ['PR-14'], salford: ['PR-14'] },
    applies: (f) => hasSen(f) && !yearNineWithPlan(f) && yes(f['needs-beyond-school']),
    reads: ['sen', 'needs-beyond-school'], rows: ['sen-beyond-school'],
  },
  'disability-no-key-worker': {
    outcome: 'disability-no-key-worker', lead: 'chosen-by-team-with-family', by: { england: ['D-03'], salford: ['D-08'] },
    applies: (f) => f.disability === 'no-key-worker', reads: ['disability'], rows: ['disability-no-key-worker'],
  },
  'mental-health-no-cpa': {
    outcome: 'mental-health-no-cpa', lead: 'chosen-by-team-with-family', by: { england: ['MH-02'], salford: ['MH-02'] },
    applies: (f, g) =>
      g === 'salford'
        ? f['mental-health'] === 'other'
        : f['mental-health'] === 'other' || f['mental-health'] === 'camhs-only' || f['mental-health'] === 'camhs-and-social-care',
    reads: ['mental-health'], rows: ['mental-health-no-cpa', 'mental-health-camhs-only', 'mental-health-camhs-social-care'],
  },
  'further-education': {
    outcome: 'further-education', lead: 'chosen-by-team-with-family', by: { england: ['P-02'] },
    applies: (f, g) => f['post-16'] === 'further-education' && hasNeeds(f, g), reads: ['post-16'],
  },
  'cin-assessed': {
    outcome: 'cin-assessed', lead: 'chosen-by-team-with-family', by: { england: ['CIN-04'], salford: ['CIN-04'] },
    applies: (f) => f['child-in-need'] === 'assessed', reads: ['child-in-need'], rows: ['cin-assessed'],
  },
  'cin-stepping-down-england': {
    outcome: 'cin-stepping-down', lead: 'chosen-by-team-with-family', by: { england: ['PR-17'] },
    applies: (f) => f['child-in-need'] === 'stepping-down', reads: ['child-in-need'], rows: ['cin-stepping-down'],
  },
  'additional-needs-reviewed': {
    outcome: 'additional-needs', lead: 'chosen-by-team-with-family', by: { salford: ['A-11'] },
    applies: (f, g) => f.assessment === 'reviewed' && hasNeeds(f, g), reads: ['additional-needs', 'assessment'],
    rows: ['early-help-review'], fallback: true,
  },
  'additional-needs': {
    outcome: 'additional-needs', lead: 'chosen-by-team-with-family', by: { england: ['A-03', 'A-05'], salford: ['A-13'] },
    applies: (f, g) => hasNeeds(f, g), reads: ['additional-needs'], rows: ['early-help', 'early-help-review'], fallback: true,
  },

  // ---- Scotland ----
  'sc-looked-after': {
    outcome: 'scotland-specialist-agency', lead: 'specialist-agency-worker', by: { scotland: ['L-08'] },
    applies: (f) => yes(f['looked-after']), reads: ['looked-after'],
  },
  'sc-asbo': {
    outcome: 'scotland-specialist-agency', lead: 'specialist-agency-worker', by: { scotland: ['SC-05'] },
    applies: (f) => yes(f.asbo), reads: ['asbo'],
  },
  'sc-compulsory-measures': {
    outcome: 'scotland-specialist-agency', lead: 'specialist-agency-worker', by: { scotland: ['SC-04'] },
    applies: (f) => yes(f['compulsory-measures']), reads: ['compulsory-measures'],
  },
  'sc-child-protection': {
    outcome: 'scotland-specialist-agency', lead: 'specialist-agency-worker', by: { scotland: ['SC-06'] },
    applies: (f) => yes(f['child-protection']), reads: ['child-protection'],
  },
  'sc-csp': {
    outcome: 'scotland-csp', lead: 'specialist-universal-practitioner', by: { scotland: ['PS-10', 'SC-03', 'SC-05'] },
    applies: (f) => yes(f['co-ordinated-support-plan']), reads: ['co-ordinated-support-plan'],
  },
  'sc-fewer-than-two-agencies': {
    outcome: 'scotland-no-lead', lead: 'none-needed', by: { scotland: ['U-02', 'N-08'] },
    applies: (f) => (isNumber(f.agencies) ? f.agencies < 2 : !scotAny(f)), reads: ['agencies'],
  },
  'sc-complex-health': {
    outcome: 'scotland-specialist-universal', lead: 'specialist-universal-practitioner', by: { scotland: ['SC-03'] },
    applies: (f) => yes(f['complex-health']), reads: ['complex-health'],
  },
  'sc-named-person': {
    outcome: 'scotland-named-person', lead: 'named-person', by: { scotland: ['SC-01'] },
    applies: () => true, reads: ['agencies'], fallback: true,
  },
} as const satisfies Record<string, Designation>;
export type DesignationId = keyof typeof DESIGNATIONS;

// ---------------------------------------------------------------------------------------------------------
// 2. Precedence: the ONE ordered list per jurisdiction. The first designation that applies decides.
//    The order between the sourced pairs is rules.md's inferred decision order ([I]), with one change:
//    youth justice moves above the care co-ordinator, key worker and relevant care leaver, because the
//    sources say "in all situations where a YOT is involved" the lead is agreed locally (PS-06, PS-07, PS-08).
// ---------------------------------------------------------------------------------------------------------

export const PRECEDENCE_ENGLAND = [
  // Step 1. No additional needs: no lead professional (N-03, N-04).
  'universal',
  // Step 2-3. Statutory social-work designations (CIN-01, YPP-02, CP-01/02, L-01, AD-01).
  'cin-assessment',
  'young-persons-plan',
  'young-persons-plan-age',
  'child-protection',
  'care-leaver-eligible',
  'looked-after',
  'adoption',
  // Step 4. Salford only: a social worker is allocated at child in need level (D-05, CIN-06, PR-11).
  'disability-social-worker',
  'cin-open-salford',
  'camhs-and-social-care',
  // Step 8 (moved up). Youth justice involved, whatever the kind: agreed locally (YJ-02, YJ-07).
  'youth-justice-prevention',
  'youth-justice-community',
  'youth-justice-custody',
  // Steps 5-7 and 11. Roles named for a status (CL-04, MH-01, D-01/D-07, CIN-05, MH-03).
  'care-leaver-relevant',
  'cpa',
  'key-worker',
  'cin-open-england',
  'camhs-only',
  // Step 1 (second half). Only one practitioner involved: no lead professional (N-03, N-01).
  'one-practitioner',
  // Steps 9-13. Additional-needs level (A-12, A-10, SEN-03/04, P-03, SEN-01, PR-14, D-03/08, MH-02, P-02, CIN-04, PR-17).
  'cin-stepping-down-salford',
  'eha-author',
  'year-9-england',
  'year-9-salford',
  'e2e',
  'sen',
  'sen-beyond-school',
  'disability-no-key-worker',
  'mental-health-no-cpa',
  'further-education',
  'cin-assessed',
  'cin-stepping-down-england',
  // Defaults: chosen by the team with the family.
  'additional-needs-reviewed',
  'additional-needs',
] as const satisfies readonly DesignationId[];

export const PRECEDENCE_SCOTLAND = [
  // Step 2. Statutory or safety cases: a worker from a specialist agency (L-08, SC-05, SC-04, SC-06).
  'sc-looked-after',
  'sc-asbo',
  'sc-compulsory-measures',
  'sc-child-protection',
  // Step 3a. Co-ordinated Support Plan (PS-10: statutory agency, ambiguous practitioner).
  'sc-csp',
  // Step 1. Fewer than two agencies: the Named Person is the contact; no lead professional (U-02, N-08).
  'sc-fewer-than-two-agencies',
  // Step 3b. Complex health needs met mainly by universal services (SC-03).
  'sc-complex-health',
  // Step 4. Otherwise the Named Person becomes the lead professional (SC-01).
  'sc-named-person',
] as const satisfies readonly DesignationId[];

// ---------------------------------------------------------------------------------------------------------
// 3. Pairs: which rule settles "winner leads over loser". Looked up in order; the first that matches wins.
//    `losers: '*'` matches any loser. `override` replaces the winner's lead (the sources leave it to agreement).
// ---------------------------------------------------------------------------------------------------------

export interface PairDef {
  rule: RuleId;
  winners: readonly DesignationId[];
  losers: readonly DesignationId[] | '*';
  mustNot?: readonly MustNotId[];
  override?: { lead: LeadId; outcome: string };
  /** Rows of the who-leads table this pair fills (lead: the override, else the first winner's). */
  rows?: readonly StatusId[];
}

const SOCIAL_WORK_STATUTORY = ['looked-after', 'care-leaver-eligible', 'child-protection'] as const;
/** Every kind of youth justice involvement (the first names the lead in the who-leads table). */
const YOUTH_JUSTICE = ['youth-justice-prevention', 'youth-justice-community', 'youth-justice-custody'] as const;
const ADDITIONAL_NAMED = ['year-9-england', 'year-9-salford', 'e2e', 'sen'] as const;
const ADDITIONAL_ALL = [
  ...ADDITIONAL_NAMED,
  'cin-stepping-down-salford',
  'eha-author',
  'sen-beyond-school',
  'disability-no-key-worker',
  'mental-health-no-cpa',
  'further-education',
  'cin-assessed',
  'cin-stepping-down-england',
] as const;

export const PAIRS: readonly PairDef[] = [
  // Youth justice (PR-01 to PR-04)
  { rule: 'PR-01', winners: ['looked-after', 'care-leaver-eligible'], losers: YOUTH_JUSTICE, mustNot: ['yot-case-manager'], rows: ['youth-justice-looked-after'] },
  { rule: 'PR-02', winners: ['child-protection'], losers: YOUTH_JUSTICE, mustNot: ['yot-case-manager'], rows: ['youth-justice-child-protection'] },
  { rule: 'PR-03', winners: ['cin-open-salford', 'disability-social-worker'], losers: YOUTH_JUSTICE, mustNot: ['yot-case-manager'], rows: ['youth-justice-cin-plan'] },
  { rule: 'PR-04', winners: YOUTH_JUSTICE, losers: ['cin-open-england', 'cin-assessed'], rows: ['youth-justice-cin-plan'] },
  // Entry to Employment (PR-05)
  { rule: 'PR-05', winners: SOCIAL_WORK_STATUTORY, losers: ['e2e'], mustNot: ['connexions-personal-adviser'] },
  // Disability key worker against an allocated social worker (PR-09 Salford; PS-01 and PS-02 national)
  { rule: 'PR-09', winners: ['cin-assessment', 'disability-social-worker', 'cin-open-salford', ...SOCIAL_WORK_STATUTORY], losers: ['key-worker'] },
  { rule: 'PS-01', winners: SOCIAL_WORK_STATUTORY, losers: ['key-worker'] },
  { rule: 'PS-02', winners: ['key-worker'], losers: ['cin-open-england', 'cin-assessed'] },
  // Salford: the early help route for a disabled child applies only without an allocated social worker (D-05, D-08)
  { rule: 'D-05', winners: ['cin-assessment', 'disability-social-worker', 'cin-open-salford', ...SOCIAL_WORK_STATUTORY], losers: ['disability-no-key-worker'] },
  // Child in need after assessment against looked after or child protection (PR-13)
  { rule: 'PR-13', winners: SOCIAL_WORK_STATUTORY, losers: ['cin-assessed', 'cin-stepping-down-england', 'cin-stepping-down-salford'] },
  // Mental health (PS-03, PS-04, PS-05)
  { rule: 'PS-03', winners: SOCIAL_WORK_STATUTORY, losers: ['cpa'] },
  { rule: 'PS-04', winners: ['cpa'], losers: ['sen', 'sen-beyond-school'] },
  { rule: 'PS-05', winners: ['cpa', 'key-worker'], losers: ['year-9-england', 'year-9-salford'], override: { lead: 'agreed-locally', outcome: 'agree-year-9-transition' } },
  // Youth justice against named roles (PS-06, PS-07, PS-08), then every other status (YJ-02, YJ-07)
  { rule: 'PS-06', winners: YOUTH_JUSTICE, losers: ['cpa'] },
  { rule: 'PS-07', winners: YOUTH_JUSTICE, losers: ['key-worker'] },
  { rule: 'PS-08', winners: YOUTH_JUSTICE, losers: ['care-leaver-relevant'] },
  { rule: 'YJ-02', winners: YOUTH_JUSTICE, losers: '*' },
  { rule: 'YJ-07', winners: YOUTH_JUSTICE, losers: '*' },
  // Adoption over any other status (PS-09)
  { rule: 'PS-09', winners: ['adoption'], losers: '*' },
  // Only one practitioner (N-03 national, N-01 Salford)
  { rule: 'N-03', winners: ['one-practitioner'], losers: ADDITIONAL_ALL },
  { rule: 'N-01', winners: ['one-practitioner'], losers: ADDITIONAL_ALL },
  // Several candidates at the additional-needs level (PS-11)
  { rule: 'PS-11', winners: ADDITIONAL_NAMED, losers: ADDITIONAL_ALL, override: { lead: 'chosen-by-team-with-family', outcome: 'several-candidates' } },
  // Scotland
  { rule: 'N-08', winners: ['sc-fewer-than-two-agencies'], losers: ['sc-complex-health'] },
  {
    rule: 'INF-SC-AGENCIES',
    winners: ['sc-looked-after', 'sc-asbo', 'sc-compulsory-measures', 'sc-child-protection', 'sc-csp'],
    losers: ['sc-fewer-than-two-agencies'],
  },
];

/** Cross-border cases (Salford): a procedural check before everything else (PR-16). */
export const CROSS_BORDER = {
  rule: 'PR-16',
  lead: 'check-responsible-authority',
  outcome: 'cross-border-check',
  rows: ['cross-border'],
} as const satisfies { rule: RuleId; lead: LeadId; outcome: string; rows: readonly StatusId[] };

/** Scotland: a third-sector practitioner whose service level agreement provides for the role (SC-12). */
export const THIRD_SECTOR = { rule: 'SC-12', lead: 'third-sector-practitioner', outcome: 'scotland-third-sector' } as const;

// ---------------------------------------------------------------------------------------------------------
// 4. Facets: rules and roles that refine a decided answer
// ---------------------------------------------------------------------------------------------------------

export interface Facet {
  /** A precedence rule to list after the deciding rules. */
  rule?: RuleId;
  /** A person who still plays a part; cited by `citeRule` (or `rule`). */
  roles?: readonly RoleId[];
  citeRule?: RuleId;
  when: (f: Facts, g: Guidance, lead: LeadId) => boolean;
  reads: readonly FactKey[];
}

export const FACETS: readonly Facet[] = [
  { rule: 'PR-06', roles: ['residential-key-worker'], reads: ['placement'], when: (f, g, lead) => g !== 'scotland' && lead === 'social-worker' && lookedAfterish(f) && f.placement === 'residential' },
  { rule: 'PR-07', roles: ['foster-carer'], reads: ['placement'], when: (f, g, lead) => g !== 'scotland' && lead === 'social-worker' && lookedAfterish(f) && f.placement === 'foster' },
  { roles: ['personal-adviser'], citeRule: 'CL-02', reads: ['care-leaver'], when: (f, g, lead) => g !== 'scotland' && lead === 'social-worker' && f['care-leaver'] === 'eligible' },
  { roles: ['key-professional', 'ypp-coordinator'], citeRule: 'PR-12', reads: ['young-persons-plan'], when: (f, g) => g === 'salford' && yes(f['young-persons-plan']) && yppAgeOk(f) },
  { rule: 'PR-10', roles: ['lead-health-professional'], reads: ['disability'], when: (f, g) => g === 'salford' && hasDisability(f) },
  { roles: ['lead-camhs-worker'], citeRule: 'PR-11', reads: ['mental-health'], when: (f, g, lead) => g === 'salford' && lead === 'social-worker' && f['mental-health'] === 'camhs-and-social-care' },
  { roles: ['seconded-social-worker-in-yot'], citeRule: 'PR-01', reads: ['youth-justice'], when: (f, g, lead) => g === 'england' && lead === 'social-worker' && lookedAfterish(f) && inYouthJustice(f) },
  // Youth justice, by kind, whoever leads. Preventive work: a YOT prevention officer, no supervising officer
  // (YJ-10). An order or sentence: the supervising officer (YJS case manager) (YJ-01, YJ-05). Custody: also the
  // key worker or personal officer in the establishment (same rows).
  { rule: 'YJ-10', roles: ['yot-prevention-officer'], reads: ['youth-justice'], when: (f, g) => g !== 'scotland' && f['youth-justice'] === 'prevention' },
  { rule: 'YJ-01', roles: ['yot-case-manager'], reads: ['youth-justice'], when: (f, g) => g === 'england' && supervised(f) },
  { rule: 'YJ-05', roles: ['yot-case-manager'], reads: ['youth-justice'], when: (f, g) => g === 'salford' && supervised(f) },
  { roles: ['custody-key-worker'], citeRule: 'YJ-01', reads: ['youth-justice'], when: (f, g) => g === 'england' && f['youth-justice'] === 'custody' },
  { roles: ['custody-key-worker'], citeRule: 'YJ-05', reads: ['youth-justice'], when: (f, g) => g === 'salford' && f['youth-justice'] === 'custody' },
  { rule: 'PR-15', reads: [], when: (_f, g, lead) => g === 'scotland' && lead === 'specialist-agency-worker' },
  { roles: ['named-person'], citeRule: 'N-07', reads: [], when: (_f, g, lead) => g === 'scotland' && lead !== 'named-person' },
];

// ---------------------------------------------------------------------------------------------------------
// 5. Duties, checks and next steps (their words and citations are register sections)
// ---------------------------------------------------------------------------------------------------------

/** What the lead professional does (register section `duties`); which apply is decided in `dutiesFor`. */
export const DUTY_IDS = [
  'core-functions',
  'involve-child-and-family',
  'accountable-to-home-agency',
  'supervision-and-support',
  'planned-handover',
  'safeguarding-procedures',
  'notify-serious-incidents',
  'cp-key-worker-tasks',
  'looked-after-care-plan',
  'personal-adviser-functions',
  'childs-plan',
  'childs-plan-tasks',
  'no-delay-interim-help',
  'yot-community-order',
  'yot-custody-standards',
] as const;
export type DutyId = (typeof DUTY_IDS)[number];

/**
 * Next steps once the answer is known (register section `nextSteps`), in the order they are shown. Where a lead
 * professional is needed: agree the lead with the child and family (or, where the role is fixed by statute,
 * explain it), record it in the plan, tell the team and the local contact points, and set a review. Where none
 * is needed: look again if the needs or the number of practitioners change.
 */
export const NEXT_STEP_IDS = ['agree-with-family', 'explain-to-family', 'record-in-plan', 'tell-the-team', 'set-review', 'look-again-if-needs-change'] as const;
export type NextStepId = (typeof NEXT_STEP_IDS)[number];

/** Procedural checks that come before settling the lead (register section `checks`). */
export const CHECK_IDS = ['cross-border-responsible-authority', 'agree-yot-lead-locally', 'use-the-criteria', 'eha-first-review', 'third-sector-needs-sla'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * Every outcome id `recommendLead` can return, including ones the tool never reaches:
 * `young-persons-plan-age` (a Young Person's Plan outside ages 15 to 17) stays so that recommendLead is total
 * for any facts, such as a hand-made link or another caller. The tool itself never reaches it: the flow offers
 * the Young Person's Plan only under Salford at ages 15 to 17 (ITEM_LIMITS in questions.ts, from Salford's
 * thresholds table), and a link with another age has the plan dropped and reported.
 */
export const OUTCOME_IDS = [
  ...new Set<string>([
    ...Object.values(DESIGNATIONS).map((d) => d.outcome),
    ...PAIRS.flatMap((p) => (p.override ? [p.override.outcome] : [])),
    CROSS_BORDER.outcome,
    THIRD_SECTOR.outcome,
  ]),
];


// ---------------------------------------------------------------------------------------------------------
// 6. The decision
// ---------------------------------------------------------------------------------------------------------

const STRENGTH_RANK: Record<Strength, number> = { statutory: 3, expected: 2, 'good-practice': 1, 'local-agreement': 0 };
const strongest = (list: readonly Strength[]): Strength =>
  list.reduce<Strength>((best, s) => (STRENGTH_RANK[s] > STRENGTH_RANK[best] ? s : best), 'local-agreement');

function uniqueCites(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.source}|${c.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const rulesOf = (d: Designation, g: Guidance): readonly RuleId[] => d.by[g] ?? [];
const designation = (id: DesignationId): Designation => DESIGNATIONS[id];

/** The register read for one guidance: each rule's strength, citations and whether the guidance has it. */
class Reader {
  readonly register: Register;
  readonly g: Guidance;
  constructor(register: Register, g: Guidance) {
    this.register = register;
    this.g = g;
  }
  rule(id: RuleId): RuleRecord {
    const r = this.register.rules[id];
    if (!r) throw new Error(`rule "${id}" is not in the register`);
    return r;
  }
  cites(id: RuleId): Citation[] {
    return [...(this.rule(id).cites[this.g] ?? [])];
  }
  /** Whether this guidance states the rule (or it is one of our case-by-case inferences). */
  has(id: RuleId): boolean {
    const r = this.rule(id);
    return (r.cites[this.g]?.length ?? 0) > 0 || r.computed === true;
  }
  /** A reference to a rule as stated (its own strength and citations for this guidance). */
  ref(id: RuleId): RuleRef {
    const r = this.rule(id);
    const out: RuleRef = { id, strength: r.strength!, cites: this.cites(id) };
    if (r.inference) out.inference = { derivedFrom: [...r.inference.derivedFrom] };
    return out;
  }
  /** A reference to one of our computed inferences: cited by the rules it was derived from in this case. */
  computedRef(id: RuleId, strength: Strength, fromCase: readonly RuleId[]): RuleRef {
    const derivedFrom = [...new Set([...(this.rule(id).inference?.derivedFrom ?? []), ...fromCase])];
    const cites = uniqueCites(derivedFrom.flatMap((d) => (this.register.rules[d] ? this.cites(d) : [])));
    return { id, strength, cites, inference: { derivedFrom } };
  }
  /** A designation's strength is its deciding (first) rule's; the rules after it explain or support. */
  strengthOf(id: DesignationId): Strength {
    return this.rule(rulesOf(designation(id), this.g)[0]!).strength!;
  }
  /** A statement of a register section (duties, checks, nextSteps) with its citations for this guidance, or null where this guidance does not make it. */
  statement(section: string, id: string): { id: string; cites: Citation[] } | null {
    const record = this.register.sections[section]?.[id];
    if (!record) throw new Error(`${section} "${id}" is not in the register`);
    const cites = record.cites[this.g] ?? [];
    return cites.length > 0 ? { id, cites: [...cites] } : null;
  }
}

/**
 * The first pair (in PAIRS order) that settles `loser` against the lead: the winner or any designation
 * that names the same lead (so a looked after child still bars the YOT when another status decided first).
 */
function findPair(read: Reader, leaders: readonly DesignationId[], loser: DesignationId): PairDef | undefined {
  return PAIRS.find(
    (p) => read.has(p.rule) && leaders.some((l) => p.winners.includes(l)) && (p.losers === '*' || p.losers.includes(loser)),
  );
}

/** What the designations and pairs decide, before checks and facets. */
interface Decided {
  lead: LeadId;
  strength: Strength;
  outcome: string;
}

/** Collects rules (one entry per id), roles, must-nots and the answers read, in the order they are found. */
class Builder {
  readonly rules: RuleRef[] = [];
  readonly decidedBy = new Set<FactKey>();
  readonly mustNot = new Set<MustNotId>();
  readonly roles = new Map<string, Citation[]>();
  addRule(r: RuleRef): void {
    const same = this.rules.find((x) => x.id === r.id);
    if (!same) {
      this.rules.push(r);
      return;
    }
    // One entry per rule id: merge what a repeated inference was derived from, and its citations.
    if (r.inference) {
      const from = new Set([...(same.inference?.derivedFrom ?? []), ...r.inference.derivedFrom]);
      same.inference = { derivedFrom: [...from] };
      same.cites = uniqueCites([...same.cites, ...r.cites]);
    }
  }
  addRole(role: string, cites: Citation[]): void {
    if (!this.roles.has(role)) this.roles.set(role, cites);
  }
  read(keys: readonly FactKey[]): void {
    for (const k of keys) this.decidedBy.add(k);
  }
}

/** Steps 1 to 3: the designations that apply, the winner, and the pairs that settle every other lead. */
function decide(facts: Facts, read: Reader, b: Builder): Decided {
  const { g } = read;
  const order: readonly DesignationId[] = g === 'scotland' ? PRECEDENCE_SCOTLAND : PRECEDENCE_ENGLAND;
  const applying = order.filter((id) => rulesOf(designation(id), g).length > 0 && designation(id).applies(facts, g));
  // The fallbacks (additional-needs / sc-named-person) and `universal` make this list never empty.
  const winnerId = applying[0] ?? (g === 'scotland' ? 'sc-named-person' : 'universal');
  const winner = designation(winnerId);
  const others = applying.slice(1).filter((id) => !designation(id).fallback);

  let decided: Decided = { lead: winner.lead, outcome: winner.outcome, strength: 'local-agreement' };
  let override: { rule: RuleId; lead: LeadId; outcome: string } | undefined;
  const strengths: Strength[] = [];

  // Deciding rules: the winner, then every other designation naming the same lead.
  const coDeciders = [winnerId, ...others.filter((id) => designation(id).lead === winner.lead)];
  const deciding: RuleRef[] = [];
  for (const id of coDeciders) {
    const d = designation(id);
    for (const r of rulesOf(d, g)) deciding.push(read.ref(r));
    strengths.push(read.strengthOf(id));
    for (const m of d.mustNot ?? []) b.mustNot.add(m);
    b.read(d.reads);
  }

  // Precedence over every designation naming a different lead.
  const precedence: RuleRef[] = [];
  const losers = others.filter((id) => designation(id).lead !== winner.lead);
  for (const loserId of losers) {
    const loser = designation(loserId);
    b.read(loser.reads);
    const pair = findPair(read, coDeciders, loserId);
    const fromCase = [rulesOf(winner, g)[0]!, rulesOf(loser, g)[0]!];
    if (pair) {
      const rule = read.rule(pair.rule);
      if (rule.computed) precedence.push(read.computedRef(pair.rule, read.strengthOf(winnerId), fromCase));
      else {
        precedence.push(read.ref(pair.rule));
        if (!pair.override) strengths.push(rule.strength!);
      }
      for (const m of pair.mustNot ?? []) b.mustNot.add(m);
      if (pair.override) {
        if (!override) override = { rule: pair.rule, ...pair.override };
        // Where the sources leave the choice open, both candidates' own rules are part of the answer.
        for (const r of rulesOf(loser, g)) precedence.push(read.ref(r));
      }
    } else {
      precedence.push(read.computedRef(g === 'scotland' ? 'ORDER-SC' : 'ORDER-EN', read.strengthOf(winnerId), fromCase));
    }
  }

  decided.strength = strongest(strengths);
  if (override) {
    decided = { lead: override.lead, outcome: override.outcome, strength: read.rule(override.rule).strength! };
    b.addRule(precedence.find((r) => r.id === override.rule)!);
  }
  for (const r of deciding) b.addRule(r);
  for (const r of precedence) b.addRule(r);

  // People who still play a part: overridden designations, and the winner when it did not keep the lead.
  for (const id of [winnerId, ...losers]) {
    const d = designation(id);
    if (d.role && (d.lead !== decided.lead || d.lead === 'agreed-locally')) b.addRole(d.role, read.cites(rulesOf(d, g)[0]!));
  }
  return decided;
}

/** Steps 4 and 5: procedural checks (cross-border, third sector), facets, duties and next steps; the flat record. */
function finish(facts: Facts, read: Reader, decided: Decided, b: Builder): Omit<Recommendation, 'otherGuidance'> {
  const { g } = read;
  let { lead, strength, outcome } = decided;
  const checks: CheckId[] = [];
  const decidingRule = b.rules[0]!.id;

  // Cross-border (Salford, PR-16): the responsible authority decides who leads. A role fixed by the child's
  // status (statutory or expected) stays, held in the responsible authority (our inference).
  if (g === 'salford' && yes(facts['cross-border']) && lead !== 'none-needed') {
    checks.push('cross-border-responsible-authority');
    b.read(['cross-border']);
    if (strength === 'statutory' || strength === 'expected') {
      b.addRule(read.computedRef('INF-CROSS-BORDER', strength, [decidingRule]));
    } else {
      b.rules.unshift(read.ref(CROSS_BORDER.rule));
      ({ lead, outcome } = CROSS_BORDER);
      strength = read.rule(CROSS_BORDER.rule).strength!;
    }
  }

  // Scotland, third sector (SC-12): with a service level agreement a third-sector practitioner may lead where
  // the lead is chosen (steps 3-4); statutory cases still need the particular agency (both our inferences).
  if (g === 'scotland' && yes(facts['third-sector-sla'])) {
    if (lead === 'specialist-agency-worker') {
      b.read(['third-sector-sla']);
      b.addRule(read.computedRef('INF-SC-SLA-STATUTORY', strength, [decidingRule]));
    } else if (lead !== 'none-needed') {
      b.read(['third-sector-sla']);
      b.rules.unshift(read.ref(THIRD_SECTOR.rule), read.ref('INF-SC-SLA'));
      ({ lead, outcome } = THIRD_SECTOR);
      strength = read.rule(THIRD_SECTOR.rule).strength!;
    }
  }

  for (const facet of FACETS) {
    if (!facet.when(facts, g, lead)) continue;
    if (facet.rule && read.has(facet.rule)) b.addRule(read.ref(facet.rule));
    const citeRule = facet.citeRule ?? facet.rule;
    if (citeRule) for (const role of facet.roles ?? []) b.addRole(role, read.cites(citeRule));
    b.read(facet.reads);
  }

  // Checks that frame how the lead is agreed.
  if (lead === 'agreed-locally' && inYouthJustice(facts) && g !== 'scotland') checks.push('agree-yot-lead-locally');
  if (lead === 'eha-author') checks.push('eha-first-review');
  if (CHOSEN_LEADS.includes(lead)) checks.push('use-the-criteria');
  if (g === 'scotland' && (lead === 'named-person' || lead === 'specialist-universal-practitioner')) checks.push('third-sector-needs-sla');

  const present = <T>(list: readonly (T | null)[]): T[] => list.filter((x): x is T => x !== null);
  const rules = b.rules.filter((r) => r.cites.length > 0);
  return {
    outcome,
    guidance: g,
    lead,
    strength,
    mustNot: MUST_NOT_IDS.filter((m) => b.mustNot.has(m)),
    decidedBy: FACTS_READ[g].filter((k) => b.decidedBy.has(k) && facts[k] !== undefined),
    rules,
    inference: rules.some((r) => r.inference !== undefined),
    alsoInvolved: [...b.roles]
      .filter(([role]) => role !== lead)
      .map(([role, cites]) => ({ role: lead === 'none-needed' ? (ROLES_WITHOUT_LEAD[role as RoleId] ?? role) : role, cites })),
    duties: present(dutiesFor(facts, g, lead).map((id) => read.statement('duties', id))),
    checks: present([...new Set(checks)].map((id) => read.statement('checks', id))),
    nextSteps: present(nextStepsFor(lead, strength).map((id) => read.statement('nextSteps', id))),
  };
}

/** Leads that are chosen or agreed rather than named by a status: the choosing criteria apply. */
const CHOSEN_LEADS: readonly LeadId[] = [
  'chosen-by-team-with-family',
  'agreed-locally',
  'chosen-with-family-and-social-worker',
  'eha-author',
  'check-responsible-authority',
  'named-person',
  'specialist-universal-practitioner',
  'third-sector-practitioner',
];

/**
 * Roles that can still be involved when no lead professional is needed (an only practitioner who would
 * otherwise be a candidate to lead, or a health lead named for a disabled child in Salford), in the words
 * for that case: their usual words describe working with a lead professional.
 */
export const ROLES_WITHOUT_LEAD: Partial<Record<RoleId, RoleId>> = {
  senco: 'senco-without-lead',
  'connexions-personal-adviser': 'connexions-personal-adviser-without-lead',
  'lead-health-professional': 'lead-health-professional-without-lead',
};

/** What to do next: who agrees the lead (or hears why it is fixed), then record, tell and review. */
function nextStepsFor(lead: LeadId, strength: Strength): NextStepId[] {
  if (lead === 'none-needed') return ['look-again-if-needs-change'];
  // A lead fixed by statute is explained to the child and family rather than agreed with them.
  const family: NextStepId = strength === 'statutory' ? 'explain-to-family' : 'agree-with-family';
  return [family, 'record-in-plan', 'tell-the-team', 'set-review'];
}

function dutiesFor(facts: Facts, g: Guidance, lead: LeadId): DutyId[] {
  if (lead === 'none-needed') return [];
  if (g === 'scotland') {
    const list: DutyId[] = ['childs-plan', 'childs-plan-tasks', 'involve-child-and-family', 'accountable-to-home-agency', 'supervision-and-support', 'planned-handover', 'safeguarding-procedures'];
    if (lead === 'specialist-agency-worker') list.push('no-delay-interim-help');
    return list;
  }
  const list: DutyId[] = ['core-functions', 'involve-child-and-family', 'accountable-to-home-agency', 'supervision-and-support', 'planned-handover'];
  if (g === 'salford') list.push('safeguarding-procedures', 'notify-serious-incidents');
  if (lead === 'social-worker' && yes(facts['child-protection'])) list.push('cp-key-worker-tasks');
  if (lead === 'social-worker' && lookedAfterish(facts)) list.push('looked-after-care-plan');
  if (lead === 'personal-adviser' || (lead === 'social-worker' && facts['care-leaver'] === 'eligible')) list.push('personal-adviser-functions');
  // Youth justice, whoever leads: the order's supervision, or the custody standards (none for preventive work).
  if (facts['youth-justice'] === 'community') list.push('yot-community-order');
  if (facts['youth-justice'] === 'custody') list.push('yot-custody-standards');
  return list;
}

/**
 * Who should be the lead professional, for these answers under this guidance, by the rules in `register`. Total:
 * every combination of answers (missing answers count as "no" or "not applicable") gives a sourced answer.
 */
export function recommendLead(facts: Facts, guidance: Guidance, register: Register): Recommendation {
  const decideAll = (f: Facts, g: Guidance) => {
    const read = new Reader(register, g);
    const b = new Builder();
    return finish(f, read, decide(f, read, b), b);
  };
  const draft = decideAll(facts, guidance);
  const otherGuidance: Recommendation['otherGuidance'] = [];
  if (guidance !== 'scotland') {
    const other: Guidance = guidance === 'england' ? 'salford' : 'england';
    // Compare only where the other guidance reads every answer that decided this one (so a Salford-only
    // Young Person's Plan or cross-border case is not compared with a national answer that cannot see it).
    // The comparison uses only the answers this guidance reads (the ones the user was asked).
    if (draft.decidedBy.every((k) => FACTS_READ[other].includes(k))) {
      const asked = Object.fromEntries(FACTS_READ[guidance].map((k) => [k, facts[k]])) as Facts;
      const o = decideAll(asked, other);
      if (o.lead !== draft.lead || o.strength !== draft.strength) {
        otherGuidance.push({ guidance: other, lead: o.lead, strength: o.strength, outcome: o.outcome, cites: o.rules[0]!.cites });
      }
    }
  }
  return { ...draft, otherGuidance };
}

/**
 * Every register id this file refers to that the register does not hold, and every register entry nothing here
 * can show (empty when they match). The page build and the tests fail on any.
 */
export function registerProblems(register: Register): string[] {
  const problems: string[] = [];
  const used = new Set<RuleId>([
    ...Object.values(DESIGNATIONS).flatMap((d: Designation) => Object.values(d.by).flat()),
    ...PAIRS.map((p) => p.rule),
    ...FACETS.flatMap((f) => [f.rule, f.citeRule].filter((x): x is RuleId => x !== undefined)),
    CROSS_BORDER.rule,
    THIRD_SECTOR.rule,
    'ORDER-EN',
    'ORDER-SC',
    'INF-CROSS-BORDER',
    'INF-SC-SLA',
    'INF-SC-SLA-STATUTORY',
  ]);
  const derived = new Set(Object.values(register.rules).flatMap((r) => r.inference?.derivedFrom ?? []));
  for (const id of used) if (!register.rules[id]) problems.push(`rules.ts uses rule "${id}", which the register does not have`);
  for (const id of Object.keys(register.rules)) if (!used.has(id) && !derived.has(id)) problems.push(`register rule "${id}" is never used`);
  const sections: Record<string, readonly string[]> = { duties: DUTY_IDS, checks: CHECK_IDS, nextSteps: NEXT_STEP_IDS };
  for (const [name, ids] of Object.entries(sections)) {
    const held = Object.keys(register.sections[name] ?? {});
    for (const id of ids) if (!held.includes(id)) problems.push(`${name} "${id}" is not in the register`);
    for (const id of held) if (!ids.includes(id)) problems.push(`register ${name} "${id}" is never used`);
  }
  for (const name of Object.keys(register.sections)) if (!(name in sections)) problems.push(`register section "${name}" is not used`);
  return problems;
}
