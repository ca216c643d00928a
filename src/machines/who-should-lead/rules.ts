/**
 * Rules for "Who should be the lead professional?": plain typed data plus small pure functions.
 *
 * Everything here is ids, strengths, citations and logic. Every human sentence (lead names, what each
 * rule says, roles, duties, checks, status labels, outcome headlines) lives in
 * src/content/tools/who-should-lead/outcomes.yaml, keyed by the ids below.
 *
 * How a recommendation is made (`recommendLead`):
 *  1. Every DESIGNATION ("this status names this lead, by these rules") that applies to the facts is found.
 *  2. The first one in the guidance's precedence list (PRECEDENCE_ENGLAND, shared by England and Salford,
 *     or PRECEDENCE_SCOTLAND) wins.
 *  3. For every other applying designation that names a different lead, the PAIRS table says which rule
 *     settles the pair: an explicit precedence rule from the sources (PR-xx), one of the silent combinations
 *     rules.md resolves by inference (PS-xx), or, where neither covers the pair, our inferred decision order
 *     (ORDER-EN / ORDER-SC). Inferences are marked `inference: true` and name what they were derived from.
 *  4. FACETS add the rules and roles that refine the answer (residential key worker, foster carer, YPP roles,
 *     the youth justice roles for each kind of involvement…), then the procedural checks (cross-border,
 *     Scottish third sector) run.
 *  5. DUTIES (what the lead professional does) and NEXT_STEPS (what to do now the lead is known) follow from
 *     the lead, its strength and the facts. Where no lead professional is needed, the roles still involved
 *     take their ROLES_WITHOUT_LEAD form, so nobody is described as working with a lead professional.
 *
 * Rule ids are those of shared/domain/rules.md (N-03, L-01, PR-01, PS-05…); ids starting ORDER- or INF- are ours.
 * Strength codes: rules.md [S] statutory, [E] expected, [G] good-practice, [L] local-agreement.
 *
 * No XState, Preact or Astro imports.
 */
import type { Facts, FactKey, Guidance } from './facts.ts';
import type { Strength } from '../../content/strength.ts';
import type { Citation } from '../../content/schemas.ts';

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

// ---------------------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------------------

const cwdc = (at: string): Citation => ({ source: 'cwdc-2007', at });
const box1 = (row: string): Citation => cwdc(`Box 1 '${row}'`);
const annexC = (row: string): Citation => cwdc(`Annex C '${row}'`);
const sal = (heading: string): Citation => ({ source: 'salford', at: `'${heading}'` });
const row = (status: string): Citation => ({ source: 'salford', at: `thresholds table '${status}'` });
const girfec = (heading: string): Citation => ({ source: 'girfec-2010', at: `'${heading}'` });
const dfes = (heading: string): Citation => ({ source: 'dfes-2005', at: `'${heading}'` });
const safeh = (at: string): Citation => ({ source: 'safeh', at });

/** Anchors used more than once, spelled exactly as in the seeds. */
const C = {
  b1Cin: box1('All children in need'),
  b1Cp: box1('Child protection cases'),
  b1Lac: box1('Looked after child'),
  b1CareLeaver: box1('Care leaver'),
  b1Adoption: box1('Adoption cases'),
  b1Sen: box1('Child with special educational needs'),
  b1Disability: box1('Child with complex disabilities or complex health needs'),
  b1MentalHealth: box1('Child with mental health needs'),
  b1YoungOffender: box1('Young offender'),
  acCinAssessment: annexC('All children in need, during assessment phase'),
  acCinContinued: annexC('Children in need continued'),
  acCp: annexC('Children who are the subject of a child protection plan'),
  acLac: annexC('Looked after children'),
  acCareLeavers: annexC('Care leavers'),
  acAdoption: annexC('Children for whom adoption is the plan'),
  acSen: annexC('Children with special educational needs'),
  acDisability: annexC('Disabled children and those with complex health needs'),
  acMentalHealth: annexC('Children diagnosed with complex mental health problems'),
  acYouthJustice: annexC('Children involved with youth justice services'),
  acYouthJustice2: cwdc("Annex C 'Children involved with youth justice services' item 2"),
  acYouthJustice4: cwdc("Annex C 'Children involved with youth justice services' item 4"),
  acYouthJustice5: cwdc("Annex C 'Children involved with youth justice services' item 5"),
  hintsAndTips: cwdc("'Hints and tips'"),
  sAll: row('All children'),
  sLevel2: row('Children receiving Targeted and Co-ordinated Help (Level 2)'),
  sSen: row('Child with special educational needs'),
  sDisability: row('Child with disabilities including complex health needs'),
  sCin: row('Children in need (Children Act Section 17)'),
  sYpp: row("Young Person's Plan"),
  sCp: row('Child Protection Plan'),
  sLac: row('Looked After Child'),
  sCareLeaver: row('Care leaver'),
  sAdoption: row('Adoption cases'),
  sMentalHealth: row('Child with mental health needs'),
  sYouthJustice: row('Youth Justice Service'),
  sCrossBorder: row('Cross border responsibility'),
  sWhat: sal('What is a Lead Professional?'),
  sIdentified: sal('How is the Lead Professional identified?'),
  sAccountability: sal('Accountability of the Lead Professional and supporting professionals'),
  sSupporting: sal('Supporting the Lead Professional'),
  sChanging: sal('Changing the Lead Professional'),
  gLp: girfec('The Lead Professional'),
  gNamedPerson: girfec('The Named Person becomes the Lead Professional'),
  gSpecialistUniversal: girfec('A Lead Professional who has a more specialist role in the universal services'),
  gComplex: girfec('A Lead Professional in more complex cases'),
  gChoosing: girfec('Choosing the most appropriate Lead Professional'),
  gChildsPlan: girfec("The Lead Professional and putting together the Child's Plan"),
  gTasks: girfec('Roles and tasks of the Lead Professional in planning and taking action to help a child'),
  gOthers: girfec('The relationship between Lead Professionals and others in contact with the child and family'),
} as const;

