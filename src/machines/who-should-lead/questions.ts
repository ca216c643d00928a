/**
 * The questions of "Who should be the lead professional?": their order, their answer types and
 * when each one applies. Pure functions only; the machine (machine.ts) calls them from one-line
 * guards and actions, the URL layer (url.ts) uses them to read and write links, and the view
 * uses them to list answers. The words people read are in
 * src/content/tools/who-should-lead/questions.yaml.
 *
 * No lead rule is stated here. A question is asked when:
 *  - its guidance reads the fact it answers (FACTS_READ in rules.ts);
 *  - it fits the answers given so far (a follow-up only for a status that was ticked; a status only
 *    where the guidance says it exists at that age: the Young Person's Plan is Salford's, for ages
 *    15 to 17; care leavers and post-16 routes start at 16);
 *  - and, for a question that does not carry a ticked status, its answer can still change the
 *    recommendation. That is checked by asking the rules themselves (recommendLead) about every way
 *    the remaining questions could be answered, when there are few enough of them to try
 *    (RELEVANCE_BUDGET); when there are more, the question is asked.
 */
import type { FactKey, Facts, Guidance } from './facts.ts';
import { FACTS_READ, recommendLead } from './rules.ts';
import { PARAMS, type ParamSpec } from './params.ts';

export type QuestionKind = 'radios' | 'number' | 'checkboxes';

/** Answers, keyed by question id. Radios hold their URL value ('yes', 'foster'), numbers a number, checklists the ticked parameter names. */
export type AnswerValue = string | number | readonly string[];
export type Answers = Readonly<Partial<Record<QuestionId, AnswerValue>>>;

interface Base<Id extends string> {
  /** Question id; for every question but a checklist, also the URL parameter it answers. */
  readonly id: Id;
  readonly kind: QuestionKind;
  /** Guidance under which the question can be asked (then filtered by FACTS_READ). */
  readonly guidance: readonly Guidance[];
  /** Asked only when this checklist item is ticked (and, if given, the parent question has one of these answers). */
  readonly after?: { readonly item: FactKey; readonly checklist: ChecklistId };
}

export interface RadiosQuestion extends Base<string> {
  readonly kind: 'radios';
  readonly fact: FactKey;
  /** Option values, in the URL's words. A follow-up to a checklist item omits 'no' (unticked means 'no'). */
  readonly values: readonly string[];
}
export interface NumberQuestion extends Base<string> {
  readonly kind: 'number';
  readonly fact: FactKey;
  readonly min: number;
  readonly max: number;
}
export interface ChecklistQuestion extends Base<string> {
  readonly kind: 'checkboxes';
  /** The statuses offered, each a URL parameter name (boolean or enum). */
  readonly items: readonly FactKey[];
}
export type Question = RadiosQuestion | NumberQuestion | ChecklistQuestion;

const ENGLAND: readonly Guidance[] = ['england', 'salford'];
const SCOTLAND: readonly Guidance[] = ['scotland'];
const ALL: readonly Guidance[] = ['england', 'salford', 'scotland'];

function valuesOf(fact: FactKey): readonly string[] {
  const spec: ParamSpec = PARAMS[fact];
  if (spec.kind === 'boolean') return ['yes', 'no'];
  if (spec.kind === 'enum') return spec.values;
  throw new Error(`${fact} is not a choice`);
}
const radios = (fact: FactKey, guidance: readonly Guidance[], after?: Base<string>['after']): RadiosQuestion => ({
  id: fact,
  kind: 'radios',
  fact,
  guidance,
  after,
  // A follow-up to a ticked status never offers 'no': not ticking it said that.
  values: after && after.item === fact ? valuesOf(fact).filter((v) => v !== 'no') : valuesOf(fact),
});
const number = (fact: FactKey, guidance: readonly Guidance[], after?: Base<string>['after']): NumberQuestion => {
  const spec = PARAMS[fact];
  if (spec.kind !== 'integer') throw new Error(`${fact} is not a number`);
  return { id: fact, kind: 'number', fact, guidance, after, min: spec.min, max: spec.max };
};
const followUp = (fact: FactKey) => radios(fact, ENGLAND, { item: fact, checklist: 'statuses' });

