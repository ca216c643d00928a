/**
 * Rules for "Who should be the lead professional?": which lead each status names, how several are settled, and
 * what follows from the lead. Plain typed data and small pure functions over the rule register.
 *
 * Every statement lives once, in register.yaml: its strength, the sentence users read, and where each guidance
 * states it. This file refers to register ids and restates none of that. The words of leads, outcomes and statuses
 * are in wording/outcomes.yaml, keyed by the ids below.
 *
 * How a recommendation is made (`recommendLead`):
 *  1. Every DESIGNATION ("this status names this lead, by these rules") that applies to the facts is found.
 *  2. The first one in the guidance's precedence list (PRECEDENCE_ENGLAND, shared by England and Salford, or
 *     PRECEDENCE_SCOTLAND) wins. The list follows each designation's TIER, the order of our principle for rules
 *     that point to different people (wording/rules.mdx): a role set by statutory guidance; a rule the guidance
 *     gives for every case of its kind; a person the guidance names for the status; a choice it leaves open.
 *  3. For every other applying designation that names a different lead, a rule settles the pair: the first PAIRS
 *     entry that covers it (a source's own precedence rule, PR-xx, or one of rules.md's PS-xx), else the step of
 *     the principle the two tiers meet at (`settleByTier`). Where two named people meet, nobody is picked: they
 *     agree who leads. Our inferences name what they were worked out from, in this case and this guidance.
 *  4. FACETS add the rules, roles and bars that refine the answer (the residential key worker, the foster carer,
 *     the YPP roles, the youth justice roles for each kind of involvement…), then the procedural checks
 *     (cross-border, Scottish third sector) run.
 *  5. Duties (what the lead professional does) and next steps (what to do now the lead is known) follow from the
 *     lead, its strength and the facts. Where no lead professional is needed, the roles still involved take their
 *     ROLES_WITHOUT_LEAD form, so nobody is described as working with a lead professional.
 *
 * Strength: an answer carries the strength of the rules that decide it. Where the deciding rule is our inference
 * the answer has no source strength: `inference` is true, and `strength` is `local-agreement`, because the answer
 * then rests on what the people involved agree locally (the page says so and asks them to check it).
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

/** Who does not hold the formal role (register section `mustNot`): shown only where the case brings them in. */
export const MUST_NOT_IDS = [
  'yot-case-manager',
  'connexions-personal-adviser',
  'foster-carer',
  'residential-key-worker',
  'key-professional',
  'ypp-coordinator',
  'third-sector-practitioner',
] as const;
export type MustNotId = (typeof MUST_NOT_IDS)[number];

/**
 * People who still play a part when someone else leads (register section `roles`, with their citations). The
 * `-without-lead` ids are the same people where no lead professional is needed (ROLES_WITHOUT_LEAD).
 */