// ---------------------------------------------------------------------------------------------------------
// 1. Rules: id → strength and citations, per guidance. A guidance that is not listed does not have the rule.
// ---------------------------------------------------------------------------------------------------------

export interface RuleDef {
  /** How firm the rule is. For `computed` rules this is replaced per case by the strength of the lead they keep. */
  strength: Strength;
  /** Where the rule is stated, per guidance. */
  cites: Partial<Record<Guidance, readonly Citation[]>>;
  /** Our inferences only: the rules (ids in this table) the inference was derived from. */
  derivedFrom?: readonly string[];
  /**
   * Inferred precedence applied case by case: its citations are those of the rules it was derived from in
   * that case (the winning and the overridden rule, plus `derivedFrom`), and its strength is the kept lead's.
   */
  computed?: true;
}

const both = (england: readonly Citation[], salford: readonly Citation[]) => ({ england, salford });

export const RULES = {
  // When an LP is needed (rules.md section 1)
  'N-01': { strength: 'expected', cites: { salford: [C.sWhat] } },
  'N-03': { strength: 'expected', cites: { england: [cwdc('para 2.18'), dfes('Who will lead professionals work with?')] } },
  'N-04': { strength: 'expected', cites: { salford: [C.sAll] } },
  'N-07': { strength: 'expected', cites: { scotland: [C.gLp] } },
  'N-08': { strength: 'expected', cites: { scotland: [C.gLp] } },
  'U-02': { strength: 'expected', cites: { scotland: [C.gLp] } },

  // Additional needs, Level 2, early help (2.2) and the choosing criteria (section 3)
  'A-03': { strength: 'good-practice', cites: { england: [cwdc('para 3.15')] } },
  'A-05': { strength: 'good-practice', cites: { england: [cwdc('para 3.13')] } },
  'A-10': { strength: 'good-practice', cites: { salford: [C.sLevel2] } },
  'A-11': { strength: 'good-practice', cites: { salford: [C.sLevel2] } },
  'A-12': { strength: 'expected', cites: { salford: [C.sLevel2] } },
  'A-13': { strength: 'good-practice', cites: { salford: [C.sIdentified] } },
  'CR-02': { strength: 'good-practice', cites: { england: [cwdc('para 3.14')], salford: [cwdc('para 3.14')] } },
  'CR-04': { strength: 'good-practice', cites: { salford: [C.sIdentified] } },

  // SEN and Year 9 (2.3)
  'SEN-01': { strength: 'good-practice', cites: both([C.b1Sen, cwdc('para 3.4')], [C.sSen]) },
  'SEN-03': { strength: 'good-practice', cites: { england: [C.b1Sen, cwdc('para 3.4'), C.acSen] } },
  'SEN-04': { strength: 'good-practice', cites: { salford: [C.sSen] } },

  // Disability and complex health (2.4)
  'D-01': { strength: 'expected', cites: { england: [C.b1Disability, C.acDisability] } },
  'D-03': { strength: 'good-practice', cites: { england: [C.b1Disability] } },
  'D-05': { strength: 'expected', cites: { salford: [C.sDisability] } },
  'D-07': { strength: 'good-practice', cites: { salford: [C.sDisability] } },
  'D-08': { strength: 'good-practice', cites: { salford: [C.sDisability] } },

  // Child in need (2.5)
  'CIN-01': { strength: 'statutory', cites: both([C.b1Cin, C.acCinAssessment], [C.sCin]) },
  'CIN-02': { strength: 'statutory', cites: { salford: [C.sIdentified] } },
  'CIN-04': { strength: 'good-practice', cites: both([C.b1Cin, C.acCinContinued], [C.sCin]) },
  'CIN-05': { strength: 'good-practice', cites: { england: [C.b1Cin] } },
  'CIN-06': { strength: 'expected', cites: { salford: [C.sCin] } },

  // Child protection, looked after, care leavers, adoption (2.6 to 2.9)
  'CP-01': { strength: 'statutory', cites: { england: [C.b1Cp, C.acCp] } },
  'CP-02': { strength: 'statutory', cites: { salford: [C.sCp, C.sIdentified] } },
  'L-01': { strength: 'statutory', cites: both([C.b1Lac, C.acLac], [C.sLac]) },
  'L-08': { strength: 'statutory', cites: { scotland: [C.gComplex, C.gChoosing] } },
  'CL-02': { strength: 'good-practice', cites: both([C.b1CareLeaver], [C.sCareLeaver]) },
  'CL-04': { strength: 'good-practice', cites: both([C.b1CareLeaver, C.acCareLeavers], [C.sCareLeaver]) },
  'AD-01': { strength: 'statutory', cites: both([C.b1Adoption, C.acAdoption], [C.sAdoption]) },

  // Mental health (2.10)
  'MH-01': { strength: 'expected', cites: both([C.b1MentalHealth, C.acMentalHealth], [C.sMentalHealth]) },
  'MH-02': { strength: 'good-practice', cites: both([C.b1MentalHealth], [C.sMentalHealth]) },
  'MH-03': { strength: 'expected', cites: { salford: [C.sMentalHealth] } },

  // Youth justice (2.11). YJ-01 and YJ-05: who the youth justice service allocates for an order or sentence,
  // and in custody. YJ-10 is a definition in rules.md ([D]: a YOT officer in preventive work has no
  // statutory supervising role and needs mainstream services' support); the guide states it plainly, so it is
  // listed as `expected`, and it never decides the lead.
  'YJ-01': { strength: 'expected', cites: { england: [C.b1YoungOffender] } },
  'YJ-02': { strength: 'local-agreement', cites: { england: [C.b1YoungOffender, C.acYouthJustice] } },
  'YJ-05': { strength: 'expected', cites: { salford: [C.sYouthJustice] } },
  'YJ-07': { strength: 'local-agreement', cites: { salford: [C.sYouthJustice] } },
  'YJ-10': { strength: 'expected', cites: both([C.acYouthJustice], [C.acYouthJustice]) },

  // Young Person's Plan, Salford (2.12)
  'YPP-02': { strength: 'statutory', cites: { salford: [C.sYpp] } },
  'YPP-05': { strength: 'statutory', cites: { salford: [C.sYpp, C.sCp] }, derivedFrom: ['YPP-02', 'CP-02'] },

  // Post-16 (2.14)
  'P-02': { strength: 'good-practice', cites: { england: [cwdc('para 3.7')] } },
  'P-03': { strength: 'expected', cites: { england: [cwdc('para 3.8')] } },

  // Scotland (2.15)
  'SC-01': { strength: 'expected', cites: { scotland: [C.gNamedPerson] } },
  'SC-03': { strength: 'good-practice', cites: { scotland: [C.gSpecialistUniversal] } },
  'SC-04': { strength: 'expected', cites: { scotland: [C.gComplex] } },
  'SC-05': { strength: 'statutory', cites: { scotland: [C.gChoosing] } },
  'SC-06': { strength: 'expected', cites: { scotland: [C.gChoosing] } },
  'SC-07': { strength: 'good-practice', cites: { scotland: [C.gChoosing] } },
  'SC-12': { strength: 'local-agreement', cites: { scotland: [C.gChoosing] } },

  // Explicit precedence stated by the sources (2.16, PR-01..PR-17)
  'PR-01': { strength: 'statutory', cites: both([C.b1YoungOffender, C.acYouthJustice, C.acYouthJustice5], [C.sYouthJustice]) },
  'PR-02': { strength: 'statutory', cites: both([C.b1YoungOffender, C.acYouthJustice, C.acYouthJustice5], [C.sYouthJustice]) },
  'PR-03': { strength: 'statutory', cites: { salford: [C.sYouthJustice] } },
  'PR-04': { strength: 'local-agreement', cites: { england: [C.acYouthJustice5, C.b1YoungOffender] } },
  'PR-05': { strength: 'statutory', cites: { england: [cwdc('para 3.8')] } },
  'PR-06': { strength: 'statutory', cites: both([C.b1Lac], [C.sLac]) },
  'PR-07': { strength: 'statutory', cites: both([cwdc('para 4.6'), C.acLac], [cwdc('para 4.6'), C.acLac]) },
  'PR-08': { strength: 'statutory', cites: { england: [C.b1CareLeaver, C.acCareLeavers] } },
  'PR-09': { strength: 'expected', cites: { salford: [C.sDisability] } },
  'PR-10': { strength: 'good-practice', cites: { salford: [C.sDisability, C.sAccountability] } },
  'PR-11': { strength: 'expected', cites: { salford: [C.sMentalHealth] } },
  'PR-12': { strength: 'statutory', cites: { salford: [C.sYpp] } },
  'PR-13': { strength: 'statutory', cites: both([C.b1Cin], [C.sCin]) },
  'PR-14': { strength: 'good-practice', cites: both([C.b1Sen, cwdc('para 3.4')], [C.sSen]) },
  'PR-15': { strength: 'expected', cites: { scotland: [C.gComplex, C.gChoosing] } },
  'PR-16': { strength: 'good-practice', cites: { salford: [C.sCrossBorder] } },
  'PR-17': { strength: 'good-practice', cites: { england: [cwdc('para 4.7')] } },

  // Silent combinations resolved by rules.md's inference (2.16, PS-01..PS-11); strengths as rules.md gives them
  'PS-01': { strength: 'statutory', cites: { england: [C.b1Cp, C.b1Lac, C.b1Disability, cwdc('para 3.14')] }, derivedFrom: ['CP-01', 'L-01', 'D-01', 'CR-02'] },
  'PS-02': { strength: 'expected', cites: { england: [C.b1Disability, C.b1Cin] }, derivedFrom: ['D-01', 'CIN-04', 'CIN-05'] },
  'PS-03': { strength: 'statutory', cites: both([C.b1MentalHealth, C.b1Cp, C.b1Lac, C.acMentalHealth], [C.sMentalHealth, C.sCp, C.sLac]), derivedFrom: ['MH-01', 'CP-01', 'CP-02', 'L-01'] },
  'PS-04': { strength: 'expected', cites: both([C.b1MentalHealth, C.b1Sen], [C.sMentalHealth, C.sSen]), derivedFrom: ['MH-01', 'SEN-01', 'PR-14'] },
  'PS-05': { strength: 'local-agreement', cites: both([C.b1Sen, C.b1MentalHealth, C.b1Disability, cwdc('para 3.14')], [C.sSen, C.sMentalHealth, C.sDisability, C.sIdentified]), derivedFrom: ['SEN-03', 'SEN-04', 'MH-01', 'D-01', 'D-07', 'CR-02', 'CR-04'] },
  'PS-06': { strength: 'local-agreement', cites: both([C.b1YoungOffender, C.b1MentalHealth], [C.sYouthJustice, C.sMentalHealth]), derivedFrom: ['YJ-02', 'YJ-07', 'MH-01'] },
  'PS-07': { strength: 'local-agreement', cites: both([C.b1YoungOffender, C.b1Disability], [C.sYouthJustice, C.sDisability]), derivedFrom: ['YJ-02', 'YJ-07', 'D-01', 'D-07'] },
  'PS-08': { strength: 'local-agreement', cites: both([C.b1YoungOffender, C.acYouthJustice, C.b1CareLeaver], [C.sYouthJustice, C.sCareLeaver]), derivedFrom: ['YJ-02', 'YJ-07', 'CL-04'] },
  'PS-09': { strength: 'statutory', cites: both([C.b1Adoption, C.acAdoption], [C.sAdoption]), derivedFrom: ['AD-01'] },
  'PS-10': { strength: 'good-practice', cites: { scotland: [C.gSpecialistUniversal, C.gChoosing] }, derivedFrom: ['SC-03', 'SC-05'] },
  'PS-11': { strength: 'good-practice', cites: both([cwdc('para 3.14'), cwdc('para 3.15')], [C.sIdentified]), derivedFrom: ['CR-02', 'CR-04'] },

  // Our own inferences (not in rules.md's tables)
  'ORDER-EN': { strength: 'good-practice', cites: {}, computed: true },
  'ORDER-SC': { strength: 'good-practice', cites: {}, computed: true },
  'INF-CROSS-BORDER': { strength: 'good-practice', cites: {}, computed: true, derivedFrom: ['PR-16'] },
  'INF-SC-AGENCIES': { strength: 'good-practice', cites: {}, computed: true, derivedFrom: ['N-08', 'SC-04', 'SC-05'] },
  'INF-SC-SLA': { strength: 'local-agreement', cites: { scotland: [C.gChoosing, C.gNamedPerson] }, derivedFrom: ['SC-12', 'SC-07', 'SC-01'] },
  'INF-SC-SLA-STATUTORY': { strength: 'good-practice', cites: {}, computed: true, derivedFrom: ['SC-05', 'SC-04', 'SC-12'] },
} as const satisfies Record<string, RuleDef>;
export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
/** The same table, typed for lookups. */
export const RULE_DEFS: Record<RuleId, RuleDef> = RULES;