/** The England and Salford statuses, in the order the checklist shows them. */
export const ENGLAND_STATUSES = [
  'child-protection',
  'young-persons-plan',
  'looked-after',
  'adoption-plan',
  'care-leaver',
  'child-in-need',
  'youth-justice',
  'mental-health',
  'disability',
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

export type ChecklistId = 'statuses' | 'scotland-statuses';

/** Every question, in the order asked. Ids are the URL parameter names, except the two checklists. */
export const QUESTIONS = [
  radios('guidance', ALL),
  number('age', ALL),
  radios('additional-needs', ENGLAND),
  number('practitioners', ENGLAND),
  { id: 'statuses', kind: 'checkboxes', guidance: ENGLAND, items: ENGLAND_STATUSES },
  radios('placement', ENGLAND, { item: 'looked-after', checklist: 'statuses' }),
  followUp('care-leaver'),
  followUp('child-in-need'),
  followUp('youth-justice'),
  followUp('mental-health'),
  followUp('disability'),
  followUp('sen'),
  number('year-group', ENGLAND, { item: 'sen', checklist: 'statuses' }),
  radios('needs-beyond-school', ENGLAND, { item: 'sen', checklist: 'statuses' }),
  followUp('post-16'),
  followUp('assessment'),
  number('agencies', SCOTLAND),
  { id: 'scotland-statuses', kind: 'checkboxes', guidance: SCOTLAND, items: SCOTLAND_STATUSES },
  radios('third-sector-sla', SCOTLAND),
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
export const QUESTION_IDS = QUESTIONS.map((q) => q.id) as QuestionId[];

const BY_ID = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

export function isQuestionId(id: unknown): id is QuestionId {
  return typeof id === 'string' && BY_ID.has(id);
}
export function question(id: QuestionId): Question {
  return BY_ID.get(id) as Question;
}

/**
 * Where a status exists at all, whatever the rules then say about it: the source's own limits.
 * YPP: Salford, ages 15 to 17 (Salford handbook, thresholds table 'Young Person's Plan').
 * Care leavers and post-16 routes: from 16.
 */
export const ITEM_LIMITS: Partial<Record<FactKey, { guidance?: readonly Guidance[]; minAge?: number; maxAge?: number }>> = {
  'young-persons-plan': { guidance: ['salford'], minAge: 15, maxAge: 17 },
  'care-leaver': { minAge: 16 },
  'post-16': { minAge: 16 },
};

/** Why a status or question does not apply (for messages), or null when it does. */
export type NotApplicable =
  | { why: 'no-guidance' }
  | { why: 'guidance'; guidance: Guidance }
  | { why: 'age'; minAge?: number; maxAge?: number; age: number }
  | { why: 'parent'; item: FactKey }
  | { why: 'irrelevant' };

const reads = (g: Guidance, fact: FactKey) => (FACTS_READ[g] as readonly FactKey[]).includes(fact);

/** Whether a status can be ticked, given guidance and age (age not yet known: allowed). */
export function itemProblem(item: FactKey, g: Guidance | undefined, age: number | undefined): NotApplicable | null {
  if (!g) return { why: 'no-guidance' };
  const limit = ITEM_LIMITS[item];
  if (!reads(g, item) || (limit?.guidance && !limit.guidance.includes(g))) return { why: 'guidance', guidance: g };
  if (limit && age !== undefined && ((limit.minAge !== undefined && age < limit.minAge) || (limit.maxAge !== undefined && age > limit.maxAge))) {
    return { why: 'age', minAge: limit.minAge, maxAge: limit.maxAge, age };
  }
  return null;
}

/** The statuses a checklist offers, given the answers so far. */
export function checklistItems(q: ChecklistQuestion, answers: Answers): FactKey[] {
  const g = answers.guidance as Guidance | undefined;
  const age = typeof answers.age === 'number' ? answers.age : undefined;
  return q.items.filter((item) => itemProblem(item, g, age) === null);
}

/** The items ticked in a checklist that is answered, limited to those still on offer. */
export function ticked(checklist: ChecklistId, answers: Answers): FactKey[] {
  const value = answers[checklist];
  if (!Array.isArray(value)) return [];
  const offered = checklistItems(question(checklist) as ChecklistQuestion, answers);
  return offered.filter((item) => value.includes(item));
}

/** The fact a question answers (checklists answer several). */
function factOf(q: Question): FactKey | null {
  return q.kind === 'checkboxes' ? null : q.fact;
}

/** Why a question is not asked, judged on its place in the flow alone (guidance, age, ticked statuses). */
function structuralProblem(q: Question, answers: Answers): NotApplicable | null {
  if (q.id === 'guidance') return null;
  const g = answers.guidance as Guidance | undefined;
  if (!g) return { why: 'no-guidance' };
  if (!q.guidance.includes(g)) return { why: 'guidance', guidance: g };
  if (q.id === 'age') {
    // Age is asked when the guidance reads it, or when it decides which statuses exist.
    const needed = reads(g, 'age') || Object.keys(ITEM_LIMITS).some((item) => ITEM_LIMITS[item as FactKey]?.minAge !== undefined && itemProblem(item as FactKey, g, undefined) === null);
    return needed ? null : { why: 'guidance', guidance: g };
  }
  if (q.kind === 'checkboxes') return checklistItems(q, answers).length > 0 ? null : { why: 'guidance', guidance: g };
  const fact = factOf(q) as FactKey;
  if (!reads(g, fact)) return { why: 'guidance', guidance: g };
  if (q.after && !ticked(q.after.checklist, answers).includes(q.after.item)) return { why: 'parent', item: q.after.item };
  return null;
}

/** Whether a value has the right shape for a question, given the answers before it. */
function fits(q: Question, value: unknown, before: Answers): boolean {
  switch (q.kind) {
    case 'radios':
      return typeof value === 'string' && q.values.includes(value);
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= q.min && value <= q.max;
    case 'checkboxes': {
      if (!Array.isArray(value)) return false;
      const offered = checklistItems(q, before);
      return value.every((v) => offered.includes(v as FactKey)) && new Set(value).size === value.length;
    }
  }
}

interface Pass {
  /** For each question, why it is not asked (null: asked). */
  problems: Map<QuestionId, NotApplicable | null>;
  /** The answers kept: those to questions asked, in the right shape. */
  kept: Answers;
}

const passCache = new Map<string, Pass>();

/**
 * One walk through the questions in order: each question is judged on the answers kept before it.
 * A question that carries no status is skipped when, with every earlier question answered, no
 * answer to it can change the recommendation.
 */
function pass(answers: Answers): Pass {
  const key = JSON.stringify(answers);
  const cached = passCache.get(key);
  if (cached) return cached;
  const problems = new Map<QuestionId, NotApplicable | null>();
  const kept: Partial<Record<QuestionId, AnswerValue>> = {};
  let complete = true;
  QUESTIONS.forEach((q: Question, index) => {
    const id = q.id as QuestionId;
    let problem = structuralProblem(q, kept);
    if (!problem && complete && !carriesStatus(q) && !canChangeOutcome(q, index, kept)) problem = { why: 'irrelevant' };
    problems.set(id, problem);
    if (problem) return;
    const given = answers[id];
    // A checklist keeps the statuses still on offer (a change of age or guidance can take some away).
    const value = q.kind === 'checkboxes' && Array.isArray(given) ? checklistItems(q, kept).filter((item) => given.includes(item)) : given;
    if (value !== undefined && fits(q, value, kept)) kept[id] = value;
    else complete = false;
  });
  const result = { problems, kept };
  if (passCache.size > 5000) passCache.clear();
  passCache.set(key, result);
  return result;
}

/** Why a question is not asked, given the answers so far; null when it is asked. */
export function questionProblem(q: Question, answers: Answers): NotApplicable | null {
  return pass(answers).problems.get(q.id as QuestionId) ?? null;
}

export function isAsked(q: Question, answers: Answers): boolean {
  return questionProblem(q, answers) === null;
}

// ---------------------------------------------------------------------------------------------------------
// Relevance: can this answer still change the recommendation?
// ---------------------------------------------------------------------------------------------------------

/** How many recommendations the relevance check may compute for one question before it gives up and asks. */
export const RELEVANCE_BUDGET = 3000;

/** Questions that carry a ticked status (or choose the guidance, or are checklists) are never skipped. */
function carriesStatus(q: Question): boolean {
  return q.id === 'guidance' || q.kind === 'checkboxes' || (q.after !== undefined && q.after.item === q.fact);
}

/** Every answer a question could take here (with the answers so far deciding which statuses are on offer). */
function domain(q: Question, answers: Answers): AnswerValue[] {
  if (q.kind === 'radios') return [...q.values];
  if (q.kind === 'number') return Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
  const items = checklistItems(q, answers);
  return Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => mask & (2 ** i)));
}