export const ROLE_IDS = [
  'residential-key-worker',
  'foster-carer',
  'personal-adviser',
  'personal-adviser-eligible',
  'key-professional',
  'ypp-coordinator',
  'lead-health-professional',
  'lead-camhs-worker',
  'camhs-lead',
  'seconded-social-worker-in-yot',
  'yot-case-manager',
  'custody-key-worker',
  'yot-prevention-officer',
  'care-coordinator',
  'disability-key-worker',
  'connexions-personal-adviser',
  'e2e-personal-adviser',
  'senco',
  'eha-author',
  'social-worker',
  'step-down-social-worker',
  'named-person',
  'specialist-agency-worker',
  'specialist-universal-practitioner',
  'senco-without-lead',
  'social-worker-without-lead',
  'connexions-personal-adviser-without-lead',
  'e2e-personal-adviser-without-lead',
  'lead-health-professional-without-lead',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RuleRef {
  id: string;
  /** The source's strength; none for our inferences. */
  strength?: Strength;
  cites: Citation[];
  /** Our inferences only: the rules, stated by this guidance and at work in this case, it was worked out from. */
  inference?: { derivedFrom: string[] };
}

/** Someone who does not hold the formal role, the rule that bars them (its strength is the item's badge) and the citations of the bar. */
export interface Barred {
  id: MustNotId;
  rule: RuleId;
  strength?: Strength;
  cites: Citation[];
}

export interface Recommendation {
  /** Stable outcome id (data-outcome). */
  outcome: string;
  guidance: Guidance;
  /** data-lead */
  lead: LeadId;
  /**
   * data-strength: the deciding rules' strength. Where the deciding rule is our inference (`inference`), the sources
   * give the answer no strength and it carries `local-agreement`: it rests on what the people involved agree.
   */
  strength: Strength;
  /** data-must-not (empty when none) */
  mustNot: MustNotId[];
  /** The same people, each with the rule that bars them and its citations, in the same order. */
  barred: Barred[];
  /** The answers that decided it. */
  decidedBy: FactKey[];
  /** Deciding rule(s) first, then the rules that settle other statuses and refine the answer; each cited. */
  rules: RuleRef[];
  /** True where the deciding rule (the first) is our inference: the page then says the answer is ours. */
  inference: boolean;
  alsoInvolved: { role: string; cites: Citation[] }[];
  /** Where the other English guidance (england vs salford) differs for the same facts; empty for scotland or when they agree. */
  otherGuidance: { guidance: Guidance; lead: LeadId; strength: Strength; inference: boolean; outcome: string; cites: Citation[] }[];
  duties: { id: string; cites: Citation[] }[];
  /** Procedural checks that come first. */
  checks: { id: string; cites: Citation[] }[];
  /** What to do now, in order (agree or explain, record, tell, review); never empty. */
  nextSteps: { id: string; cites: Citation[] }[];
}

/** A register id (rules.md's N-03, PR-01…; ours INF-…). Every id used here is checked against the register (`registerProblems`). */
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
  'stepped-down',
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

/**
 * How firm a designation is against others (the steps of our principle, wording/rules.mdx):
 * - `statutory`: a role set by statutory guidance (step 1);
 * - `every-case`: a rule the guidance gives for every case of its kind (youth justice "in all situations", Salford's
 *   social care lead and step-down) (step 2);
 * - `named`: a person the guidance names for the status ("is", "will usually be", "likely", "recommended") (step 3);
 * - `one-practitioner`: only one practitioner, so no lead professional is needed (national para 2.18);
 * - `open`: a choice the guidance leaves open ("may", "any relevant practitioner", "appoint someone");
 * - `none`: no additional needs, or the defaults when nothing else applies.
 */
export type Tier = 'statutory' | 'every-case' | 'named' | 'one-practitioner' | 'open' | 'none';
export const TIER_ORDER: readonly Tier[] = ['statutory', 'every-case', 'named', 'one-practitioner', 'open', 'none'];

export interface Designation {
  /** Outcome id when this designation decides. */
  outcome: string;
  lead: LeadId;
  tier: Tier;
  /**
   * Rule ids per guidance, deciding rule first (its strength is the designation's); a guidance that is not
   * listed does not use this designation.
   */
  by: Partial<Record<Guidance, readonly RuleId[]>>;
  applies: (f: Facts, g: Guidance) => boolean;
  /** The answers this designation looks at. */
  reads: readonly FactKey[];
  /** Who does not hold the formal role whenever this designation applies (barred by its deciding rule). */
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
/** A child protection plan has ended, or the child has stopped being looked after (step-down). */
const steppedDown = (f: Facts): boolean => f['stepped-down-from'] === 'child-protection' || f['stepped-down-from'] === 'looked-after';
/** Open to children's social care at child in need level (a child in need plan, or alongside the care programme approach). */
const openAtChildInNeed = (f: Facts): boolean => f['child-in-need'] === 'open' || f['mental-health'] === 'cpa-and-social-care';

/** England and Salford: any status that by itself means the child has additional needs. */
function hasStatus(f: Facts, g: Guidance): boolean {
  return (
    yes(f['child-protection']) ||
    yes(f['looked-after']) ||
    yes(f['adoption-plan']) ||
    some(f['care-leaver']) ||
    some(f['child-in-need']) ||
    steppedDown(f) ||
    some(f['youth-justice']) ||
    some(f['mental-health']) ||
    some(f.disability) ||
    some(f.sen) ||
    (g === 'salford' && (yes(f['young-persons-plan']) || yes(f['several-health-professionals'])))
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
    outcome: 'no-lead-needed', lead: 'none-needed', tier: 'none', by: { england: ['N-03'], salford: ['N-04'] },
    applies: (f, g) => !hasNeeds(f, g), reads: ['additional-needs'], rows: ['universal'],
  },
  'one-practitioner': {
    outcome: 'one-practitioner', lead: 'none-needed', tier: 'one-practitioner', by: { england: ['N-03'], salford: ['N-01'] },
    applies: (f, g) => hasNeeds(f, g) && isNumber(f.practitioners) && f.practitioners <= 1, reads: ['practitioners'],
  },
  'cin-assessment': {
    outcome: 'cin-assessment', lead: 'social-worker', tier: 'statutory', by: { england: ['CIN-01'], salford: ['CIN-01', 'CIN-02'] },
    applies: (f) => f['child-in-need'] === 'assessment', reads: ['child-in-need'], role: 'social-worker', rows: ['cin-assessment'],
  },
  'young-persons-plan': {
    outcome: 'young-persons-plan', lead: 'social-worker', tier: 'statutory', by: { salford: ['YPP-02', 'PR-12'] },
    applies: (f) => yes(f['young-persons-plan']) && yppAgeOk(f), reads: ['young-persons-plan', 'age'],
    mustNot: ['key-professional', 'ypp-coordinator'], rows: ['young-persons-plan'],
  },
  // Never reached from the tool (see OUTCOME_IDS): kept so that any facts, however they were made, get an answer.
  'young-persons-plan-age': {
    outcome: 'young-persons-plan-age', lead: 'social-worker', tier: 'statutory', by: { salford: ['YPP-05'] },
    applies: (f) => yes(f['young-persons-plan']) && !yppAgeOk(f), reads: ['young-persons-plan', 'age'],
  },
  'child-protection': {
    outcome: 'cp-plan', lead: 'social-worker', tier: 'statutory', by: { england: ['CP-01'], salford: ['CP-02'] },
    applies: (f) => yes(f['child-protection']), reads: ['child-protection'], rows: ['child-protection'],
  },
  'care-leaver-eligible': {
    outcome: 'care-leaver-eligible', lead: 'social-worker', tier: 'statutory', by: { england: ['L-01', 'CL-02', 'PR-08'], salford: ['L-01', 'CL-02'] },
    applies: (f) => f['care-leaver'] === 'eligible', reads: ['care-leaver'], rows: ['care-leaver-eligible'],
  },
  'looked-after': {
    outcome: 'looked-after', lead: 'social-worker', tier: 'statutory', by: { england: ['L-01'], salford: ['L-01'] },
    applies: (f) => yes(f['looked-after']), reads: ['looked-after'], rows: ['looked-after'],
  },
  adoption: {
    outcome: 'adoption', lead: 'social-worker', tier: 'statutory', by: { england: ['AD-01'], salford: ['AD-01'] },
    applies: (f) => yes(f['adoption-plan']), reads: ['adoption-plan'], rows: ['adoption'],
  },
  // Salford: once children's social care has the case, the social worker leads (004 'How is the Lead Professional
  // identified?', and its disability, child in need and mental health rows).
  'disability-social-worker': {
    outcome: 'disability-social-worker', lead: 'social-worker', tier: 'every-case', by: { salford: ['D-05'] },
    applies: (f) =>
      hasDisability(f) &&
      (f['child-in-need'] === 'assessment' || openAtChildInNeed(f) || yes(f['child-protection']) || lookedAfterish(f)),
    reads: ['disability', 'child-in-need'], rows: ['disability-with-social-worker'],
  },
  'cin-open-salford': {
    outcome: 'cin-open', lead: 'social-worker', tier: 'every-case', by: { salford: ['CIN-06', 'CIN-02'] },
    applies: (f) => openAtChildInNeed(f), reads: ['child-in-need', 'mental-health'], role: 'social-worker', rows: ['cin-open'],
  },
  'camhs-and-social-care': {
    outcome: 'camhs-and-social-care', lead: 'social-worker', tier: 'every-case', by: { salford: ['PR-11'] },
    applies: (f) => f['mental-health'] === 'camhs-and-social-care', reads: ['mental-health'], rows: ['mental-health-camhs-social-care'],
  },
  // Youth justice: one designation per kind of involvement, so the outcome says which. The lead is agreed
  // locally whatever the kind ("in all situations where a YOT is involved"); the kind brings its own roles,
  // rules and duties through FACETS and dutiesFor, and never changes the bars (PAIRS PR-01 to PR-03, YPP-02).
  'youth-justice-prevention': {
    outcome: 'yot-prevention-agreed-locally', lead: 'agreed-locally', tier: 'every-case', by: { england: ['YJ-02'], salford: ['YJ-07'] },
    applies: (f) => f['youth-justice'] === 'prevention', reads: ['youth-justice'],
  },
  'youth-justice-community': {
    outcome: 'yot-agreed-locally', lead: 'agreed-locally', tier: 'every-case', by: { england: ['YJ-02'], salford: ['YJ-07'] },
    applies: (f) => f['youth-justice'] === 'community', reads: ['youth-justice'], rows: ['youth-justice'],
  },
  'youth-justice-custody': {
    outcome: 'yot-custody-agreed-locally', lead: 'agreed-locally', tier: 'every-case', by: { england: ['YJ-02'], salford: ['YJ-07'] },
    applies: (f) => f['youth-justice'] === 'custody', reads: ['youth-justice'],
  },
  // Salford's step-down: the family and the social worker identify the new lead (004 thresholds table 'Level 2').
  'cin-stepping-down-salford': {
    outcome: 'cin-stepping-down', lead: 'chosen-with-family-and-social-worker', tier: 'every-case', by: { salford: ['A-12'] },
    applies: (f) => f['child-in-need'] === 'stepping-down', reads: ['child-in-need'], role: 'step-down-social-worker', rows: ['cin-stepping-down'],
  },
  // A plan or care that has ended (the answer says which): Salford's step-down process, triggered by 004 'Changing the Lead Professional'.
  'cp-ended-salford': {
    outcome: 'cp-plan-ended', lead: 'chosen-with-family-and-social-worker', tier: 'every-case', by: { salford: ['A-12', 'CH-02'] },
    applies: (f) => f['stepped-down-from'] === 'child-protection', reads: ['stepped-down-from'], role: 'step-down-social-worker', rows: ['stepped-down'],
  },
  'lac-ended-salford': {
    outcome: 'no-longer-looked-after', lead: 'chosen-with-family-and-social-worker', tier: 'every-case', by: { salford: ['A-12', 'CH-02'] },
    applies: (f) => f['stepped-down-from'] === 'looked-after', reads: ['stepped-down-from'], role: 'step-down-social-worker',
  },
  // Roles named for a status (CL-04, MH-01, D-01/D-07, MH-03).
  'care-leaver-relevant': {
    outcome: 'care-leaver-relevant', lead: 'personal-adviser', tier: 'named', by: { england: ['CL-04'], salford: ['CL-04'] },
    applies: (f) => f['care-leaver'] === 'relevant', reads: ['care-leaver'], role: 'personal-adviser', rows: ['care-leaver-relevant'],
  },
  cpa: {
    outcome: 'cpa-care-coordinator', lead: 'care-coordinator', tier: 'named', by: { england: ['MH-01'], salford: ['MH-01'] },
    applies: (f) => f['mental-health'] === 'cpa' || f['mental-health'] === 'cpa-and-social-care', reads: ['mental-health'], role: 'care-coordinator',
    rows: ['mental-health-cpa'],
  },
  'key-worker': {
    outcome: 'disability-key-worker', lead: 'key-worker', tier: 'named', by: { england: ['D-01'], salford: ['D-07'] },
    applies: (f) => f.disability === 'key-worker', reads: ['disability'], role: 'disability-key-worker', rows: ['disability-key-worker'],
  },
  'camhs-only': {
    outcome: 'camhs-only', lead: 'camhs-worker', tier: 'named', by: { salford: ['MH-03'] },
    applies: (f) => f['mental-health'] === 'camhs-only', reads: ['mental-health'], role: 'camhs-lead', rows: ['mental-health-camhs-only'],
  },
  // Roles named at the additional-needs level (A-10, SEN-03/04, P-03).
  'eha-author': {
    outcome: 'eha-author-until-review', lead: 'eha-author', tier: 'named', by: { salford: ['A-10'] },
    applies: (f, g) => f.assessment === 'completed' && hasNeeds(f, g), reads: ['assessment'], role: 'eha-author', rows: ['early-help'],
  },
  'year-9-england': {
    outcome: 'year-9-personal-adviser', lead: 'connexions-personal-adviser', tier: 'named', by: { england: ['SEN-03'] },
    applies: (f) => yearNineWithPlan(f), reads: ['sen', 'year-group'], role: 'connexions-personal-adviser', rows: ['sen-year-9'],
  },
  'year-9-salford': {
    outcome: 'year-9-education-setting', lead: 'senco', tier: 'named', by: { salford: ['SEN-04'] },
    applies: (f) => yearNineWithPlan(f), reads: ['sen', 'year-group'], role: 'senco', rows: ['sen-year-9'],
  },
  e2e: {
    outcome: 'e2e-personal-adviser', lead: 'connexions-personal-adviser', tier: 'named', by: { england: ['P-03'] },
    applies: (f, g) => f['post-16'] === 'e2e' && hasNeeds(f, g), reads: ['post-16'], role: 'e2e-personal-adviser',
  },
  // Choices the guidance leaves open.
  'cin-open-england': {
    outcome: 'cin-open', lead: 'social-worker', tier: 'open', by: { england: ['CIN-05'] },
    applies: (f) => openAtChildInNeed(f), reads: ['child-in-need', 'mental-health'], role: 'social-worker', rows: ['cin-open'],
  },
  sen: {
    outcome: 'sen-senco', lead: 'senco', tier: 'open', by: { england: ['SEN-01'], salford: ['SEN-01'] },
    applies: (f) => hasSen(f) && !yearNineWithPlan(f) && !yes(f['needs-beyond-school']),
    reads: ['sen', 'needs-beyond-school'], role: 'senco', rows: ['sen'],
  },
  'sen-beyond-school': {
    outcome: 'sen-beyond-school', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['PR-14'], salford: ['PR-14'] },
    applies: (f) => hasSen(f) && !yearNineWithPlan(f) && yes(f['needs-beyond-school']),
    reads: ['sen', 'needs-beyond-school'], rows: ['sen-beyond-school'],
  },
  'disability-no-key-worker': {
    outcome: 'disability-no-key-worker', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['D-03'], salford: ['D-08'] },
    applies: (f) => f.disability === 'no-key-worker', reads: ['disability'], rows: ['disability-no-key-worker'],
  },
  'mental-health-no-cpa': {
    outcome: 'mental-health-no-cpa', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['MH-02'], salford: ['MH-02'] },
    applies: (f, g) =>
      g === 'salford'
        ? f['mental-health'] === 'other'
        : f['mental-health'] === 'other' || f['mental-health'] === 'camhs-only' || f['mental-health'] === 'camhs-and-social-care',
    reads: ['mental-health'], rows: ['mental-health-no-cpa', 'mental-health-camhs-only', 'mental-health-camhs-social-care'],
  },
  'further-education': {
    outcome: 'further-education', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['P-02'] },
    applies: (f, g) => f['post-16'] === 'further-education' && hasNeeds(f, g), reads: ['post-16'],
  },
  'cin-assessed': {
    outcome: 'cin-assessed', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['CIN-04'], salford: ['CIN-04'] },
    applies: (f) => f['child-in-need'] === 'assessed', reads: ['child-in-need'], rows: ['cin-assessed'],
  },
  'cin-stepping-down-england': {
    outcome: 'cin-stepping-down', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['PR-17'] },
    applies: (f) => f['child-in-need'] === 'stepping-down', reads: ['child-in-need'], rows: ['cin-stepping-down'],
  },
  // A plan or care that has ended: no statutory guidance says who leads; choose as for additional needs (PR-17, 003 para 4.7).
  'cp-ended-england': {
    outcome: 'cp-plan-ended', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['PR-17'] },
    applies: (f) => f['stepped-down-from'] === 'child-protection', reads: ['stepped-down-from'], rows: ['stepped-down'],
  },
  'lac-ended-england': {
    outcome: 'no-longer-looked-after', lead: 'chosen-by-team-with-family', tier: 'open', by: { england: ['PR-17'] },
    applies: (f) => f['stepped-down-from'] === 'looked-after', reads: ['stepped-down-from'],
  },
  // Defaults: chosen by the team with the family.
  'additional-needs-reviewed': {
    outcome: 'additional-needs', lead: 'chosen-by-team-with-family', tier: 'none', by: { salford: ['A-11'] },
    applies: (f, g) => f.assessment === 'reviewed' && hasNeeds(f, g), reads: ['additional-needs', 'assessment'],
    rows: ['early-help-review'], fallback: true,
  },
  'additional-needs': {
    outcome: 'additional-needs', lead: 'chosen-by-team-with-family', tier: 'none', by: { england: ['A-03', 'A-05'], salford: ['A-13'] },
    applies: (f, g) => hasNeeds(f, g), reads: ['additional-needs'], rows: ['early-help', 'early-help-review'], fallback: true,
  },

  // ---- Scotland ----
  'sc-looked-after': {
    outcome: 'scotland-specialist-agency', lead: 'specialist-agency-worker', tier: 'statutory', by: { scotland: ['L-08'] },
    applies: (f) => yes(f['looked-after']), reads: ['looked-after'],
  },
  'sc-compulsory-measures': {
    outcome: 'scotland-specialist-agency', lead: 'specialist-agency-worker', tier: 'statutory', by: { scotland: ['SC-04a'] },
    applies: (f) => yes(f['compulsory-measures']), reads: ['compulsory-measures'],
  },
  // The briefing fixes "a particular agency" for an ASBO, but not which; the specialist agency is ours (INF-SC-ASBO).
  'sc-asbo': {
    outcome: 'scotland-asbo', lead: 'specialist-agency-worker', tier: 'statutory', by: { scotland: ['INF-SC-ASBO', 'SC-05'] },
    applies: (f) => yes(f.asbo), reads: ['asbo'],
  },
  // The register is a category where procedures keep the child safe; reading it as a safety case is ours (INF-SC-CP).
  'sc-child-protection': {
    outcome: 'scotland-child-protection', lead: 'specialist-agency-worker', tier: 'statutory', by: { scotland: ['INF-SC-CP', 'SC-06'] },
    applies: (f) => yes(f['child-protection']), reads: ['child-protection'],
  },
  'sc-csp': {
    outcome: 'scotland-csp', lead: 'specialist-universal-practitioner', tier: 'named', by: { scotland: ['PS-10', 'SC-03', 'SC-05'] },
    applies: (f) => yes(f['co-ordinated-support-plan']), reads: ['co-ordinated-support-plan'],
  },
  'sc-fewer-than-two-agencies': {
    outcome: 'scotland-no-lead', lead: 'none-needed', tier: 'one-practitioner', by: { scotland: ['U-02', 'N-08', 'N-07'] },
    applies: (f) => (isNumber(f.agencies) ? f.agencies < 2 : !scotAny(f)), reads: ['agencies'],
  },
  'sc-complex-health': {
    outcome: 'scotland-specialist-universal', lead: 'specialist-universal-practitioner', tier: 'open', by: { scotland: ['SC-03'] },
    applies: (f) => yes(f['complex-health']), reads: ['complex-health'],
  },
  'sc-named-person': {
    outcome: 'scotland-named-person', lead: 'named-person', tier: 'none', by: { scotland: ['SC-01'] },
    applies: () => true, reads: ['agencies'], fallback: true,
  },
} as const satisfies Record<string, Designation>;
export type DesignationId = keyof typeof DESIGNATIONS;

