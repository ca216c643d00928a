/**
 * The questions of "Who should be the lead professional?", in the order asked, each with the steps that can follow
 * it. A question applies when its guidance reads the fact it answers (FACTS_READ in contract.ts) and it fits the
 * answers so far: a follow-up only for a status that was ticked, a status only where the guidance says it exists at
 * that age. Questions marked with `relevance` are asked only where their answer can still change the outcome (worked
 * out at build time from the facts named; see src/tools/engine/relevance.ts). The words are in wording/questions.yaml.
 */
import { CHECK, type Answers, type FlowDefinition, type Question, type RadiosQuestion } from '../engine/flow.ts';
import type { NotApplicable, ParamSpec } from '../engine/contract.ts';
import { CONTRACT, FACTS_READ, type FactKey, type Guidance } from './contract.ts';

const ENGLAND: readonly Guidance[] = ['england', 'salford'];
const SCOTLAND: readonly Guidance[] = ['scotland'];

/** The England and Salford statuses, in the order the checklist shows them. */
export const ENGLAND_STATUSES = [
  'child-protection',
  'young-persons-plan',
  'looked-after',
  'adoption-plan',
  'care-leaver',
  'child-in-need',
  'stepped-down-from',
  'youth-justice',
  'mental-health',
  'disability',
  'several-health-professionals',
  'sen',
  'post-16',
  'cross-border',
  'assessment',
] as const satisfies readonly FactKey[];

/** The Scottish statuses. */
export const SCOTLAND_STATUSES = [
  'looked-after',
  'compulsory-measures',
  'child-protection',
  'asbo',
  'co-ordinated-support-plan',
  'complex-health',
] as const satisfies readonly FactKey[];

/**
 * Where a status exists at all, whatever the rules then say about it: the source's own limits.
 * The Young Person's Plan is Salford's, for ages 15 to 17 (Salford handbook, thresholds table 'Young Person's
 * Plan'); care leavers and post-16 routes start at 16.
 */
export const ITEM_LIMITS: Partial<Record<FactKey, { guidance?: readonly Guidance[]; minAge?: number; maxAge?: number; minPractitioners?: number }>> = {
  'young-persons-plan': { guidance: ['salford'], minAge: 15, maxAge: 17 },
  'care-leaver': { minAge: 16 },
  'post-16': { minAge: 16 },
  // Salford's handbook asks for a lead health professional "where there a number of health professionals involved".
  'several-health-professionals': { guidance: ['salford'], minPractitioners: 2 },
};

const guidanceOf = (a: Answers) => a.guidance as Guidance | undefined;
const ageOf = (a: Answers) => (typeof a.age === 'number' ? a.age : undefined);
const practitionersOf = (a: Answers) => (typeof a.practitioners === 'number' ? a.practitioners : undefined);
const reads = (g: Guidance, fact: FactKey) => FACTS_READ[g].includes(fact);

/** Whether a status can be ticked, given the guidance, age and number of practitioners (not yet known: allowed). */
export function itemProblem(item: FactKey, g: Guidance | undefined, age: number | undefined, practitioners?: number): NotApplicable | null {
  if (!g) return { why: 'no-guidance' };
  const limit = ITEM_LIMITS[item];
  if (!reads(g, item) || (limit?.guidance && !limit.guidance.includes(g))) return { why: 'guidance', guidance: g };
  if (limit && age !== undefined && ((limit.minAge !== undefined && age < limit.minAge) || (limit.maxAge !== undefined && age > limit.maxAge))) {
    return { why: limit.maxAge !== undefined ? 'age-range' : 'age-from', minAge: limit.minAge, maxAge: limit.maxAge, age };
  }
  if (limit?.minPractitioners !== undefined && practitioners !== undefined && practitioners < limit.minPractitioners) {
    return { why: 'few-practitioners', minPractitioners: limit.minPractitioners, practitioners };
  }
  return null;
}
const itemProblemIn = (item: string, a: Answers) => itemProblem(item as FactKey, guidanceOf(a), ageOf(a), practitionersOf(a));

/** The statuses ticked in a checklist, among those on offer. */
function ticked(checklist: 'statuses' | 'scotland-statuses', answers: Answers): string[] {
  const value = answers[checklist];
  if (!Array.isArray(value)) return [];
  return value.filter((item) => itemProblemIn(item, answers) === null);
}