/** An upper bound on the number of ways the questions after `index` could be answered. */
function laterSpace(index: number, answers: Answers): number {
  let n = 1;
  for (const q of QUESTIONS.slice(index + 1) as readonly Question[]) {
    if (!q.guidance.includes(answers.guidance as Guidance)) continue;
    n *= q.kind === 'checkboxes' ? 2 ** checklistItems(q, answers).length : domain(q, answers).length + 1;
    if (n > RELEVANCE_BUDGET) return n;
  }
  return n;
}

/** The facts for answers, counting every structurally possible question (used while trying answers). */
function factsOf(answers: Answers): Facts {
  return toFactsFor(answers, (q, a) => structuralProblem(q, a) === null);
}

/** Every way of answering the questions from `index` on, given `answers` (structural applicability only). */
function* completions(index: number, answers: Answers): Generator<Answers> {
  if (index >= QUESTIONS.length) {
    yield answers;
    return;
  }
  const q = QUESTIONS[index] as Question;
  if (structuralProblem(q, answers) !== null) {
    yield* completions(index + 1, answers);
    return;
  }
  for (const value of domain(q, answers)) yield* completions(index + 1, { ...answers, [q.id]: value });
}

const relevanceCache = new Map<string, boolean>();

/**
 * Whether some answer to `q` gives a different recommendation from leaving it unasked, for some way
 * of answering the questions after it, with `before` the answers to every question before it.
 * True whenever that cannot be settled within RELEVANCE_BUDGET recommendations.
 * (Leaving a question unasked is what the flow does when this is false, so the comparison is with that.)
 */