// ---------------------------------------------------------------------------------------------------------
// 2. Designations: "when this status applies, this lead, by these rules" (deciding rule first)
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
// 3. Precedence: the ONE ordered list per jurisdiction. The first designation that applies decides.
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
// 4. Pairs: which rule settles "winner leads over loser". Looked up in order; the first that matches wins.
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
// 5. Facets: rules and roles that refine a decided answer
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
// 6. Duties and checks
// ---------------------------------------------------------------------------------------------------------

interface Cited {
  cites: Partial<Record<Guidance, readonly Citation[]>>;
}

export const DUTIES = {
  'core-functions': { cites: { england: [cwdc('para 2.7'), dfes('What is the role of a lead professional?')], salford: [C.sWhat] } },
  'involve-child-and-family': { cites: { england: [cwdc('para 3.13')], salford: [C.sIdentified], scotland: [C.gChoosing] } },
  'accountable-to-home-agency': { cites: { england: [cwdc('para 5.8')], salford: [C.sAccountability], scotland: [C.gChoosing] } },
  'supervision-and-support': { cites: { england: [cwdc('para 2.21')], salford: [C.sSupporting], scotland: [C.gChoosing] } },
  'planned-handover': { cites: { england: [cwdc('para 2.10')], salford: [C.sWhat], scotland: [C.gTasks] } },
  'safeguarding-procedures': { cites: { salford: [C.sWhat], scotland: [C.gComplex] } },
  'notify-serious-incidents': { cites: { salford: [C.sWhat] } },
  'cp-key-worker-tasks': { cites: { england: [C.acCp], salford: [C.sCp, C.acCp] } },
  'looked-after-care-plan': { cites: { england: [C.acLac, C.b1Lac], salford: [C.sLac, C.acLac] } },
  'personal-adviser-functions': { cites: { england: [C.acCareLeavers, cwdc('para 4.9')], salford: [C.sCareLeaver, C.acCareLeavers] } },
  'childs-plan': { cites: { scotland: [C.gChildsPlan] } },
  'childs-plan-tasks': { cites: { scotland: [C.gTasks] } },
  'no-delay-interim-help': { cites: { scotland: [C.gComplex] } },
  // Youth justice, by kind (England and Salford): an order's responsible officer and case supervisor (Annex C
  // YJ item 2; Salford's YJS case manager), and the custody standards (Annex C YJ item 4: National Standards
  // for Youth Justice Services, 2004, issued by the Secretary of State).
  'yot-community-order': { cites: { england: [C.acYouthJustice2], salford: [C.sYouthJustice, C.acYouthJustice2] } },
  'yot-custody-standards': { cites: { england: [C.acYouthJustice4], salford: [C.acYouthJustice4] } },
} as const satisfies Record<string, Cited>;
export type DutyId = keyof typeof DUTIES;
export const DUTY_IDS = Object.keys(DUTIES) as DutyId[];

