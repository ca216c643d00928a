/**
 * Rules for "Does the lead professional need to change?": plain typed data naming small predicates, and pure
 * functions over the rule register. Every statement lives once, in register.yaml (its strength, the sentence people
 * read, where each guidance says it); this file refers to register ids and restates none of it. The words for the
 * ids returned here are in wording/ (en.json for practitioners, family.yaml for the plain-words version).
 *
 * How an answer is made (`decide`):
 *  1. TRIGGERS: what the chosen guidance says about this situation (the first row for the reason, under that
 *     guidance, whose predicate holds). Where the guidance does not name the situation the row's rule is our
 *     inference, marked in the register.
 *  2. STATUS_LEADS: where the current lead is the child's social worker (in Scotland, a specialist-agency worker),
 *     the status that makes them the lead outlasts a change of person, needs or school (our inferences). A row with
 *     a `change` settles the answer itself; the guidance's own rule is then shown beside it.
 *  3. NEXT: who leads next and who chooses (first row that holds).
 *  4. HANDOVER, COVER, NOTIFY, ALSO, CONDITIONS, SEE_ALSO, EXAMPLES, POINTERS, CHECKLIST: the other parts of the
 *     answer, each a list of rows with the guidance they hold under and a predicate.
 *
 * The strength of the answer is its deciding rule's. An inference has no strength of its own: it is shown with
 * the weakest strength of the rules it was derived from, and never as statutory (`strengthOf`).
 * No XState, Preact or Astro imports; nothing here holds a sentence.
 */
import { STRENGTHS, type Strength } from '../../content/strength.ts';
import type { Citation, Register, RuleRecord } from '../engine/register.ts';
import type { LeadId } from '../who-should-lead/rules.ts';
import type { Facts, Guidance, Reason } from './contract.ts';

// ---------------------------------------------------------------------------------------------------------
// The outcome's vocabulary (the data-* values of issue 9)
// ---------------------------------------------------------------------------------------------------------

/** data-change: does the lead change? */
export const CHANGES = ['changes', 'may-change', 'stays', 'role-ends'] as const;
export type Change = (typeof CHANGES)[number];

/** data-new-lead: a lead of the who-should-lead vocabulary (LEAD_IDS), or `unchanged`, or `none`. */
export const NEXT_LEADS = [
  'social-worker',
  'specialist-agency-worker',
  'chosen-by-team-with-family',
  'chosen-with-family-and-social-worker',
  'check-responsible-authority',
  'named-person',
] as const satisfies readonly LeadId[];
export type NewLead = (typeof NEXT_LEADS)[number] | 'unchanged' | 'none';

/** Who chooses the next lead. */
export const CHOOSERS = ['team-with-family', 'family-with-social-worker', 'childrens-social-care', 'specialist-agency', 'responsible-authority', 'none'] as const;
export type Chooser = (typeof CHOOSERS)[number];

/** data-handover: who arranges the handover. */
export const HANDOVERS = ['outgoing-lead', 'team', 'none'] as const;
export type Handover = (typeof HANDOVERS)[number];

/** data-notify: who must be told, in this order. */
export const BODIES = ['access-and-response-team', 'first-point-team', 'team-around-the-family', 'named-person', 'family'] as const;
export type Body = (typeof BODIES)[number];

/** The groups of the printed handover checklist, in print order. */
export const CHECKLIST_GROUPS = ['always', 'before', 'information', 'after', 'absence', 'ending', 'moving'] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

/** What kind of outcome a checklist line is printed for. */
type ChecklistKind = 'change' | 'moving' | 'absence' | 'ending';

/** A register rule id. Every id used here is checked against the register (`registerProblems`). */
export type RuleId = string;

export interface RuleRef {
  id: RuleId;
  strength: Strength;
  /** Our inference (shown as ours, with what it was derived from). */
  inference: boolean;
  cites: Citation[];
}

export interface StatementRef {
  id: string;
  cites: Citation[];
}

export interface ChecklistLine {
  id: string;
  group: ChecklistGroup;
  /** Printed as our suggestion: the chosen guidance does not say it. */
  ours: boolean;
  cites: Citation[];
}