function canChangeOutcome(q: Question, index: number, before: Answers): boolean {
  const key = `${q.id}|${JSON.stringify(before)}`;
  const cached = relevanceCache.get(key);
  if (cached !== undefined) return cached;
  const values = domain(q, before);
  let result = false;
  if (values.length * laterSpace(index, before) * 2 > RELEVANCE_BUDGET) result = true;
  else {
    const g = before.guidance as Guidance;
    const rec = (a: Answers) => JSON.stringify(recommendLead(factsOf(a), g));
    outer: for (const value of values) {
      for (const rest of completions(index + 1, { ...before, [q.id]: value })) {
        const { [q.id as QuestionId]: _drop, ...without } = rest;
        if (rec(rest) !== rec(without)) {
          result = true;
          break outer;
        }
      }
    }
  }
  if (relevanceCache.size > 20000) relevanceCache.clear();
  relevanceCache.set(key, result);
  return result;
}

/** The questions asked for these answers, in order. */
export function askedQuestions(answers: Answers): Question[] {
  const { problems } = pass(answers);
  return (QUESTIONS as readonly Question[]).filter((q) => problems.get(q.id as QuestionId) === null);
}

/** Whether `value` is an answer the question accepts, given the answers so far. */
export function isValidAnswer(id: QuestionId, value: unknown, answers: Answers): boolean {
  const q = question(id);
  return !!q && isAsked(q, answers) && fits(q, value, pass(answers).kept);
}