// ---------------------------------------------------------------------------------------------------------
// 2. Precedence: the ONE ordered list per jurisdiction, following the tiers. The first designation that applies
//    decides; the others are settled against it pair by pair (section 3).
// ---------------------------------------------------------------------------------------------------------

export const PRECEDENCE_ENGLAND = [
  // No additional needs: no lead professional (N-03, N-04).
  'universal',
  // Step 1. Roles set by statutory guidance (CIN-01, YPP-02, CP-01/02, L-01, AD-01).
  'cin-assessment',
  'young-persons-plan',
  'child-protection',
  'care-leaver-eligible',
  'looked-after',
  'adoption',
  // Our inference for a Young Person's Plan outside its ages (never reached from the tool), after every sourced role.
  'young-persons-plan-age',
  // Step 2. Rules for every case of a kind: Salford's social care lead (D-05, CIN-06, PR-11), youth justice
  // "in all situations" (YJ-02, YJ-07), Salford's step-down.
  'disability-social-worker',
  'cin-open-salford',
  'camhs-and-social-care',
  'youth-justice-prevention',
  'youth-justice-community',
  'youth-justice-custody',
  'cin-stepping-down-salford',
  'cp-ended-salford',
  'lac-ended-salford',
  // Step 3. Roles named for a status with complex needs (CL-04, MH-01, D-01/D-07, MH-03).
  'care-leaver-relevant',
  'cpa',
  'key-worker',
  'camhs-only',
  // Only one practitioner involved: no lead professional (N-03, N-01), unless a role above is named.
  'one-practitioner',
  // Step 3. Roles named at the additional-needs level (A-10, SEN-03/04, P-03).
  'eha-author',
  'year-9-england',
  'year-9-salford',
  'e2e',
  // Choices the guidance leaves open (CIN-05, SEN-01, PR-14, D-03/08, MH-02, P-02, CIN-04, PR-17).
  'cin-open-england',
  'sen',
  'sen-beyond-school',
  'disability-no-key-worker',
  'mental-health-no-cpa',
  'further-education',
  'cin-assessed',
  'cin-stepping-down-england',
  'cp-ended-england',
  'lac-ended-england',
  // Defaults: chosen by the team with the family.
  'additional-needs-reviewed',
  'additional-needs',
] as const satisfies readonly DesignationId[];