export interface ChangeOutcome {
  guidance: Guidance;
  reason: Reason;
  /** data-change */
  change: Change;
  /** data-strength: how firm the answer to "does the lead change?" is (the deciding rule's strength). */
  strength: Strength;
  /** data-inference: the answer to "does it change?" or "who leads next?" rests on our inference. */
  inference: boolean;
  /** The sources are silent: the answer to "does the lead change?" is our inference. */
  silent: boolean;
  /** The rule that answers "does the lead change?". */
  decidedBy: RuleRef;
  /** data-new-lead */
  newLead: NewLead;
  chooser: Chooser;
  /** The rules that name the next lead and who chooses (empty where nobody new leads). */
  nextRules: RuleRef[];
  /** data-handover */
  handover: Handover;
  handoverRules: RuleRef[];
  /** Who keeps things going meanwhile (absences, a referral being decided). */
  cover: RuleRef[];
  /** data-notify, in BODIES order; empty where the sources name nobody. */
  notify: Body[];
  /** One line per body told, each with its rule; where nobody must be told, our suggestion for an absence or a referral being decided. */
  notifyRules: { body: Body; rule: RuleRef }[];
  /** Other rules of this guidance that bear on the answer. */
  also: RuleRef[];
  /** Rules that would give a different answer if they applied (facts the tool does not ask about). */
  conditions: RuleRef[];
  /** Other situations that may fit better. */
  seeAlso: Reason[];
  examples: StatementRef[];
  pointers: StatementRef[];
  /** The printable handover checklist, in print order. */
  checklist: ChecklistLine[];
  /** Every rule the answer's own inferences (does it change, who leads next) were derived from, once. */
  derivedFrom: RuleId[];
}

// ---------------------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------------------

const ALL: readonly Guidance[] = ['england', 'salford', 'safeh', 'scotland'];
/** The English guidance: the SAFeh area is English (src/content/sources.yaml), so national rules fill its silences. */
const ENGLISH: readonly Guidance[] = ['england', 'salford', 'safeh'];

type When = (f: Facts, change: Change) => boolean;
const always: When = () => true;
const socialWorkerLeads = (f: Facts) => f['current-lead'] === 'social-worker';
const referralAccepted = (f: Facts) => f.reason === 'statutory-involvement' && f['referral-accepted'] === true;
const stepDown = (f: Facts) => f.reason === 'status-ended';
/** Salford ties a step-down change to the lead ending their involvement: the social worker, whose status has ended. */
const leadEndsInvolvement = (f: Facts) => f['status-ended'] !== 'child-in-need' || socialWorkerLeads(f);
const leadChanges: When = (_f, c) => c === 'changes' || c === 'may-change';
const leadStays: When = (_f, c) => c === 'stays';
const roleEnds: When = (_f, c) => c === 'role-ends';
const notStays: When = (_f, c) => c !== 'stays';

// ---------------------------------------------------------------------------------------------------------
// 1. Triggers: what each guidance says about the situation. First matching row for the reason wins.
// ---------------------------------------------------------------------------------------------------------

/** A rule id for each guidance a row holds under (a guidance not listed: the row does not apply). */
type ByGuidance<T> = Partial<Record<Guidance, T>>;
const each = <T>(guidances: readonly Guidance[], value: T): ByGuidance<T> => Object.fromEntries(guidances.map((g) => [g, value]));

export interface Trigger {
  reason: Reason;
  change: Change;
  rule: ByGuidance<RuleId>;
  when?: (f: Facts) => boolean;
}