/**
 * An answer that contradicts one given earlier, as a reason to drop it: `other` is the earlier answer in link form.
 * A child cannot have left a plan or care they are still in, and "open to CAMHS only" excludes children's social care.
 */
const contradicts = (other: string): NotApplicable => ({ why: 'contradicts', other });

/** The earlier answers that mean the case is open to children's social care. */
function openToSocialCare(a: Answers): string | null {
  const on = ticked('statuses', a);
  for (const item of ['child-protection', 'looked-after', 'young-persons-plan'] as const) if (on.includes(item)) return `${item}=yes`;
  if (on.includes('care-leaver') && a['care-leaver'] === 'eligible') return 'care-leaver=eligible';
  if (on.includes('child-in-need') && (a['child-in-need'] === 'assessment' || a['child-in-need'] === 'open')) return `child-in-need=${String(a['child-in-need'])}`;
  return null;
}

/** Step-down: the plan or care that ended must not still be given as current. */
function steppedDownFromApplies(value: string, a: Answers): NotApplicable | null {
  const on = ticked('statuses', a);
  if (value === 'child-protection' && on.includes('child-protection')) return contradicts('child-protection=yes');
  if (value === 'looked-after' && on.includes('looked-after')) return contradicts('looked-after=yes');
  // A care leaver is covered by the care leaver rules (still looked after, or has left care).
  if (value === 'looked-after' && on.includes('care-leaver') && typeof a['care-leaver'] === 'string') return contradicts(`care-leaver=${a['care-leaver']}`);
  return null;
}

/** "Open to CAMHS only" says the case is not open to children's social care. */
function mentalHealthApplies(value: string, a: Answers): NotApplicable | null {
  const open = value === 'camhs-only' ? openToSocialCare(a) : null;
  return open ? contradicts(open) : null;
}

/** A question asked under some guidance, for a fact that guidance reads, optionally only after a ticked status. */
function appliesUnder(guidance: readonly Guidance[], fact: FactKey | null, after?: FactKey) {
  return (a: Answers): NotApplicable | null => {
    const g = guidanceOf(a);
    if (!g) return { why: 'no-guidance' };
    if (!guidance.includes(g) || (fact && !reads(g, fact))) return { why: 'guidance', guidance: g };
    if (after && !ticked('statuses', a).includes(after)) {
      return CONTRACT[after].kind === 'boolean' ? { why: 'parent-yes', item: after } : { why: 'parent-given', item: after };
    }
    return null;
  };
}

function valuesOf(spec: ParamSpec): readonly string[] {
  if (spec.kind === 'boolean') return ['yes', 'no'];
  if (spec.kind === 'enum') return spec.values;
  throw new Error('not a choice');
}

/** A radios question on a fact. */
function radios(fact: FactKey, guidance: readonly Guidance[], next: readonly string[], more: Partial<Question> = {}): Question {
  return { id: fact, kind: 'radios', param: fact, values: valuesOf(CONTRACT[fact]), next, applies: appliesUnder(guidance, fact), ...more } as Question;
}

/** The follow-up to a ticked status: which kind. It never offers "no" (not ticking the status said that). */
function followUp(fact: FactKey, next: readonly string[], more: Partial<RadiosQuestion> = {}): Question {
  return radios(fact, ENGLAND, next, { values: valuesOf(CONTRACT[fact]).filter((v) => v !== 'no'), applies: appliesUnder(ENGLAND, fact, fact), ...more } as Partial<Question>);
}

function number(fact: FactKey, guidance: readonly Guidance[], next: readonly string[], more: Partial<Question> = {}): Question {
  const spec = CONTRACT[fact];
  if (spec.kind !== 'integer') throw new Error(`${fact} is not a number`);
  return { id: fact, kind: 'number', param: fact, min: spec.min, max: spec.max, next, applies: appliesUnder(guidance, fact), ...more } as Question;
}

function checklist(id: 'statuses' | 'scotland-statuses', guidance: readonly Guidance[], items: readonly FactKey[], next: readonly string[]): Question {
  const under = appliesUnder(guidance, null);
  const itemApplies = (item: string, a: Answers) => itemProblemIn(item, a);
  return {
    id,
    kind: 'checkboxes',
    items,
    next,
    itemApplies,
    // Asked where the guidance has at least one of its statuses.
    applies: (a) => under(a) ?? (items.some((item) => itemApplies(item, a) === null) ? null : { why: 'guidance', guidance: guidanceOf(a)! }),
  };
}