export function isAnswered(q: Question, answers: Answers): boolean {
  const value = answers[q.id as QuestionId];
  return value !== undefined && isValidAnswer(q.id as QuestionId, value, answers);
}

/** The first question asked but not answered, or null when every question asked is answered. */
export function firstUnanswered(answers: Answers): QuestionId | null {
  const q = askedQuestions(answers).find((x) => !isAnswered(x, answers));
  return q ? (q.id as QuestionId) : null;
}

export function isComplete(answers: Answers): boolean {
  return firstUnanswered(answers) === null;
}

/** The question after `id` in order that is asked, or null (then: check your answers). */
export function nextQuestion(id: QuestionId, answers: Answers): QuestionId | null {
  const asked = askedQuestions(answers).map((q) => q.id as QuestionId);
  const from = QUESTION_IDS.indexOf(id);
  return asked.find((a) => QUESTION_IDS.indexOf(a) > from) ?? null;
}

/** The question before `id` in order that is asked, or null at the first question. */
export function previousQuestion(id: QuestionId, answers: Answers): QuestionId | null {
  const asked = askedQuestions(answers).map((q) => q.id as QuestionId);
  const from = QUESTION_IDS.indexOf(id);
  return asked.filter((a) => QUESTION_IDS.indexOf(a) < from).at(-1) ?? null;
}

/** The last question asked (Back from "Check your answers"). */
export function lastQuestion(answers: Answers): QuestionId | null {
  return (askedQuestions(answers).at(-1)?.id as QuestionId | undefined) ?? null;
}

/**
 * Drops answers that no longer apply (a follow-up whose status was unticked, a status that the
 * new guidance or age does not have, a question that can no longer change the answer).
 */
export function prune(answers: Answers): Answers {
  return pass(answers).kept;
}

/** The answers with one more answer, pruned. */
export function withAnswer(answers: Answers, id: QuestionId, value: AnswerValue): Answers {
  return prune({ ...answers, [id]: value });
}

/**
 * The facts the rules read, from the answers. Unticked statuses become `false` or `'no'`;
 * a ticked status whose follow-up is not answered yet is left out.
 */
export function toFacts(answers: Answers): Facts {
  return toFactsFor(answers, isAsked);
}

function toFactsFor(answers: Answers, include: (q: Question, answers: Answers) => boolean): Facts {
  const facts: Record<string, unknown> = {};
  for (const q of QUESTIONS as readonly Question[]) {
    if (!include(q, answers)) continue;
    const value = answers[q.id as QuestionId];
    if (value === undefined) continue;
    if (q.kind === 'checkboxes') {
      if (!Array.isArray(value)) continue;
      for (const item of checklistItems(q, answers)) {
        const spec = PARAMS[item];
        const on = value.includes(item);
        if (spec.kind === 'boolean') facts[item] = on;
        else if (!on) facts[item] = 'no';
      }
    } else if (q.kind === 'number') {
      facts[q.fact] = value;
    } else {
      facts[q.fact] = PARAMS[q.fact].kind === 'boolean' ? value === 'yes' : value;
    }
  }
  return facts as Facts;
}

/** A fact from a link that could not be used, and why. */
export interface UnusedFact {
  param: FactKey;
  problem: NotApplicable;
}

/**
 * The answers that a set of facts gives (the inverse of toFacts), walking the questions in order.
 * A checklist counts as answered when the facts give at least one of its statuses; the statuses
 * left out are taken as not ticked. Facts that no question asked here can take are returned as unused.
 */