export const TRIGGERS: readonly Trigger[] = [
  { reason: 'leaving-post', change: 'changes', rule: { safeh: 'CH-01a', salford: 'CH-02b', england: 'INF-LEAVING', scotland: 'INF-LEAVING' } },
  { reason: 'long-term-sickness', change: 'may-change', rule: { safeh: 'CH-01b', ...each(['england', 'salford', 'scotland'], 'INF-LONG-ABSENCE') } },
  { reason: 'short-absence', change: 'stays', rule: { salford: 'AB-01', ...each(['england', 'safeh', 'scotland'], 'INF-SHORT-ABSENCE') } },
  { reason: 'work-complete', change: 'changes', rule: { safeh: 'CH-01c', salford: 'CH-02c', england: 'INF-WORK-COMPLETE', scotland: 'INF-WORK-COMPLETE' } },
  { reason: 'family-request', change: 'changes', rule: { salford: 'CH-02h' } },
  { reason: 'family-request', change: 'may-change', rule: { safeh: 'CH-01d', england: 'INF-FAMILY-REQUEST', scotland: 'INF-FAMILY-REQUEST' } },
  { reason: 'legal-proceedings', change: 'changes', rule: { safeh: 'CH-01e', ...each(['england', 'salford', 'scotland'], 'INF-LEGAL') } },
  { reason: 'statutory-involvement', when: referralAccepted, change: 'changes', rule: { england: 'CIN-01', salford: 'CH-05', safeh: 'INF-STEP-UP-SAFEH', scotland: 'SC-04' } },
  { reason: 'statutory-involvement', change: 'stays', rule: each(ALL, 'INF-REFERRAL-PENDING') },
  { reason: 'status-ended', when: leadEndsInvolvement, change: 'changes', rule: { salford: 'CH-02e' } },
  { reason: 'status-ended', change: 'stays', rule: { salford: 'INF-STEP-DOWN-OTHER-LEAD' } },
  { reason: 'status-ended', change: 'may-change', rule: { england: 'CH-08', safeh: 'INF-STEP-DOWN-SAFEH', scotland: 'INF-STEP-DOWN-SC' } },
  { reason: 'family-disengaged', change: 'changes', rule: { salford: 'CH-02f' } },
  { reason: 'family-disengaged', change: 'may-change', rule: each(['england', 'safeh', 'scotland'], 'INF-DISENGAGED') },
  { reason: 'needs-changed', change: 'changes', rule: { salford: 'CH-02g' } },
  { reason: 'needs-changed', change: 'may-change', rule: { england: 'CH-06', safeh: 'INF-NEEDS-SAFEH', scotland: 'CH-09c' } },
  { reason: 'family-moving', change: 'changes', rule: { scotland: 'CH-09a', ...each(ENGLISH, 'INF-MOVING') } },
  { reason: 'plan-no-longer-needed', change: 'role-ends', rule: { england: 'N-03', salford: 'N-12b', safeh: 'N-12a', scotland: 'CH-09b' } },
  { reason: 'school-move', change: 'may-change', rule: { england: 'CH-07a', scotland: 'CH-09e', salford: 'INF-SCHOOL-MOVE', safeh: 'INF-SCHOOL-MOVE' } },
];

// ---------------------------------------------------------------------------------------------------------
// 2. A lead fixed by a status (current-lead=social-worker): the status outlasts the change (our inferences).
// ---------------------------------------------------------------------------------------------------------

export interface StatusLead {
  reasons: readonly Reason[];
  rule: ByGuidance<RuleId>;
  /** Where set, this settles "does the lead change?" (the guidance's own rule is shown beside it). */
  change?: Change;
  /** Where set, the next lead is another worker of the same kind, chosen by their service. */
  replaced?: true;
}

const STATUS_RULE: ByGuidance<RuleId> = { ...each(ENGLISH, 'INF-SW-REPLACED'), scotland: 'INF-SC-SPECIALIST' };
export const STATUS_LEADS: readonly StatusLead[] = [
  { reasons: ['leaving-post', 'long-term-sickness'], rule: STATUS_RULE, replaced: true },
  // A request, or proceedings the role itself requires, do not move the role away from a social worker.
  { reasons: ['family-request', 'legal-proceedings'], rule: STATUS_RULE, change: 'may-change', replaced: true },
  { reasons: ['family-disengaged', 'needs-changed', 'school-move'], rule: { ...each(ENGLISH, 'INF-SW-STAYS'), scotland: 'INF-SC-SPECIALIST' }, change: 'stays' },
];

/** Who replaces a lead fixed by a status, and who chooses them. */
const REPLACED_BY: ByGuidance<{ lead: NewLead; chooser: Chooser }> = {
  ...each(ENGLISH, { lead: 'social-worker' as const, chooser: 'childrens-social-care' as const }),
  scotland: { lead: 'specialist-agency-worker', chooser: 'specialist-agency' },
};

// ---------------------------------------------------------------------------------------------------------
// 3. Who leads next, and who chooses (first row that holds; a status lead's replacement comes first).
// ---------------------------------------------------------------------------------------------------------

/** How each guidance chooses a lead where no status fixes one. */
const CHOOSING: ByGuidance<RuleId> = { england: 'A-05', salford: 'A-13', safeh: 'A-09', scotland: 'SC-08' };

export interface NextRow {
  lead: NewLead;
  chooser: Chooser;
  /** The rules that say so, for each guidance the row holds under (none: nobody new leads). */
  rules?: ByGuidance<readonly RuleId[]>;
  /** Guidance the row holds under (default: every guidance). */
  under?: readonly Guidance[];
  when: When;
}