/** Age is asked where the guidance reads it, or where it decides which statuses exist. */
function ageApplies(a: Answers): NotApplicable | null {
  const g = guidanceOf(a);
  if (!g) return { why: 'no-guidance' };
  const decidesStatuses = Object.entries(ITEM_LIMITS).some(([item, limit]) => limit.minAge !== undefined && itemProblem(item as FactKey, g, undefined) === null);
  return reads(g, 'age') || decidesStatuses ? null : { why: 'guidance', guidance: g };
}

export const flow: FlowDefinition = {
  id: 'who-should-lead',
  contract: CONTRACT,
  // A "no" for a status that does not exist for this child or guidance loses nothing when dropped.
  quietNegatives: ['guidance', 'age-range', 'age-from', 'few-practitioners'],
  questions: [
    { id: 'guidance', kind: 'radios', param: 'guidance', values: valuesOf(CONTRACT.guidance), next: ['age', 'agencies'] },
    number('age', ['england', 'salford', 'scotland'], ['additional-needs'], { applies: ageApplies }),
    radios('additional-needs', ENGLAND, ['practitioners'], { relevance: { inputs: ['guidance'] } }),
    number('practitioners', ENGLAND, ['statuses'], { relevance: { inputs: ['guidance'] } }),
    checklist('statuses', ENGLAND, ENGLAND_STATUSES, [
      'placement', 'care-leaver', 'child-in-need', 'stepped-down-from', 'youth-justice', 'mental-health', 'disability', 'sen', 'post-16', 'assessment', CHECK,
    ]),
    radios('placement', ENGLAND, ['care-leaver', 'child-in-need', 'stepped-down-from', 'youth-justice', 'mental-health', 'disability', 'sen', 'post-16', 'assessment', CHECK], {
      applies: appliesUnder(ENGLAND, 'placement', 'looked-after'),
      relevance: { inputs: ['guidance', 'looked-after'] },
    }),
    followUp('care-leaver', ['child-in-need', 'stepped-down-from', 'youth-justice', 'mental-health', 'disability', 'sen', 'post-16', 'assessment', CHECK]),
    followUp('child-in-need', ['stepped-down-from', 'youth-justice', 'mental-health', 'disability', 'sen', 'post-16', 'assessment', CHECK]),
    followUp('stepped-down-from', ['youth-justice', 'mental-health', 'disability', 'sen', 'post-16', 'assessment', CHECK], { valueApplies: steppedDownFromApplies }),
    followUp('youth-justice', ['mental-health', 'disability', 'sen', 'post-16', 'assessment', CHECK]),
    followUp('mental-health', ['disability', 'sen', 'post-16', 'assessment', CHECK], { valueApplies: mentalHealthApplies }),
    followUp('disability', ['sen', 'post-16', 'assessment', CHECK]),
    followUp('sen', ['year-group', 'needs-beyond-school', 'post-16', 'assessment', CHECK]),
    number('year-group', ENGLAND, ['needs-beyond-school', 'post-16', 'assessment', CHECK], {
      applies: appliesUnder(ENGLAND, 'year-group', 'sen'),
      relevance: { inputs: ['guidance', 'sen'] },
    }),
    radios('needs-beyond-school', ENGLAND, ['post-16', 'assessment', CHECK], {
      applies: appliesUnder(ENGLAND, 'needs-beyond-school', 'sen'),
      relevance: { inputs: ['guidance', 'sen', 'year-group'] },
    }),
    followUp('post-16', ['assessment', CHECK]),
    followUp('assessment', [CHECK]),
    number('agencies', SCOTLAND, ['scotland-statuses'], { relevance: { inputs: ['guidance'] } }),
    checklist('scotland-statuses', SCOTLAND, SCOTLAND_STATUSES, ['third-sector-sla', CHECK]),
    radios('third-sector-sla', SCOTLAND, [CHECK], {
      relevance: { inputs: ['guidance', 'agencies', ...SCOTLAND_STATUSES] },
    }),
  ],
};