export function fromFacts(facts: Facts): { answers: Answers; unused: UnusedFact[] } {
  const answers: Partial<Record<QuestionId, AnswerValue>> = {};
  const used = new Set<FactKey>();
  for (const q of QUESTIONS) {
    if (!isAsked(q, answers)) continue;
    if (q.kind === 'checkboxes') {
      const offered = checklistItems(q, answers);
      const given = offered.filter((item) => facts[item] !== undefined);
      if (given.length === 0) continue;
      answers[q.id as QuestionId] = given.filter((item) => facts[item] === true || (typeof facts[item] === 'string' && facts[item] !== 'no'));
      given.forEach((item) => used.add(item));
      continue;
    }
    const raw = facts[q.fact];
    if (raw === undefined) continue;
    const value = typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : raw;
    if (isValidAnswer(q.id as QuestionId, value, answers)) {
      answers[q.id as QuestionId] = value as AnswerValue;
      used.add(q.fact);
    }
  }
  const unused: UnusedFact[] = [];
  for (const key of Object.keys(facts) as FactKey[]) {
    if (used.has(key) || facts[key] === undefined) continue;
    unused.push({ param: key, problem: whyUnused(key, answers) });
  }
  return { answers, unused };
}

/** Why a fact was not used, given the answers that were. */
function whyUnused(param: FactKey, answers: Answers): NotApplicable {
  const g = answers.guidance as Guidance | undefined;
  if (!g) return { why: 'no-guidance' };
  const asQuestion = BY_ID.get(param);
  const inChecklist = (QUESTIONS as readonly Question[]).find((q): q is ChecklistQuestion => q.kind === 'checkboxes' && q.guidance.includes(g) && (q.items as readonly string[]).includes(param));
  if (inChecklist) {
    const age = typeof answers.age === 'number' ? answers.age : undefined;
    const problem = itemProblem(param, g, age);
    if (problem) return problem;
  }
  if (asQuestion) {
    const problem = questionProblem(asQuestion, answers);
    if (problem) return problem;
  }
  if (!inChecklist && !asQuestion) return { why: 'guidance', guidance: g };
  // A follow-up's value that contradicts its status ('no' is never a follow-up answer).
  if (asQuestion?.after) return { why: 'parent', item: asQuestion.after.item };
  return { why: 'guidance', guidance: g };
}

/** Where the tool is: the start page, a question, "Check your answers", or the outcome. */
export type Step = 'start' | QuestionId | 'check' | 'outcome';

/**
 * How the tool moves on after an answer. 'linear': the next question in order (answered ones
 * shown again, filled in). 'review': after "Change" or a link that already gave answers, straight
 * to the first question still unanswered, or back to "Check your answers".
 */
export type Mode = 'linear' | 'review';

export function isStep(value: unknown): value is Step {
  return value === 'start' || value === 'check' || value === 'outcome' || isQuestionId(value);
}

/** Where to open, given answers from a link: the outcome when every question asked is answered. */
export function openingStep(answers: Answers): Step {
  return firstUnanswered(answers) ?? 'outcome';
}

/** Where to go after answering `id`. */
export function stepAfter(id: QuestionId, answers: Answers, mode: Mode): Step {
  if (mode === 'review') return firstUnanswered(answers) ?? 'check';
  return nextQuestion(id, answers) ?? firstUnanswered(answers) ?? 'check';
}

/** Where Back goes from a step, or null where there is nothing before it. */
export function stepBefore(step: Step, answers: Answers): Step | null {
  if (step === 'outcome') return 'check';
  if (step === 'check') return lastQuestion(answers);
  if (step === 'start') return null;
  return previousQuestion(step, answers) ?? 'start';
}

/** Whether a step can be shown with these answers (used when restoring from history). */
export function canShow(step: Step, answers: Answers): boolean {
  if (step === 'start') return true;
  if (step === 'check' || step === 'outcome') return isComplete(answers);
  const q = question(step);
  // A question can be shown when it is asked and every question before it is answered.
  const first = firstUnanswered(answers);
  return isAsked(q, answers) && (first === null || QUESTION_IDS.indexOf(first) >= QUESTION_IDS.indexOf(step));
}