export const NEXT: readonly NextRow[] = [
  { when: leadStays, lead: 'unchanged', chooser: 'none' },
  { when: roleEnds, under: ['scotland'], lead: 'named-person', chooser: 'none', rules: { scotland: ['CH-09b'] } },
  { when: roleEnds, lead: 'none', chooser: 'none' },
  // Salford's cross-border rule, applied to a move; elsewhere our inference.
  { when: (f) => f.reason === 'family-moving', lead: 'check-responsible-authority', chooser: 'responsible-authority', rules: { ...each(ALL, ['INF-MOVING']), salford: ['X-02'] } },
  {
    when: referralAccepted,
    under: ENGLISH,
    lead: 'social-worker',
    chooser: 'childrens-social-care',
    rules: { england: ['CIN-01'], salford: ['CH-05'], safeh: ['INF-STEP-UP-SAFEH'] },
  },
  { when: referralAccepted, under: ['scotland'], lead: 'specialist-agency-worker', chooser: 'specialist-agency', rules: { scotland: ['SC-04'] } },
  { when: stepDown, under: ['salford'], lead: 'chosen-with-family-and-social-worker', chooser: 'family-with-social-worker', rules: { salford: ['CH-04'] } },
  { when: stepDown, under: ['scotland'], lead: 'named-person', chooser: 'team-with-family', rules: { scotland: ['INF-STEP-DOWN-SC', 'SC-08'] } },
  { when: always, lead: 'chosen-by-team-with-family', chooser: 'team-with-family', rules: Object.fromEntries(ALL.map((g) => [g, [CHOOSING[g]!]])) },
];

// ---------------------------------------------------------------------------------------------------------
// 4. The other parts of the answer
// ---------------------------------------------------------------------------------------------------------

export interface HandoverRow {
  handover: Handover;
  rules?: ByGuidance<readonly RuleId[]>;
  under?: readonly Guidance[];
  when: When;
}

/** Who arranges the handover: the outgoing lead, except one who is off sick (SAFeh Guideline 7). */
export const HANDOVER: readonly HandoverRow[] = [
  { when: leadStays, handover: 'none' },
  { when: roleEnds, under: ['scotland'], handover: 'outgoing-lead', rules: { scotland: ['HO-04'] } },
  { when: roleEnds, handover: 'none' },
  { when: (f) => f.reason === 'long-term-sickness', handover: 'team', rules: { safeh: ['HO-07', 'HO-01a'], ...each(['england', 'salford', 'scotland'], ['INF-LONG-ABSENCE']) } },
  { when: (f) => f.reason === 'statutory-involvement' || stepDown(f), under: ['england'], handover: 'outgoing-lead', rules: { england: ['CH-07b'] } },
  // Salford says who sees a change through only for a move to more specialist services (HO-05); elsewhere ours.
  { when: (f) => f.reason === 'statutory-involvement', under: ['salford'], handover: 'outgoing-lead', rules: { salford: ['HO-05'] } },
  { when: always, handover: 'outgoing-lead', rules: { england: ['CH-07a'], salford: ['INF-HANDOVER-SALFORD'], safeh: ['HO-01a', 'HO-02'], scotland: ['HO-04'] } },
];

/** A rule shown under some guidance for some reasons, when a predicate holds. */
export interface PartRow {
  rule: RuleId;
  under: readonly Guidance[];
  reasons?: readonly Reason[];
  when?: When;
}

/** Who keeps things going meanwhile. */
export const COVER: readonly PartRow[] = [
  { rule: 'INF-LONG-ABSENCE', under: ALL, reasons: ['long-term-sickness'] },
  { rule: 'AB-01', under: ['salford'], reasons: ['short-absence', 'long-term-sickness'] },
  { rule: 'N-07', under: ['scotland'], reasons: ['short-absence'] },
  { rule: 'HO-05', under: ['england', 'salford'], reasons: ['statutory-involvement'] },
  { rule: 'N-10', under: ['scotland'], reasons: ['long-term-sickness', 'statutory-involvement'] },
];

export interface NotifyRow extends PartRow {
  body: Body;
}