export const PRECEDENCE_SCOTLAND = [
  // Statutory or safety cases: a worker from a specialist agency (L-08, SC-04a; ours for an ASBO and the register).
  'sc-looked-after',
  'sc-compulsory-measures',
  'sc-asbo',
  'sc-child-protection',
  // Co-ordinated Support Plan (PS-10: statutory agency, ambiguous practitioner).
  'sc-csp',
  // Fewer than two agencies: the Named Person is the contact (U-02, N-08).
  'sc-fewer-than-two-agencies',
  // Complex health needs met mainly by universal services (SC-03).
  'sc-complex-health',
  // Otherwise the Named Person becomes the lead professional (SC-01).
  'sc-named-person',
] as const satisfies readonly DesignationId[];

// ---------------------------------------------------------------------------------------------------------
// 3. Pairs: which rule settles "winner leads over loser". Looked up in order; the first that matches wins; where
//    none does, `settleByTier` applies the principle. `losers: '*'` matches any loser. `override` replaces the
//    winner's lead (nobody is picked: they agree, or choose with the family).
// ---------------------------------------------------------------------------------------------------------

export interface PairDef {
  rule: RuleId;
  winners: readonly DesignationId[];
  losers: readonly DesignationId[] | '*';
  mustNot?: readonly MustNotId[];
  override?: { lead: LeadId; outcome: string };
  /** People named as candidates when the pair is settled by agreement. */
  roles?: readonly RoleId[];
  /** Rows of the who-leads table this pair fills (lead: the override, else the first winner's). */
  rows?: readonly StatusId[];
}

const SOCIAL_WORK_STATUTORY = ['looked-after', 'care-leaver-eligible', 'child-protection'] as const;
/** Every kind of youth justice involvement (the first names the lead in the who-leads table). */
const YOUTH_JUSTICE = ['youth-justice-prevention', 'youth-justice-community', 'youth-justice-custody'] as const;
const SALFORD_SOCIAL_CARE = ['disability-social-worker', 'cin-open-salford', 'camhs-and-social-care'] as const;
const STEP_DOWN_SALFORD = ['cin-stepping-down-salford', 'cp-ended-salford', 'lac-ended-salford'] as const;
/** The choices the guidance leaves open (tier `open`). */
const OPEN = [
  'cin-open-england',
  'sen',
  'sen-beyond-school',
  'disability-no-key-worker',
  'mental-health-no-cpa',
  'further-education',
  'cin-assessed',
  'cin-stepping-down-england',
  'cp-ended-england',
  'lac-ended-england',
] as const;
/** What "only one practitioner" settles (N-03, N-01): roles named at the additional-needs level and open choices. */
const BELOW_ONE_PRACTITIONER = ['eha-author', 'year-9-england', 'year-9-salford', 'e2e', ...OPEN] as const;
const AGREE_NAMED = { lead: 'agreed-locally', outcome: 'agree-between-named-roles' } as const;