/**
 * Next steps once the answer is known, in the order they are shown. Where a lead professional is needed:
 * agree the lead with the child and family (or, where the role is fixed by statute, explain it), record it in
 * the plan, tell the team and the local contact points, and set a review. Where none is needed: look again if
 * the needs or the number of practitioners change.
 */
export const NEXT_STEPS = {
  'agree-with-family': { cites: { england: [C.hintsAndTips, safeh('Guideline 5')], salford: [C.sIdentified], scotland: [C.gChoosing] } },
  'explain-to-family': { cites: { england: [cwdc('para 2.8')], salford: [C.sWhat], scotland: [C.gChoosing] } },
  'record-in-plan': { cites: { england: [cwdc('para 2.7'), safeh("'Definition' item 2")], salford: [C.sWhat], scotland: [C.gChildsPlan] } },
  'tell-the-team': { cites: { england: [cwdc('para 2.10'), safeh('Guideline 12'), safeh("'aim to' list")], salford: [C.sWhat], scotland: [C.gTasks, C.gOthers] } },
  'set-review': { cites: { england: [safeh('Guideline 8'), cwdc('para 3.13'), C.hintsAndTips], salford: [C.sWhat, C.sChanging], scotland: [C.gTasks] } },
  'look-again-if-needs-change': { cites: { england: [cwdc('para 2.18')], salford: [C.sAll, C.sWhat, C.sLevel2], scotland: [C.gLp] } },
} as const satisfies Record<string, Cited>;
export type NextStepId = keyof typeof NEXT_STEPS;
export const NEXT_STEP_IDS = Object.keys(NEXT_STEPS) as NextStepId[];