/** Who must be told: only the bodies each guidance names, and the family; where the lead stays, nobody. */
export const NOTIFY: readonly NotifyRow[] = [
  { body: 'access-and-response-team', rule: 'HO-01b', under: ['safeh'], when: leadChanges },
  { body: 'access-and-response-team', rule: 'HO-02', under: ['safeh'], when: roleEnds },
  { body: 'first-point-team', rule: 'HO-03', under: ['safeh'], when: notStays },
  { body: 'team-around-the-family', rule: 'HO-03', under: ['safeh'], when: notStays },
  { body: 'named-person', rule: 'HO-04', under: ['scotland'], when: (f, c) => c !== 'stays' && (c === 'role-ends' || stepDown(f)) },
  { body: 'family', rule: 'F-03', under: ['england', 'salford'], when: notStays },
  { body: 'family', rule: 'A-09', under: ['safeh'], when: leadChanges },
  { body: 'family', rule: 'T-05d', under: ['safeh'], when: roleEnds },
  { body: 'family', rule: 'CH-09d', under: ['scotland'], when: notStays },
];
/** Where the lead stays for now (an absence, a referral not yet taken on), no source names anyone to tell: our suggestion, not in data-notify. */
const NOTIFY_WHEN_STAYING: RuleId = 'INF-NOTIFY-FAMILY';

/** Other rules of the guidance that bear on the answer. */
export const ALSO: readonly PartRow[] = [
  { rule: 'N-11', under: ['safeh'], when: (_f, c) => c === 'may-change' || c === 'stays' },
  { rule: 'CH-02a', under: ['salford'], when: (_f, c) => c === 'may-change' || c === 'stays' },
  { rule: 'CH-02d', under: ['salford'], reasons: ['statutory-involvement'], when: referralAccepted },
  { rule: 'CH-03', under: ['salford'], reasons: ['needs-changed'], when: leadChanges },
  { rule: 'A-18', under: ['england'], reasons: ['family-request'] },
  { rule: 'CH-10', under: ['england'], reasons: ['statutory-involvement', 'status-ended'], when: notStays },
  { rule: 'CP-04a', under: ['salford'], reasons: ['statutory-involvement', 'family-disengaged'] },
  { rule: 'CP-04b', under: ['scotland'], reasons: ['statutory-involvement', 'family-disengaged'] },
];

/** Rules that would give a different answer if they applied: facts the tool does not ask about. */
export const CONDITIONS: readonly PartRow[] = [
  // A child in need after assessment (not on a plan, not looked after) can be led by anyone relevant (England).
  { rule: 'CIN-04', under: ['england'], when: (f) => statusLeadFor(f) !== undefined || f['status-ended'] === 'child-protection' },
  { rule: 'CIN-05', under: ['england'], when: (f) => statusLeadFor(f) !== undefined || f['status-ended'] === 'child-protection' },
  { rule: 'CIN-06', under: ['salford'], reasons: ['status-ended'], when: (f) => f['status-ended'] !== 'child-in-need' },
  { rule: 'CL-01', under: ['england', 'salford'], reasons: ['status-ended'], when: (f) => f['status-ended'] === 'looked-after' },
  { rule: 'N-03', under: ['england'], reasons: ['work-complete'] },
  { rule: 'CH-09b', under: ['scotland'], reasons: ['work-complete', 'status-ended'] },
  { rule: 'SC-03', under: ['scotland'], reasons: ['status-ended', 'needs-changed'], when: notStays },
  { rule: 'SC-01', under: ['scotland'], reasons: ['leaving-post', 'school-move'], when: (f) => !socialWorkerLeads(f) },
];

/** Situations that may fit better than the one chosen. */
export const SEE_ALSO: readonly { see: Reason; reasons: readonly Reason[]; when?: (f: Facts) => boolean }[] = [
  { see: 'status-ended', reasons: ['leaving-post', 'long-term-sickness', 'family-request', 'legal-proceedings', 'family-disengaged', 'needs-changed', 'school-move'], when: socialWorkerLeads },
  { see: 'plan-no-longer-needed', reasons: ['work-complete'] },
];

/** Case studies and pointers, by register section. */
export const EXAMPLES: readonly { id: string; when: (f: Facts, c: Change, h: Handover) => boolean }[] = [
  { id: 'lucas', when: (_f, c, h) => h !== 'none' || c === 'role-ends' },
  { id: 'paresh', when: (f, c) => (f.reason === 'family-disengaged' || f.reason === 'family-request') && c !== 'stays' },
];
export const POINTERS: readonly { id: string; under: readonly Guidance[]; reasons: readonly Reason[] }[] = [
  { id: 'salford-non-engagement', under: ['salford'], reasons: ['family-disengaged'] },
];