export const PAIRS: readonly PairDef[] = [
  // Youth justice against looked after, a child protection plan, a Young Person's Plan or a child in need plan (PR-01 to PR-04, YPP-02)
  { rule: 'PR-01', winners: ['looked-after', 'care-leaver-eligible'], losers: YOUTH_JUSTICE, mustNot: ['yot-case-manager'], rows: ['youth-justice-looked-after'] },
  { rule: 'PR-02', winners: ['child-protection'], losers: YOUTH_JUSTICE, mustNot: ['yot-case-manager'], rows: ['youth-justice-child-protection'] },
  { rule: 'YPP-02', winners: ['young-persons-plan'], losers: YOUTH_JUSTICE, mustNot: ['yot-case-manager'] },
  { rule: 'PR-03', winners: ['cin-open-salford'], losers: YOUTH_JUSTICE, mustNot: ['yot-case-manager'], rows: ['youth-justice-cin-plan'] },
  { rule: 'PR-04', winners: YOUTH_JUSTICE, losers: ['cin-open-england', 'cin-assessed'], rows: ['youth-justice-cin-plan'] },
  // Entry to Employment (PR-05)
  { rule: 'PR-05', winners: SOCIAL_WORK_STATUTORY, losers: ['e2e'], mustNot: ['connexions-personal-adviser'] },
  // Disability key worker against an allocated social worker (PR-09 Salford; PS-01 and PS-02 national)
  { rule: 'PR-09', winners: ['cin-assessment', ...SALFORD_SOCIAL_CARE, ...SOCIAL_WORK_STATUTORY], losers: ['key-worker'] },
  { rule: 'PS-01', winners: SOCIAL_WORK_STATUTORY, losers: ['key-worker'] },
  { rule: 'PS-02', winners: ['key-worker'], losers: ['cin-open-england', 'cin-assessed'] },
  // Salford: the early help route for a disabled child applies only without an allocated social worker or a key worker (D-05, D-08)
  { rule: 'D-05', winners: ['cin-assessment', ...SALFORD_SOCIAL_CARE, ...SOCIAL_WORK_STATUTORY], losers: ['disability-no-key-worker'] },
  { rule: 'D-08', winners: ['key-worker'], losers: ['eha-author'] },
  // Child in need after assessment against looked after or child protection (PR-13)
  { rule: 'PR-13', winners: SOCIAL_WORK_STATUTORY, losers: ['cin-assessed', 'cin-stepping-down-england', 'cin-stepping-down-salford'] },
  // Mental health (PS-03, PS-04, PS-05)
  { rule: 'PS-03', winners: SOCIAL_WORK_STATUTORY, losers: ['cpa'] },
  { rule: 'PS-04', winners: ['cpa'], losers: ['sen', 'sen-beyond-school'] },
  { rule: 'PS-05', winners: ['cpa', 'key-worker'], losers: ['year-9-england', 'year-9-salford'], override: { lead: 'agreed-locally', outcome: 'agree-year-9-transition' } },
  // Salford: a case open at child in need level keeps its social worker after a plan ends (CIN-06); otherwise the
  // social care lead stands over other roles while the case is open to children's social care (our reading).
  { rule: 'CIN-06', winners: ['cin-open-salford'], losers: ['cp-ended-salford', 'lac-ended-salford'] },
  { rule: 'INF-SALFORD-SOCIAL-CARE', winners: SALFORD_SOCIAL_CARE, losers: '*' },
  // Youth justice against named roles (PS-06, PS-07, PS-08), then every other status (YJ-02, YJ-07)
  { rule: 'PS-06', winners: YOUTH_JUSTICE, losers: ['cpa'] },
  { rule: 'PS-07', winners: YOUTH_JUSTICE, losers: ['key-worker'] },
  { rule: 'PS-08', winners: YOUTH_JUSTICE, losers: ['care-leaver-relevant'] },
  { rule: 'YJ-02', winners: YOUTH_JUSTICE, losers: '*' },
  { rule: 'YJ-07', winners: YOUTH_JUSTICE, losers: '*' },
  // Adoption over any other status (PS-09)
  { rule: 'PS-09', winners: ['adoption'], losers: '*' },
  // Salford's step-down: the family and the social worker identify the next lead, whoever else is involved
  { rule: 'A-12', winners: STEP_DOWN_SALFORD, losers: '*' },
  // Only one practitioner (N-03 national, N-01 Salford)
  { rule: 'N-03', winners: ['one-practitioner'], losers: BELOW_ONE_PRACTITIONER },
  { rule: 'N-01', winners: ['one-practitioner'], losers: BELOW_ONE_PRACTITIONER },
  // Only choices the guidance leaves open: its own choosing process (PS-11)
  { rule: 'PS-11', winners: OPEN, losers: OPEN, override: { lead: 'chosen-by-team-with-family', outcome: 'several-candidates' } },
  // Scotland
  { rule: 'PR-15', winners: ['sc-looked-after', 'sc-compulsory-measures', 'sc-child-protection'], losers: ['sc-csp', 'sc-complex-health'] },
  { rule: 'INF-NAMED-OVER-OPEN', winners: ['sc-asbo'], losers: ['sc-complex-health'] },
  { rule: 'INF-AGREE-NAMED', winners: ['sc-asbo'], losers: ['sc-csp'], override: AGREE_NAMED, roles: ['specialist-agency-worker', 'specialist-universal-practitioner'] },
  { rule: 'N-08', winners: ['sc-fewer-than-two-agencies'], losers: ['sc-complex-health'] },
  {
    rule: 'INF-SC-AGENCIES',
    winners: ['sc-looked-after', 'sc-asbo', 'sc-compulsory-measures', 'sc-child-protection', 'sc-csp'],
    losers: ['sc-fewer-than-two-agencies'],
  },
];

/**
 * Where no pair covers two designations (England and Salford), the step of the principle their tiers meet at:
 * a statutory role first; a named person over a choice left open; two named people agree; a named role stands
 * when it is the only practitioner. Null where the tiers say nothing (a PAIRS entry must cover it).
 */
export function settleByTier(winner: Tier, loser: Tier): { rule: RuleId; override?: { lead: LeadId; outcome: string } } | null {
  if (winner === 'statutory') return { rule: 'INF-STATUTORY-FIRST' };
  if (winner === 'named' && loser === 'open') return { rule: 'INF-NAMED-OVER-OPEN' };
  if (winner === 'named' && loser === 'named') return { rule: 'INF-AGREE-NAMED', override: AGREE_NAMED };
  if (winner === 'named' && loser === 'one-practitioner') return { rule: 'INF-NAMED-ROLE-STANDS' };
  return null;
}

/** Cross-border cases (Salford): a procedural check before everything else (PR-16). */
export const CROSS_BORDER = {
  rule: 'PR-16',
  lead: 'check-responsible-authority',
  outcome: 'cross-border-check',
  rows: ['cross-border'],
} as const satisfies { rule: RuleId; lead: LeadId; outcome: string; rows: readonly StatusId[] };