export const CHECKS = {
  'cross-border-responsible-authority': { cites: { salford: [C.sCrossBorder] } },
  'agree-yot-lead-locally': { cites: { england: [C.b1YoungOffender, C.acYouthJustice], salford: [C.sYouthJustice] } },
  'use-the-criteria': { cites: { england: [cwdc('para 3.14'), cwdc('para 3.15')], salford: [C.sIdentified], scotland: [C.gChoosing] } },
  'eha-first-review': { cites: { salford: [C.sLevel2] } },
  'third-sector-needs-sla': { cites: { scotland: [C.gChoosing] } },
} as const satisfies Record<string, Cited>;
export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

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

/** Which answers each guidance reads at all (so the flow never asks the rest). */
export const FACTS_READ: Record<Guidance, readonly FactKey[]> = {
  england: [
    'additional-needs', 'practitioners', 'child-in-need', 'child-protection', 'looked-after', 'placement', 'care-leaver',
    'adoption-plan', 'youth-justice', 'mental-health', 'disability', 'sen', 'year-group', 'needs-beyond-school', 'post-16', 'assessment',
  ],
  salford: [
    'additional-needs', 'practitioners', 'child-in-need', 'child-protection', 'young-persons-plan', 'age', 'looked-after', 'placement',
    'care-leaver', 'adoption-plan', 'youth-justice', 'mental-health', 'disability', 'sen', 'year-group', 'needs-beyond-school',
    'assessment', 'cross-border',
  ],
  scotland: [
    'agencies', 'looked-after', 'compulsory-measures', 'child-protection', 'co-ordinated-support-plan', 'asbo', 'complex-health',
    'third-sector-sla',
  ],
};