/** The printable checklist: each line's group, the outcomes it is for, and where it is our suggestion. */
export const CHECKLIST: readonly { id: string; group: ChecklistGroup; for: readonly (ChecklistKind | 'always')[]; ours?: readonly Guidance[] }[] = [
  { id: 'safety-first', group: 'always', for: ['always'], ours: ['england', 'safeh'] },
  { id: 'agree-next-lead', group: 'before', for: ['change'] },
  { id: 'plan-ahead', group: 'before', for: ['change', 'moving'] },
  { id: 'tell-family-early', group: 'before', for: ['change', 'moving', 'ending'] },
  { id: 'pass-plan', group: 'information', for: ['change', 'moving'] },
  { id: 'pass-assessments', group: 'information', for: ['change', 'moving'] },
  { id: 'pass-views', group: 'information', for: ['change', 'moving'], ours: ['safeh'] },
  { id: 'pass-contacts', group: 'information', for: ['change', 'moving'] },
  { id: 'share-safely', group: 'information', for: ['change', 'moving', 'ending'], ours: ['salford'] },
  { id: 'transitions-ahead', group: 'information', for: ['change', 'moving'], ours: ['salford', 'safeh'] },
  { id: 'keep-supporting', group: 'after', for: ['change', 'moving'], ours: ['safeh'] },
  { id: 'tell-team', group: 'after', for: ['change', 'moving', 'ending'], ours: ['england', 'salford'] },
  { id: 'notify-access-and-response-team', group: 'after', for: ['change', 'moving', 'ending'] },
  { id: 'notify-first-point-team', group: 'after', for: ['change', 'moving', 'ending'] },
  { id: 'support-new-lead', group: 'after', for: ['change', 'moving'] },
  { id: 'record-change', group: 'after', for: ['change', 'moving', 'ending'] },
  { id: 'cover-who', group: 'absence', for: ['absence'], ours: ['england', 'safeh', 'scotland'] },
  { id: 'check-outcomes', group: 'ending', for: ['ending'] },
  { id: 'recommend-closing-safeh', group: 'ending', for: ['ending'] },
  { id: 'universal-services', group: 'ending', for: ['ending'] },
  { id: 'named-person-takes-back', group: 'ending', for: ['ending'] },
  { id: 'way-back', group: 'ending', for: ['ending'], ours: ['salford', 'safeh', 'scotland'] },
  { id: 'responsible-authority', group: 'moving', for: ['moving'], ours: ['england', 'safeh'] },
];