/** Scotland: a third-sector practitioner whose service level agreement provides for the role (SC-12, and our INF-SC-SLA). */
export const THIRD_SECTOR = { rule: 'SC-12', inference: 'INF-SC-SLA', lead: 'third-sector-practitioner', outcome: 'scotland-third-sector' } as const;

// ---------------------------------------------------------------------------------------------------------
// 4. Facets: rules, roles and bars that refine a decided answer
// ---------------------------------------------------------------------------------------------------------

export interface Facet {
  /** A rule to list after the deciding rules (and the rule that bars its `mustNot`). */
  rule?: RuleId;
  /** People who still play a part (their words and citations are the register's `roles`). */
  roles?: readonly RoleId[];
  /** Who does not hold the formal role in this case, barred by `rule`. */
  mustNot?: readonly MustNotId[];
  when: (f: Facts, g: Guidance, lead: LeadId) => boolean;
  reads: readonly FactKey[];
}

export const FACETS: readonly Facet[] = [
  // Where a looked after child lives decides which carer is named as not the lead (PR-06 residential, PR-07 foster).
  {
    rule: 'PR-06', roles: ['residential-key-worker'], mustNot: ['residential-key-worker'], reads: ['placement'],
    when: (f, g, lead) => g !== 'scotland' && lead === 'social-worker' && lookedAfterish(f) && f.placement === 'residential',
  },
  {
    rule: 'PR-07', roles: ['foster-carer'], mustNot: ['foster-carer'], reads: ['placement'],
    when: (f, g, lead) => g !== 'scotland' && lead === 'social-worker' && lookedAfterish(f) && f.placement === 'foster',
  },
  { roles: ['personal-adviser-eligible'], reads: ['care-leaver'], when: (f, g, lead) => g !== 'scotland' && lead === 'social-worker' && f['care-leaver'] === 'eligible' },
  { roles: ['key-professional', 'ypp-coordinator'], reads: ['young-persons-plan'], when: (f, g) => g === 'salford' && yes(f['young-persons-plan']) && yppAgeOk(f) },
  { rule: 'PR-10', roles: ['lead-health-professional'], reads: ['several-health-professionals'], when: (f, g) => g === 'salford' && yes(f['several-health-professionals']) },
  { roles: ['lead-camhs-worker'], reads: ['mental-health'], when: (f, g, lead) => g === 'salford' && lead === 'social-worker' && f['mental-health'] === 'camhs-and-social-care' },
  { roles: ['seconded-social-worker-in-yot'], reads: ['youth-justice'], when: (f, g, lead) => g === 'england' && lead === 'social-worker' && lookedAfterish(f) && inYouthJustice(f) },
  // Youth justice, by kind, whoever leads. Preventive work: a YOT prevention officer (YJ-10). An order or sentence:
  // the supervising officer (YJS case manager) (YJ-01, YJ-05). Custody: also the key worker or personal officer in
  // the establishment.
  { rule: 'YJ-10', roles: ['yot-prevention-officer'], reads: ['youth-justice'], when: (f, g) => g !== 'scotland' && f['youth-justice'] === 'prevention' },
  { rule: 'YJ-01', roles: ['yot-case-manager'], reads: ['youth-justice'], when: (f, g) => g === 'england' && supervised(f) },
  { rule: 'YJ-05', roles: ['yot-case-manager'], reads: ['youth-justice'], when: (f, g) => g === 'salford' && supervised(f) },
  { roles: ['custody-key-worker'], reads: ['youth-justice'], when: (f, g) => g !== 'scotland' && f['youth-justice'] === 'custody' },
  { rule: 'PR-15', reads: [], when: (_f, g, lead) => g === 'scotland' && lead === 'specialist-agency-worker' },
  { roles: ['named-person'], reads: [], when: (_f, g, lead) => g === 'scotland' && lead !== 'named-person' },
  // Scotland: a third-sector practitioner whose agreement does not provide for the role does not hold it (SC-12).
  {
    rule: 'SC-12', mustNot: ['third-sector-practitioner'], reads: ['third-sector-sla'],
    when: (f, g, lead) => g === 'scotland' && f['third-sector-sla'] === 'no-agreement' && lead !== 'none-needed',
  },
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
 * explain it), record the plan, tell the team, and set a review. Where none is needed: look again if the needs or
 * the number of practitioners change.
 */
export const NEXT_STEP_IDS = ['agree-with-family', 'explain-to-family', 'record-in-plan', 'tell-the-team', 'set-review', 'look-again-if-needs-change'] as const;
export type NextStepId = (typeof NEXT_STEP_IDS)[number];

/** Procedural checks that come before settling the lead (register section `checks`). */
export const CHECK_IDS = [
  'cross-border-responsible-authority',
  'agree-yot-lead-locally',
  'use-the-criteria',
  'eha-first-review',
  'third-sector-needs-sla',
  'reassess-on-step-down',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * Every outcome id `recommendLead` can return, including ones the tool never reaches:
 * `young-persons-plan-age` (a Young Person's Plan outside ages 15 to 17) stays so that recommendLead is total
 * for any facts, such as a hand-made link or another caller. The tool itself never reaches it: the flow offers
 * the Young Person's Plan only under Salford at ages 15 to 17 (ITEM_LIMITS in flow.ts, from Salford's
 * thresholds table), and a link with another age has the plan dropped and reported.
 */
export const OUTCOME_IDS = [
  ...new Set<string>([
    ...Object.values(DESIGNATIONS).map((d) => d.outcome),
    ...PAIRS.flatMap((p) => (p.override ? [p.override.outcome] : [])),
    AGREE_NAMED.outcome,
    CROSS_BORDER.outcome,
    THIRD_SECTOR.outcome,
  ]),
];

// ---------------------------------------------------------------------------------------------------------
// 6. The decision
// ---------------------------------------------------------------------------------------------------------

const STRENGTH_RANK: Record<Strength, number> = { statutory: 3, expected: 2, 'good-practice': 1, 'local-agreement': 0 };
const strongest = (list: readonly (Strength | undefined)[]): Strength =>
  list.reduce<Strength>((best, s) => (s && STRENGTH_RANK[s] > STRENGTH_RANK[best] ? s : best), 'local-agreement');
/** What an answer decided by our inference carries (see the file's comment): it rests on local agreement. */
export const INFERENCE_STRENGTH: Strength = 'local-agreement';

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
/** The choosing criteria of each guidance: an inference may always say it was worked out from them. */
const CRITERIA: readonly RuleId[] = ['CR-02', 'CR-04', 'SC-07'];

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
  /**
   * What an inference was worked out from, here: the rules it names that this guidance states and, when `inCase`
   * is given, that are at work in this case (or are the guidance's choosing criteria).
   */
  derived(id: RuleId, inCase?: ReadonlySet<RuleId>): string[] {
    return (this.rule(id).inference?.derivedFrom ?? []).filter(
      (d) => (this.register.rules[d]?.cites[this.g]?.length ?? 0) > 0 && (!inCase || inCase.has(d) || CRITERIA.includes(d)),
    );
  }
  /** A reference to a rule as stated (its own strength and citations for this guidance). */
  ref(id: RuleId, inCase?: ReadonlySet<RuleId>): RuleRef {
    const r = this.rule(id);
    const out: RuleRef = { id, cites: this.cites(id) };
    if (r.strength && !r.inference) out.strength = r.strength;
    if (r.inference) out.inference = { derivedFrom: this.derived(id, inCase) };
    return out;
  }
  /** A reference to one of our computed inferences: cited by the rules it was worked out from in this case. */
  computedRef(id: RuleId, fromCase: readonly RuleId[]): RuleRef {
    const inCase = new Set(fromCase);
    const derivedFrom = [...new Set([...this.derived(id, inCase), ...fromCase.filter((d) => this.cites(d).length > 0)])];
    const cites = uniqueCites(derivedFrom.flatMap((d) => this.cites(d)));
    return { id, cites, inference: { derivedFrom } };
  }
  /** A pair's rule as it applies to these two designations. */
  pairRef(id: RuleId, winner: Designation, loser: Designation): RuleRef {
    const inCase = [...rulesOf(winner, this.g), ...rulesOf(loser, this.g)];
    return this.rule(id).computed ? this.computedRef(id, [rulesOf(winner, this.g)[0]!, rulesOf(loser, this.g)[0]!]) : this.ref(id, new Set(inCase));
  }
  /** A designation's strength is its deciding (first) rule's; none where that rule is our inference. */
  strengthOf(id: DesignationId): Strength | undefined {
    return this.ref(rulesOf(designation(id), this.g)[0]!).strength;
  }
  /** A statement of a register section (duties, checks, nextSteps, roles, mustNot) with its citations for this guidance, or null where this guidance does not make it. */
  statement(section: string, id: string): { id: string; cites: Citation[] } | null {
    const record = this.register.sections[section]?.[id];
    if (!record) throw new Error(`${section} "${id}" is not in the register`);
    const cites = record.cites[this.g] ?? [];
    return cites.length > 0 ? { id, cites: [...cites] } : null;
  }
}