// ---------------------------------------------------------------------------------------------------------
// 7. The decision
// ---------------------------------------------------------------------------------------------------------

const STRENGTH_RANK: Record<Strength, number> = { statutory: 3, expected: 2, 'good-practice': 1, 'local-agreement': 0 };
const strongest = (list: readonly Strength[]): Strength =>
  list.reduce<Strength>((best, s) => (STRENGTH_RANK[s] > STRENGTH_RANK[best] ? s : best), 'local-agreement');

const citesOf = (id: RuleId, g: Guidance): Citation[] => [...(RULE_DEFS[id].cites[g] ?? [])];

function uniqueCites(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.source}|${c.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A reference to a rule as stated (its own strength and citations for this guidance). */
function ref(id: RuleId, g: Guidance): RuleRef {
  const rule: RuleDef = RULE_DEFS[id];
  const out: RuleRef = { id, strength: rule.strength, cites: citesOf(id, g) };
  if (rule.derivedFrom) out.inference = { derivedFrom: [...rule.derivedFrom] };
  return out;
}

/** A reference to one of our computed inferences: cited by the rules it was derived from in this case. */
function computedRef(id: RuleId, g: Guidance, strength: Strength, fromCase: readonly RuleId[]): RuleRef {
  const base = (RULE_DEFS[id] as RuleDef).derivedFrom ?? [];
  const derivedFrom = [...new Set([...base, ...fromCase])];
  const cites = uniqueCites(derivedFrom.flatMap((d) => (d in RULE_DEFS ? citesOf(d as RuleId, g) : [])));
  return { id, strength, cites, inference: { derivedFrom } };
}

const availableIn = (id: RuleId, g: Guidance): boolean => (RULE_DEFS[id].cites[g]?.length ?? 0) > 0 || RULE_DEFS[id].computed === true;
const rulesOf = (d: Designation, g: Guidance): readonly RuleId[] => d.by[g] ?? [];
const designation = (id: DesignationId): Designation => DESIGNATIONS[id];

/**
 * The first pair (in PAIRS order) that settles `loser` against the lead: the winner or any designation
 * that names the same lead (so a looked after child still bars the YOT when another status decided first).
 */
function findPair(leaders: readonly DesignationId[], loser: DesignationId, g: Guidance): PairDef | undefined {
  return PAIRS.find(
    (p) =>
      availableIn(p.rule, g) &&
      leaders.some((l) => p.winners.includes(l)) &&
      (p.losers === '*' || p.losers.includes(loser)),
  );
}

type Draft = Omit<Recommendation, 'otherGuidance'>;

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

function decide(facts: Facts, g: Guidance): Draft {
  const order: readonly DesignationId[] = g === 'scotland' ? PRECEDENCE_SCOTLAND : PRECEDENCE_ENGLAND;
  const applying = order.filter((id) => rulesOf(designation(id), g).length > 0 && designation(id).applies(facts, g));
  // The fallbacks (additional-needs / sc-named-person) and `universal` make this list never empty.
  const winnerId = applying[0] ?? (g === 'scotland' ? 'sc-named-person' : 'universal');
  const winner = designation(winnerId);
  const others = applying.slice(1).filter((id) => !designation(id).fallback);

  const b = new Builder();
  let lead: LeadId = winner.lead;
  let outcome = winner.outcome;
  let override: { rule: RuleId; lead: LeadId; outcome: string } | undefined;
  const strengths: Strength[] = [];

  // Deciding rules: the winner, then every other designation naming the same lead.
  const coDeciders = [winnerId, ...others.filter((id) => designation(id).lead === winner.lead)];
  const deciding: RuleRef[] = [];
  for (const id of coDeciders) {
    const d = designation(id);
    for (const r of rulesOf(d, g)) deciding.push(ref(r, g));
    strengths.push(winnerStrength(id, g));
    for (const m of d.mustNot ?? []) b.mustNot.add(m);
    b.read(d.reads);
  }

  // Precedence over every designation naming a different lead.
  const precedence: RuleRef[] = [];
  const losers = others.filter((id) => designation(id).lead !== winner.lead);
  for (const loserId of losers) {
    const loser = designation(loserId);
    b.read(loser.reads);
    const pair = findPair(coDeciders, loserId, g);
    if (pair) {
      const rule: RuleDef = RULE_DEFS[pair.rule];
      if (rule.computed) {
        precedence.push(computedRef(pair.rule, g, winnerStrength(winnerId, g), [rulesOf(winner, g)[0]!, rulesOf(loser, g)[0]!]));
      } else {
        precedence.push(ref(pair.rule, g));
        if (!pair.override) strengths.push(rule.strength);
      }
      for (const m of pair.mustNot ?? []) b.mustNot.add(m);
      if (pair.override) {
        if (!override) override = { rule: pair.rule, ...pair.override };
        // Where the sources leave the choice open, both candidates' own rules are part of the answer.
        for (const r of rulesOf(loser, g)) precedence.push(ref(r, g));
      }
    } else {
      const generic: RuleId = g === 'scotland' ? 'ORDER-SC' : 'ORDER-EN';
      precedence.push(computedRef(generic, g, winnerStrength(winnerId, g), [rulesOf(winner, g)[0]!, rulesOf(loser, g)[0]!]));
    }
  }

  let strength = strongest(strengths);
  if (override) {
    lead = override.lead;
    outcome = override.outcome;
    strength = RULE_DEFS[override.rule].strength;
    const first = precedence.findIndex((r) => r.id === override!.rule);
    b.addRule(precedence[first]!);
  }
  for (const r of deciding) b.addRule(r);
  for (const r of precedence) b.addRule(r);

  // People who still play a part: overridden designations, and the winner when it did not keep the lead.
  for (const id of [winnerId, ...losers]) {
    const d = designation(id);
    if (d.role && (d.lead !== lead || d.lead === 'agreed-locally')) b.addRole(d.role, citesOf(rulesOf(d, g)[0]!, g));
  }

  const draft: Draft = {
    outcome,
    guidance: g,
    lead,
    strength,
    mustNot: [],
    decidedBy: [],
    rules: [],
    inference: false,
    alsoInvolved: [],
    duties: [],
    checks: [],
    nextSteps: [],
  };
  return finish(facts, g, draft, b);
}

/** A designation's strength is its deciding (first) rule's; the rules after it explain or support. */
function winnerStrength(id: DesignationId, g: Guidance): Strength {
  return RULE_DEFS[rulesOf(designation(id), g)[0]!].strength;
}

/** Procedural checks (cross-border, third sector), facets, duties, then the flat record. */
function finish(facts: Facts, g: Guidance, draft: Draft, b: Builder): Draft {
  let { lead, strength, outcome } = draft;
  const checks: CheckId[] = [];
  const decidingRule = b.rules[0]!.id as RuleId;

  // Cross-border (Salford, PR-16): the responsible authority decides who leads. A role fixed by the child's
  // status (statutory or expected) stays, held in the responsible authority (our inference).
  if (g === 'salford' && yes(facts['cross-border']) && lead !== 'none-needed') {
    checks.push('cross-border-responsible-authority');
    b.read(['cross-border']);
    if (strength === 'statutory' || strength === 'expected') {
      b.addRule(computedRef('INF-CROSS-BORDER', g, strength, [decidingRule]));
    } else {
      b.rules.unshift(ref(CROSS_BORDER.rule, g));
      lead = CROSS_BORDER.lead;
      outcome = CROSS_BORDER.outcome;
      strength = RULE_DEFS[CROSS_BORDER.rule].strength;
    }
  }

  // Scotland, third sector (SC-12): with a service level agreement a third-sector practitioner may lead where
  // the lead is chosen (steps 3-4); statutory cases still need the particular agency (both our inferences).
  if (g === 'scotland' && yes(facts['third-sector-sla'])) {
    if (lead === 'specialist-agency-worker') {
      b.read(['third-sector-sla']);
      b.addRule(computedRef('INF-SC-SLA-STATUTORY', g, strength, [decidingRule]));
    } else if (lead !== 'none-needed') {
      b.read(['third-sector-sla']);
      b.rules.unshift(ref(THIRD_SECTOR.rule, g), ref('INF-SC-SLA', g));
      lead = THIRD_SECTOR.lead;
      outcome = THIRD_SECTOR.outcome;
      strength = RULE_DEFS[THIRD_SECTOR.rule].strength;
    }
  }

  for (const facet of FACETS) {
    if (!facet.when(facts, g, lead)) continue;
    if (facet.rule && availableIn(facet.rule, g)) b.addRule(ref(facet.rule, g));
    const citeRule = facet.citeRule ?? facet.rule;
    if (citeRule) for (const role of facet.roles ?? []) b.addRole(role, citesOf(citeRule, g));
    b.read(facet.reads);
  }

  // Checks that frame how the lead is agreed.
  if (lead === 'agreed-locally' && inYouthJustice(facts) && g !== 'scotland') checks.push('agree-yot-lead-locally');
  if (lead === 'eha-author') checks.push('eha-first-review');
  if (['chosen-by-team-with-family', 'agreed-locally', 'chosen-with-family-and-social-worker', 'eha-author', 'check-responsible-authority', 'named-person', 'specialist-universal-practitioner', 'third-sector-practitioner'].includes(lead)) {
    checks.push('use-the-criteria');
  }
  if (g === 'scotland' && (lead === 'named-person' || lead === 'specialist-universal-practitioner')) checks.push('third-sector-needs-sla');

  const duties = dutiesFor(facts, g, lead).filter((id) => ((DUTIES[id].cites as Cited['cites'])[g]?.length ?? 0) > 0);
  const nextSteps = nextStepsFor(lead, strength);
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
    duties: duties.map((id) => ({ id, cites: [...(DUTIES[id].cites as Cited['cites'])[g]!] })),
    checks: [...new Set(checks)].map((id) => ({ id, cites: [...(CHECKS[id].cites as Cited['cites'])[g]!] })),
    nextSteps: nextSteps.map((id) => ({ id, cites: [...(NEXT_STEPS[id].cites as Cited['cites'])[g]!] })),
  };
}

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
 * Who should be the lead professional, for these answers under this guidance. Total: every combination of
 * answers (missing answers count as "no" or "not applicable") gives a sourced answer.
 */
export function recommendLead(facts: Facts, guidance: Guidance): Recommendation {
  const draft = decide(facts, guidance);
  const otherGuidance: Recommendation['otherGuidance'] = [];
  if (guidance !== 'scotland') {
    const other: Guidance = guidance === 'england' ? 'salford' : 'england';
    // Compare only where the other guidance reads every answer that decided this one (so a Salford-only
    // Young Person's Plan or cross-border case is not compared with a national answer that cannot see it).
    // The comparison uses only the answers this guidance reads (the ones the user was asked).
    if (draft.decidedBy.every((k) => FACTS_READ[other].includes(k))) {
      const asked = Object.fromEntries(FACTS_READ[guidance].map((k) => [k, facts[k]])) as Facts;
      const o = decide(asked, other);
      if (o.lead !== draft.lead || o.strength !== draft.strength) {
        otherGuidance.push({ guidance: other, lead: o.lead, strength: o.strength, outcome: o.outcome, cites: o.rules[0]!.cites });
      }
    }
  }
  return { ...draft, otherGuidance };
}