/** Which checklist lines an outcome prints: a new lead (or a move), an absence, or the role ending. */
function checklistKinds(f: Facts, change: Change, newLead: NewLead): Set<ChecklistKind> {
  const kinds = new Set<ChecklistKind>();
  if (change === 'role-ends') kinds.add('ending');
  if (newLead === 'check-responsible-authority') kinds.add('moving');
  else if (change === 'changes' || change === 'may-change') kinds.add('change');
  if (f.reason === 'short-absence' || f.reason === 'long-term-sickness') kinds.add('absence');
  return kinds;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the register
// ---------------------------------------------------------------------------------------------------------

/** The weakest of some strengths (STRENGTHS runs from strongest to weakest). */
const weakest = (list: readonly Strength[]): Strength => STRENGTHS[Math.max(...list.map((s) => STRENGTHS.indexOf(s)))]!;

/**
 * How firm a rule is: its own strength, or for our inference, the weakest strength of the rules it was derived
 * from (inferences within it followed through), never statutory.
 */
export function strengthOf(register: Register, id: RuleId, seen: readonly RuleId[] = []): Strength {
  const rule: RuleRecord | undefined = register.rules[id];
  if (!rule) throw new Error(`rule "${id}" is not in the register`);
  if (!rule.inference) return rule.strength!;
  if (seen.includes(id)) throw new Error(`rule "${id}" is derived from itself`);
  const from = weakest(rule.inference.derivedFrom.map((d) => strengthOf(register, d, [...seen, id])));
  return from === 'statutory' ? 'expected' : from;
}

function ref(register: Register, g: Guidance, id: RuleId): RuleRef {
  const rule = register.rules[id];
  if (!rule) throw new Error(`rule "${id}" is not in the register`);
  return { id, strength: strengthOf(register, id), inference: rule.inference !== undefined, cites: [...(rule.cites[g] ?? [])] };
}

const holds = (row: { under?: readonly Guidance[]; reasons?: readonly Reason[]; when?: When }, f: Facts, g: Guidance, c: Change) =>
  (row.under ?? ALL).includes(g) && (!row.reasons || row.reasons.includes(f.reason!)) && (row.when ?? always)(f, c);

// ---------------------------------------------------------------------------------------------------------
// The answer
// ---------------------------------------------------------------------------------------------------------

/** The trigger row for these facts under this guidance. Total: every reason has a row for every guidance. */
export function triggerFor(f: Facts, g: Guidance): Trigger {
  const row = TRIGGERS.find((t) => t.reason === f.reason && t.rule[g] !== undefined && (t.when ?? (() => true))(f));
  if (!row) throw new Error(`no trigger for reason "${String(f.reason)}" under ${g}`);
  return row;
}

/** The status-lead row that applies, if the current lead is the child's social worker (or specialist-agency worker). */
export function statusLeadFor(f: Facts): StatusLead | undefined {
  return socialWorkerLeads(f) ? STATUS_LEADS.find((s) => s.reasons.includes(f.reason!)) : undefined;
}

/**
 * Does the lead professional need to change, for these answers, under the guidance they name, by the rules in
 * `register`? Expects `guidance` and `reason`; the other answers are read where they apply.
 */
export function decide(f: Facts, register: Register): ChangeOutcome {
  const g = f.guidance;
  if (!g || !f.reason) throw new Error('decide needs guidance and reason');
  const r = (id: RuleId) => ref(register, g, id);

  // 1-2. Does the lead change, and by which rule.
  const trigger = triggerFor(f, g);
  const status = statusLeadFor(f);
  const decidingId = status?.change ? status.rule[g]! : trigger.rule[g]!;
  const change = status?.change ?? trigger.change;
  const decidedBy = r(decidingId);

  // 3. Who leads next, and who chooses.
  let newLead: NewLead;
  let chooser: Chooser;
  let nextRules: RuleRef[];
  if (change !== 'stays' && status?.replaced) {
    ({ lead: newLead, chooser } = REPLACED_BY[g]!);
    nextRules = [r(status.rule[g]!)];
  } else {
    const row = NEXT.find((n) => holds(n, f, g, change))!;
    ({ lead: newLead, chooser } = row);
    nextRules = (row.rules?.[g] ?? []).map(r);
  }

  // 4. Handover, cover, who is told, and the rest.
  const handoverRow = HANDOVER.find((h) => holds(h, f, g, change))!;
  const pick = (rows: readonly PartRow[]) => rows.filter((row) => holds(row, f, g, change)).map((row) => r(row.rule));
  const notifyRows = NOTIFY.filter((n) => holds(n, f, g, change));
  const waiting = f.reason === 'short-absence' || f.reason === 'statutory-involvement';
  const notifyRules = notifyRows.length > 0 ? notifyRows.map((n) => ({ body: n.body, rule: r(n.rule) })) : waiting ? [{ body: 'family' as const, rule: r(NOTIFY_WHEN_STAYING) }] : [];
  // Where the status decided, the guidance's own rule for the situation is shown beside it (if it is sourced).
  const own = status?.change ? [r(trigger.rule[g]!)].filter((x) => !x.inference) : [];
  const kinds = checklistKinds(f, change, newLead);
  const checklist: ChecklistLine[] = CHECKLIST.filter((line) => line.for.some((k) => k === 'always' || kinds.has(k))).flatMap((line) => {
    const cites = [...(register.sections.checklist?.[line.id]?.cites[g] ?? [])];
    const ours = line.ours?.includes(g) ?? false;
    return cites.length > 0 || ours ? [{ id: line.id, group: line.group, ours, cites }] : [];
  });
  checklist.sort((a, b) => CHECKLIST_GROUPS.indexOf(a.group) - CHECKLIST_GROUPS.indexOf(b.group));

  const outcome: Omit<ChangeOutcome, 'derivedFrom'> = {
    guidance: g,
    reason: f.reason,
    change,
    strength: decidedBy.strength,
    inference: decidedBy.inference || nextRules.some((x) => x.inference),
    silent: decidedBy.inference,
    decidedBy,
    newLead,
    chooser,
    nextRules,
    handover: handoverRow.handover,
    handoverRules: (handoverRow.rules?.[g] ?? []).map(r),
    cover: pick(COVER),
    notify: BODIES.filter((b) => notifyRows.some((n) => n.body === b)),
    notifyRules,
    also: [...own, ...pick(ALSO)],
    conditions: pick(CONDITIONS),
    seeAlso: SEE_ALSO.filter((s) => s.reasons.includes(f.reason!) && (s.when ?? (() => true))(f)).map((s) => s.see),
    examples: EXAMPLES.filter((e) => e.when(f, change, handoverRow.handover)).map((e) => statement(register, 'examples', e.id)),
    pointers: POINTERS.filter((p) => p.under.includes(g) && p.reasons.includes(f.reason!)).map((p) => statement(register, 'pointers', p.id, g)),
    checklist,
  };
  // What the answer's inferences (does it change, who leads next) were worked out from; other parts mark their own.
  const derivedFrom = [...new Set([decidedBy, ...nextRules].filter((x) => x.inference).flatMap((x) => register.rules[x.id]!.inference!.derivedFrom))];
  return { ...outcome, derivedFrom };
}

/** A cited statement of a register section: for one guidance, or (examples, which come from one source) wherever it is cited. */
function statement(register: Register, section: string, id: string, g?: Guidance): StatementRef {
  const record = register.sections[section]?.[id];
  if (!record) throw new Error(`${section} "${id}" is not in the register`);
  const cites = g ? (record.cites[g] ?? []) : Object.values(record.cites).flatMap((list) => list ?? []);
  return { id, cites: [...cites] };
}

/**
 * The plain-words version for the family, as wording keys (wording/family.yaml): what has happened, what the rule
 * means for them, who chooses, and the handover. Each part lists keys from the most particular to the most general;
 * the first the wording has is used.
 */
export function familyKeys(f: Facts, o: ChangeOutcome): string[][] {
  const g = o.guidance;
  const detail =
    f.reason === 'status-ended' ? f['status-ended'] : f.reason === 'statutory-involvement' ? (f['referral-accepted'] ? 'yes' : 'no') : f['current-lead'] === 'social-worker' ? 'social-worker' : undefined;
  const base = `situation.${o.reason}`;
  const situation = [...(detail ? [`${base}.${detail}.${g}`, `${base}.${detail}`] : []), `${base}.${g}`, base];
  const parts = [situation, [`rule.${o.decidedBy.id}.${g}`, `rule.${o.decidedBy.id}`]];
  if (o.chooser !== 'none' && o.change !== 'stays') parts.push([`chooses.${o.chooser}.${o.change}`, `chooses.${o.chooser}`]);
  if (o.handover !== 'none') parts.push([`handover.${o.handover}.${o.change}`, `handover.${o.handover}`]);
  return parts;
}

/**
 * Every register id this file refers to that the register does not hold, and every register entry nothing here
 * can show (empty when they match). The page build and the tests fail on any.
 */
export function registerProblems(register: Register): string[] {
  const problems: string[] = [];
  const ids = (by: ByGuidance<RuleId | readonly RuleId[]> | undefined) => Object.values(by ?? {}).flat() as RuleId[];
  const used = new Set<RuleId>([
    ...TRIGGERS.flatMap((t) => ids(t.rule)),
    ...STATUS_LEADS.flatMap((s) => ids(s.rule)),
    ...NEXT.flatMap((n) => ids(n.rules)),
    ...HANDOVER.flatMap((h) => ids(h.rules)),
    ...[...COVER, ...NOTIFY, ...ALSO, ...CONDITIONS].map((row) => row.rule),
    NOTIFY_WHEN_STAYING,
  ]);
  const derived = new Set(Object.values(register.rules).flatMap((r) => r.inference?.derivedFrom ?? []));
  for (const id of used) if (!register.rules[id]) problems.push(`rules.ts uses rule "${id}", which the register does not have`);
  for (const id of Object.keys(register.rules)) if (!used.has(id) && !derived.has(id)) problems.push(`register rule "${id}" is never used`);
  const sections: Record<string, readonly string[]> = {
    checklist: CHECKLIST.map((c) => c.id),
    examples: EXAMPLES.map((e) => e.id),
    pointers: POINTERS.map((p) => p.id),
  };
  for (const [name, list] of Object.entries(sections)) {
    const held = Object.keys(register.sections[name] ?? {});
    for (const id of list) if (!held.includes(id)) problems.push(`${name} "${id}" is not in the register`);
    for (const id of held) if (!list.includes(id)) problems.push(`register ${name} "${id}" is never used`);
  }
  for (const name of Object.keys(register.sections)) if (!(name in sections)) problems.push(`register section "${name}" is not used`);
  return problems;
}