/**
 * How `loser` is settled against the lead: the first pair (in PAIRS order) that covers it, with the winner or any
 * designation that names the same lead (so a looked after child still bars the YOT when another status decided
 * first); else the step of the principle the tiers meet at.
 */
function settle(read: Reader, winnerId: DesignationId, leaders: readonly DesignationId[], loserId: DesignationId): PairDef {
  // A designation that shares the lead can bring its bars (PR-01 through a looked after child), but only the one that
  // decided can hand the lead over to an agreement.
  const pair = PAIRS.find(
    (p) =>
      read.has(p.rule) &&
      (p.winners.includes(winnerId) || (!p.override && leaders.some((l) => p.winners.includes(l)))) &&
      (p.losers === '*' || p.losers.includes(loserId)),
  );
  if (pair) return pair;
  const step = read.g === 'scotland' ? null : settleByTier(designation(winnerId).tier, designation(loserId).tier);
  if (!step) throw new Error(`who-should-lead: no rule settles "${winnerId}" against "${loserId}" under ${read.g}`);
  return { ...step, winners: [winnerId], losers: [loserId] };
}

/** What the designations and pairs decide, before checks and facets. */
interface Decided {
  lead: LeadId;
  strength: Strength;
  outcome: string;
}

/** Collects rules (one entry per id), roles, bars and the answers read, in the order they are found. */
class Builder {
  readonly rules: RuleRef[] = [];
  readonly decidedBy = new Set<FactKey>();
  /** Who does not hold the formal role, and the rule that bars them (the first found). */
  readonly barred = new Map<MustNotId, RuleId>();
  readonly roles = new Set<RoleId>();
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
  bar(ids: readonly MustNotId[] | undefined, rule: RuleId): void {
    for (const m of ids ?? []) if (!this.barred.has(m)) this.barred.set(m, rule);
  }
  read(keys: readonly FactKey[]): void {
    for (const k of keys) this.decidedBy.add(k);
  }
}

/** Steps 1 to 3: the designations that apply, the winner, and the rule that settles every other lead. */
function decide(facts: Facts, read: Reader, b: Builder): Decided {
  const { g } = read;
  const order: readonly DesignationId[] = g === 'scotland' ? PRECEDENCE_SCOTLAND : PRECEDENCE_ENGLAND;
  const applying = order.filter((id) => rulesOf(designation(id), g).length > 0 && designation(id).applies(facts, g));
  // The fallbacks (additional-needs / sc-named-person) and `universal` make this list never empty.
  const winnerId = applying[0] ?? (g === 'scotland' ? 'sc-named-person' : 'universal');
  const winner = designation(winnerId);
  const others = applying.slice(1).filter((id) => !designation(id).fallback);

  let decided: Decided = { lead: winner.lead, outcome: winner.outcome, strength: INFERENCE_STRENGTH };
  let override: { pair: PairDef; ref: RuleRef } | undefined;
  const strengths: (Strength | undefined)[] = [];

  // Deciding rules: the winner, then every other designation naming the same lead.
  const coDeciders = [winnerId, ...others.filter((id) => designation(id).lead === winner.lead)];
  const deciding: RuleRef[] = [];
  for (const id of coDeciders) {
    const d = designation(id);
    for (const r of rulesOf(d, g)) deciding.push(read.ref(r));
    strengths.push(read.strengthOf(id));
    b.bar(d.mustNot, rulesOf(d, g)[0]!);
    b.read(d.reads);
  }

  // The rule that settles every designation naming a different lead.
  const settling: RuleRef[] = [];
  const losers = others.filter((id) => designation(id).lead !== winner.lead);
  for (const loserId of losers) {
    const loser = designation(loserId);
    b.read(loser.reads);
    const pair = settle(read, winnerId, coDeciders, loserId);
    const ref = read.pairRef(pair.rule, winner, loser);
    settling.push(ref);
    b.bar(pair.mustNot, pair.rule);
    if (pair.override) {
      if (!override) override = { pair, ref };
      for (const role of pair.roles ?? []) b.roles.add(role);
      // Where nobody is picked, both candidates' own rules are part of the answer.
      for (const r of rulesOf(loser, g)) settling.push(read.ref(r));
    } else strengths.push(ref.strength);
  }

  decided.strength = deciding[0]!.inference ? INFERENCE_STRENGTH : strongest(strengths);
  if (override) {
    const { pair, ref } = override;
    decided = { lead: pair.override!.lead, outcome: pair.override!.outcome, strength: ref.inference ? INFERENCE_STRENGTH : ref.strength! };
    b.addRule(ref);
  }
  for (const r of deciding) b.addRule(r);
  for (const r of settling) b.addRule(r);

  // People who still play a part: designations that did not keep the lead, and every candidate where nobody is picked.
  for (const id of [winnerId, ...losers]) {
    const d = designation(id);
    if (d.role && (d.lead !== decided.lead || d.lead === 'agreed-locally' || decided.lead === 'agreed-locally')) b.roles.add(d.role);
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
    if (!b.rules[0]!.inference && (strength === 'statutory' || strength === 'expected')) {
      b.addRule(read.computedRef('INF-CROSS-BORDER', [decidingRule]));
    } else {
      b.rules.unshift(read.ref(CROSS_BORDER.rule));
      ({ lead, outcome } = CROSS_BORDER);
      strength = read.rule(CROSS_BORDER.rule).strength!;
    }
  }

  // Scotland, third sector (SC-12): with a service level agreement a third-sector practitioner may lead where the
  // lead is chosen (our INF-SC-SLA); a statutory obligation still needs its particular agency (INF-SC-SLA-STATUTORY).
  if (g === 'scotland' && facts['third-sector-sla'] === 'yes' && lead !== 'none-needed') {
    b.read(['third-sector-sla']);
    if (scotStatutory(facts) || yes(facts['co-ordinated-support-plan'])) {
      b.addRule(read.computedRef('INF-SC-SLA-STATUTORY', [decidingRule]));
    } else {
      b.rules.unshift(read.ref(THIRD_SECTOR.inference), read.ref(THIRD_SECTOR.rule));
      ({ lead, outcome } = THIRD_SECTOR);
      strength = INFERENCE_STRENGTH;
    }
  }

  for (const facet of FACETS) {
    if (!facet.when(facts, g, lead)) continue;
    if (facet.rule && read.has(facet.rule)) b.addRule(read.ref(facet.rule));
    for (const role of facet.roles ?? []) b.roles.add(role);
    if (facet.rule) b.bar(facet.mustNot, facet.rule);
    b.read(facet.reads);
  }

  // Checks that frame how the lead is agreed.
  if (lead === 'agreed-locally' && inYouthJustice(facts) && g !== 'scotland') checks.push('agree-yot-lead-locally');
  if (lead === 'eha-author') checks.push('eha-first-review');
  if (g === 'england' && CHOSEN_LEADS.includes(lead) && (steppedDown(facts) || facts['child-in-need'] === 'stepping-down')) checks.push('reassess-on-step-down');
  if (CHOSEN_LEADS.includes(lead)) checks.push('use-the-criteria');
  if (g === 'scotland' && (lead === 'named-person' || lead === 'specialist-universal-practitioner') && facts['third-sector-sla'] !== 'no-agreement') {
    checks.push('third-sector-needs-sla');
  }

  const present = <T>(list: readonly (T | null)[]): T[] => list.filter((x): x is T => x !== null);
  const rules = b.rules.filter((r) => r.cites.length > 0);
  const mustNot = MUST_NOT_IDS.filter((m) => b.barred.has(m));
  // A role held by the person who leads is not listed again.
  const roleIds = [...b.roles].filter((role) => (ROLE_PERSON[role] ?? role) !== lead).map((role) => (lead === 'none-needed' ? (ROLES_WITHOUT_LEAD[role] ?? role) : role));
  return {
    outcome,
    guidance: g,
    lead,
    strength,
    mustNot,
    barred: mustNot.map((id) => {
      const rule = b.barred.get(id)!;
      const ref = read.ref(rule);
      return { id, rule, ...(ref.strength ? { strength: ref.strength } : {}), cites: read.statement('mustNot', id)?.cites ?? [] };
    }),
    decidedBy: FACTS_READ[g].filter((k) => b.decidedBy.has(k) && facts[k] !== undefined),
    rules,
    inference: rules[0]?.inference !== undefined,
    alsoInvolved: roleIds.map((role) => {
      const said = read.statement('roles', role);
      if (!said) throw new Error(`who-should-lead: role "${role}" has no words for ${g} in the register`);
      return { role, cites: said.cites };
    }),
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
 * otherwise be a candidate to lead, or a health lead in Salford), in the words for that case: their usual words
 * describe working with a lead professional.
 */
export const ROLES_WITHOUT_LEAD: Partial<Record<RoleId, RoleId>> = {
  senco: 'senco-without-lead',
  'social-worker': 'social-worker-without-lead',
  'connexions-personal-adviser': 'connexions-personal-adviser-without-lead',
  'e2e-personal-adviser': 'e2e-personal-adviser-without-lead',
  'lead-health-professional': 'lead-health-professional-without-lead',
};

/** The lead a role's person would be, where they can lead (so a role is not listed beside the same person leading). */
const ROLE_PERSON: Partial<Record<RoleId, LeadId>> = {
  'personal-adviser': 'personal-adviser',
  'care-coordinator': 'care-coordinator',
  'disability-key-worker': 'key-worker',
  'camhs-lead': 'camhs-worker',
  'connexions-personal-adviser': 'connexions-personal-adviser',
  'e2e-personal-adviser': 'connexions-personal-adviser',
  senco: 'senco',
  'eha-author': 'eha-author',
  'social-worker': 'social-worker',
  'step-down-social-worker': 'social-worker',
  'named-person': 'named-person',
  'specialist-agency-worker': 'specialist-agency-worker',
  'specialist-universal-practitioner': 'specialist-universal-practitioner',
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
    return ['childs-plan', 'childs-plan-tasks', 'involve-child-and-family', 'accountable-to-home-agency', 'supervision-and-support', 'planned-handover', 'safeguarding-procedures', 'no-delay-interim-help'];
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
      if (o.lead !== draft.lead || o.strength !== draft.strength || o.inference !== draft.inference) {
        otherGuidance.push({ guidance: other, lead: o.lead, strength: o.strength, inference: o.inference, outcome: o.outcome, cites: o.rules[0]!.cites });
      }
    }
  }
  return { ...draft, otherGuidance };
}

/** Our case-by-case inferences that the logic names directly (the rest are in DESIGNATIONS, PAIRS and FACETS). */
const INFERENCES_USED: readonly RuleId[] = ['INF-STATUTORY-FIRST', 'INF-NAMED-OVER-OPEN', 'INF-AGREE-NAMED', 'INF-NAMED-ROLE-STANDS', 'INF-CROSS-BORDER', 'INF-SC-SLA-STATUTORY'];

/**
 * Every register id this file refers to that the register does not hold, and every register entry nothing here
 * can show (empty when they match). The page build and the tests fail on any.
 */
export function registerProblems(register: Register): string[] {
  const problems: string[] = [];
  const used = new Set<RuleId>([
    ...Object.values(DESIGNATIONS).flatMap((d: Designation) => Object.values(d.by).flat()),
    ...PAIRS.map((p) => p.rule),
    ...FACETS.flatMap((f) => (f.rule ? [f.rule] : [])),
    CROSS_BORDER.rule,
    THIRD_SECTOR.rule,
    THIRD_SECTOR.inference,
    ...INFERENCES_USED,
  ]);
  const derived = new Set(Object.values(register.rules).flatMap((r) => r.inference?.derivedFrom ?? []));
  for (const id of used) if (!register.rules[id]) problems.push(`rules.ts uses rule "${id}", which the register does not have`);
  for (const id of Object.keys(register.rules)) if (!used.has(id) && !derived.has(id)) problems.push(`register rule "${id}" is never used`);
  const sections: Record<string, readonly string[]> = { duties: DUTY_IDS, checks: CHECK_IDS, nextSteps: NEXT_STEP_IDS, roles: ROLE_IDS, mustNot: MUST_NOT_IDS };
  for (const [name, ids] of Object.entries(sections)) {
    const held = Object.keys(register.sections[name] ?? {});
    for (const id of ids) if (!held.includes(id)) problems.push(`${name} "${id}" is not in the register`);
    for (const id of held) if (!ids.includes(id)) problems.push(`register ${name} "${id}" is never used`);
  }
  for (const name of Object.keys(register.sections)) if (!(name in sections)) problems.push(`register section "${name}" is not used`);
  return problems;
}
