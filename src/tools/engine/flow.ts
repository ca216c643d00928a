/**
 * A tool's flow: its questions in the order asked, each declaring the questions that can follow it (smart-answers'
 * `next_node`, as data), when it applies, and, for a question that only matters in some cases, the facts its
 * relevance depends on. `createFlow` turns that definition and the build-time relevance table (relevance.ts) into
 * the pure functions the machine (machine.ts), the links (readLink/writeLink) and the views use.
 *
 * Answers are keyed by question id. A radios or number question answers one URL parameter (its `param`); a
 * checklist answers several (its `items`, each a boolean or enum parameter): an unticked item is `false` or `'no'`,
 * and a ticked enum item is filled in by a follow-up question on the same parameter. A list question is checkboxes
 * answering one list parameter (its `param`) with the options ticked, and its options can depend on the answers
 * before it (for example, the candidates named earlier).
 *
 * No XState, Preact or Astro imports; nothing here computes an outcome.
 */
import {
  readParams,
  writeParams,
  type Contract,
  type FactValue,
  type Ignored,
  type NotApplicable,
} from './contract.ts';

export type AnswerValue = string | number | readonly string[];
/** Answers so far, keyed by question id. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;
/** Facts: the URL parameters the answers stand for. */
export type Facts = Readonly<Record<string, FactValue | undefined>>;

/** Where a tool is: its start page, a question, "Check your answers", or the outcome. */
export type Step = string;
export const START = 'start';
export const CHECK = 'check';
export const OUTCOME = 'outcome';

interface QuestionBase {
  /** Question id: the URL parameter it answers (radios, number), or the checklist's own name. */
  readonly id: string;
  /** Every step that can come straight after this one: question ids, or `check`. The machine has a transition to each, and no other. */
  readonly next: readonly string[];
  /** Whether the question applies to the answers before it (its place in the flow), and if not, why. */
  readonly applies?: (answers: Answers) => NotApplicable | null;
  /**
   * Asked only where some answer to it can still change the outcome. Whether it can is worked out at build time
   * (relevance.ts) for every combination of these facts of the answers before it, and shipped as a table.
   */
  readonly relevance?: { readonly inputs: readonly string[] };
}
export interface RadiosQuestion extends QuestionBase {
  readonly kind: 'radios';
  readonly param: string;
  /** The options, as URL values (`yes`/`no` for a boolean parameter). */
  readonly values: readonly string[];
  /**
   * Whether one option is offered with the answers to the questions before this one, and if not, why (an option
   * that would contradict an earlier answer). It reads only earlier answers. A link giving an option that is not on
   * offer has it dropped with this reason; a question with no option on offer is not asked.
   */
  readonly valueApplies?: (value: string, answers: Answers) => NotApplicable | null;
}
export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly param: string;
  readonly min: number;
  readonly max: number;
}
export interface ChecklistQuestion extends QuestionBase {
  readonly kind: 'checkboxes';
  /** The statuses offered, each a URL parameter (boolean, or an enum whose follow-up says which kind). */
  readonly items: readonly string[];
  /** Whether one item is offered with these answers, and if not, why. */
  readonly itemApplies?: (item: string, answers: Answers) => NotApplicable | null;
  /** Fewest and most items that may be ticked (default: any number, or "none of these"). */
  readonly min?: number;
  readonly max?: number;
}
export interface ListQuestion extends QuestionBase {
  readonly kind: 'list';
  /** The list parameter it answers (`listOf` in the contract). */
  readonly param: string;
  /** The options on offer with the answers before it, in the order shown (default: every value of the parameter). */
  readonly options?: (answers: Answers) => readonly string[];
  /** Fewest and most options that may be ticked (default: any number, or "none of them"). */
  readonly min?: number;
  readonly max?: number;
}
export type Question = RadiosQuestion | NumberQuestion | ChecklistQuestion | ListQuestion;
/** A question answered by ticking several boxes: a checklist of parameters, or a list parameter. */
export type TickQuestion = ChecklistQuestion | ListQuestion;

export interface FlowDefinition {
  /** The tool id: its URL, folder, content and tests. */
  readonly id: string;
  readonly contract: Contract;
  /** Every question, in the order asked. The first is where "Start now" leads. */
  readonly questions: readonly Question[];
  /** Reasons for which a "no" in a link is not reported when it does not apply (nothing is lost by dropping it). */
  readonly quietNegatives?: readonly string[];
}

/** For each question with a `relevance` declaration: its inputs and the input values under which it is not asked. */
export interface RelevanceTable {
  readonly [question: string]: { readonly inputs: readonly string[]; readonly skip: readonly string[] };
}

/** The key of a relevance table row: the input facts' values, in order (null where not given). */
export const relevanceKey = (inputs: readonly string[], facts: Facts): string => JSON.stringify(inputs.map((i) => facts[i] ?? null));

/** A link read against a flow. */
export interface ReadLink {
  answers: Answers;
  facts: Facts;
  ignored: Ignored[];
}

const IRRELEVANT: NotApplicable = { why: 'irrelevant' };
const NO_OPTIONS: NotApplicable = { why: 'no-options' };

/** The flow's pure functions over answers. */
export type Flow = ReturnType<typeof createFlow>;

export function createFlow(def: FlowDefinition, relevance: RelevanceTable) {
  const { questions, contract } = def;
  const byId = new Map<string, Question>(questions.map((q) => [q.id, q]));
  const order = new Map<string, number>(questions.map((q, i) => [q.id, i]));
  const first = questions[0]!.id;
  const isQuestion = (id: unknown): id is string => typeof id === 'string' && byId.has(id);
  const question = (id: string): Question => {
    const q = byId.get(id);
    if (!q) throw new Error(`${def.id}: no question "${id}"`);
    return q;
  };

  /** The boxes on offer with these answers: a checklist's items that apply, or a list question's options. */
  const offered = (q: TickQuestion, answers: Answers): string[] => {
    if (q.kind === 'checkboxes') return q.items.filter((item) => !q.itemApplies || q.itemApplies(item, answers) === null);
    const spec = contract[q.param];
    return [...(q.options?.(answers) ?? (spec?.kind === 'list' ? spec.values : []))];
  };
  /** The options of a radios question on offer after these answers (all of them unless it declares `valueApplies`). */
  const offeredValues = (q: RadiosQuestion, answers: Answers): string[] =>
    q.values.filter((v) => !q.valueApplies || q.valueApplies(v, answers) === null);

  /** Whether a value has the right shape for a question, with these answers before it. */
  function fits(q: Question, value: unknown, before: Answers): boolean {
    switch (q.kind) {
      case 'radios':
        return typeof value === 'string' && offeredValues(q, before).includes(value);
      case 'number':
        return typeof value === 'number' && Number.isInteger(value) && value >= q.min && value <= q.max;
      case 'checkboxes':
      case 'list': {
        if (!Array.isArray(value) || new Set(value).size !== value.length) return false;
        const items = offered(q, before);
        if (!value.every((v) => items.includes(v))) return false;
        if (value.length === 0) return q.min === undefined;
        return value.length >= (q.min ?? 1) && value.length <= (q.max ?? Infinity);
      }
    }
  }

  /** The facts answers stand for, counting only the questions `include` allows. */
  function factsFor(answers: Answers, include: (q: Question) => boolean): Facts {
    const facts: Record<string, FactValue> = {};
    for (const q of questions) {
      const value = answers[q.id];
      if (value === undefined || !include(q)) continue;
      if (q.kind === 'checkboxes') {
        if (!Array.isArray(value)) continue;
        for (const item of offered(q, answers)) {
          const on = value.includes(item);
          if (contract[item]?.kind === 'boolean') facts[item] = on;
          else if (!on) facts[item] = 'no';
        }
      } else if (q.kind === 'list') {
        if (Array.isArray(value)) facts[q.param] = value;
      } else if (q.kind === 'number') facts[q.param] = value as number;
      else facts[q.param] = contract[q.param]?.kind === 'boolean' ? value === 'yes' : (value as string);
    }
    return facts;
  }

  interface Pass {
    /** For each question, why it is not asked (null: asked). */
    problems: Map<string, NotApplicable | null>;
    /** The answers kept: to questions asked, in the right shape. */
    kept: Answers;
  }
  const cache = new Map<string, Pass>();

  /**
   * One walk through the questions in order, each judged on the answers kept before it. A question with a
   * relevance declaration is skipped where the table says no answer to it can change the outcome.
   */
  function pass(answers: Answers): Pass {
    const key = JSON.stringify(answers);
    const hit = cache.get(key);
    if (hit) return hit;
    const problems = new Map<string, NotApplicable | null>();
    const kept: Record<string, AnswerValue> = {};
    for (const q of questions) {
      let problem = q.applies?.(kept) ?? null;
      if (!problem && q.kind === 'radios' && q.valueApplies && offeredValues(q, kept).length === 0) problem = NO_OPTIONS;
      if (!problem && q.relevance) {
        const row = relevance[q.id];
        if (!row) throw new Error(`${def.id}: no relevance table row for "${q.id}"`);
        const facts = factsFor(kept, () => true);
        if (row.skip.includes(relevanceKey(row.inputs, facts))) problem = IRRELEVANT;
      }
      problems.set(q.id, problem);
      if (problem) continue;
      const given = answers[q.id];
      // A checklist or list keeps the boxes still on offer (a changed earlier answer can take some away).
      const value = (q.kind === 'checkboxes' || q.kind === 'list') && Array.isArray(given) ? offered(q, kept).filter((item) => given.includes(item)) : given;
      if (value !== undefined && fits(q, value, kept)) kept[q.id] = value;
    }
    const result = { problems, kept };
    if (cache.size > 2000) cache.clear();
    cache.set(key, result);
    return result;
  }

  const questionProblem = (id: string, answers: Answers) => pass(answers).problems.get(id) ?? null;
  const isAsked = (id: string, answers: Answers) => questionProblem(id, answers) === null;
  const asked = (answers: Answers): Question[] => {
    const { problems } = pass(answers);
    return questions.filter((q) => problems.get(q.id) === null);
  };
  /** Drops answers that no longer apply (a follow-up whose status was unticked, a question that can no longer matter). */
  const prune = (answers: Answers): Answers => pass(answers).kept;
  /** Whether the question is asked and accepts this value, with these answers. */
  const accepts = (id: string, value: unknown, answers: Answers): boolean =>
    isQuestion(id) && isAsked(id, answers) && fits(question(id), value, pass(answers).kept);
  const isAnswered = (id: string, answers: Answers) => answers[id] !== undefined && accepts(id, answers[id], answers);
  const firstUnanswered = (answers: Answers): string | null => asked(answers).find((q) => !isAnswered(q.id, answers))?.id ?? null;
  const isComplete = (answers: Answers) => firstUnanswered(answers) === null;
  const withAnswer = (answers: Answers, id: string, value: AnswerValue): Answers => prune({ ...answers, [id]: value });
  const nextAsked = (id: string, answers: Answers): string | null =>
    asked(answers).find((q) => order.get(q.id)! > order.get(id)!)?.id ?? null;
  const previousAsked = (id: string, answers: Answers): string | null =>
    asked(answers).filter((q) => order.get(q.id)! < order.get(id)!).at(-1)?.id ?? null;

  /** Where an answer leads, going on in order: the next question asked, or "Check your answers". */
  const stepAfter = (id: string, answers: Answers): Step => nextAsked(id, answers) ?? firstUnanswered(answers) ?? CHECK;

  /** Where Back leads from a step, or null where nothing comes before it. */
  function stepBefore(step: Step, answers: Answers): Step | null {
    if (step === OUTCOME) return CHECK;
    if (step === CHECK) return asked(answers).at(-1)?.id ?? null;
    if (step === START) return null;
    return previousAsked(step, answers) ?? START;
  }

  /** Where a link opens: the first question still to answer, or the outcome when every question asked is answered. */
  const openingStep = (answers: Answers): Step => firstUnanswered(answers) ?? OUTCOME;

  /** Whether a step can be shown with these answers (restoring from history): a question once every question before it is answered. */
  function canShow(step: Step, answers: Answers): boolean {
    if (step === START) return true;
    if (step === CHECK || step === OUTCOME) return isComplete(answers);
    if (!isQuestion(step) || !isAsked(step, answers)) return false;
    const gap = firstUnanswered(answers);
    return gap === null || order.get(gap)! >= order.get(step)!;
  }

  /** The facts the answers give (to the questions asked); unticked statuses are `false` or `'no'`. */
  const toFacts = (answers: Answers): Facts => {
    const { problems } = pass(answers);
    return factsFor(answers, (q) => problems.get(q.id) === null);
  };

  /**
   * The answers a set of facts gives (the inverse of toFacts), walking the questions in order. A checklist is
   * answered when the facts give at least one of its items; the items left out are taken as not ticked.
   */
  function fromFacts(facts: Facts): { answers: Answers; unused: { param: string; problem: NotApplicable }[] } {
    const answers: Record<string, AnswerValue> = {};
    const used = new Set<string>();
    for (const q of questions) {
      if (!isAsked(q.id, answers)) continue;
      if (q.kind === 'checkboxes') {
        const given = offered(q, answers).filter((item) => facts[item] !== undefined);
        if (given.length === 0) continue;
        const on = given.filter((item) => facts[item] === true || (typeof facts[item] === 'string' && facts[item] !== 'no'));
        if (fits(q, on, answers)) {
          answers[q.id] = on;
          // A ticked item whose kind a follow-up question asks counts as used once that question takes its value.
          given.filter((item) => !on.includes(item) || !hasFollowUp(item)).forEach((item) => used.add(item));
        }
        continue;
      }
      const raw = facts[q.param];
      if (raw === undefined) continue;
      const value = typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : raw;
      if (q.kind === 'list' && Array.isArray(value)) {
        // In the order the question offers them.
        const ordered = offered(q, answers).filter((o) => value.includes(o));
        if (ordered.length === value.length && accepts(q.id, ordered, answers)) {
          answers[q.id] = ordered;
          used.add(q.param);
        }
        continue;
      }
      if (accepts(q.id, value, answers)) {
        answers[q.id] = value;
        used.add(q.param);
      }
    }
    const unused = Object.keys(facts)
      .filter((param) => facts[param] !== undefined && !used.has(param))
      .map((param) => ({ param, problem: whyUnused(param, facts[param]!, answers) }));
    return { answers, unused };
  }

  /** Whether a checklist item's kind is asked by a question of its own (an enum item's follow-up). */
  const hasFollowUp = (item: string) => contract[item]?.kind === 'enum' && questions.some((x) => x.kind !== 'checkboxes' && x.param === item);

  /** Why a parameter was not used, given the answers that were. */
  function whyUnused(param: string, value: FactValue, answers: Answers): NotApplicable {
    const list = questions.find((q): q is ChecklistQuestion => q.kind === 'checkboxes' && q.items.includes(param) && isAsked(q.id, answers));
    const item = list?.itemApplies?.(param, answers);
    if (item) return item;
    const own = questions.find((q) => q.kind !== 'checkboxes' && q.param === param);
    const problem = own ? questionProblem(own.id, answers) : null;
    if (problem) return problem;
    if (own?.kind === 'radios' && own.valueApplies && typeof value === 'string') {
      const option = own.valueApplies(value, pass(answers).kept);
      if (option) return option;
    }
    // A list the question is asked for, but naming boxes not on offer, or too few or too many.
    if (own?.kind === 'list') return { why: 'not-offered' };
    const holder = questions.find((q) => q.kind === 'checkboxes' && q.items.includes(param));
    return (holder && questionProblem(holder.id, answers)) ?? { why: 'not-asked' };
  }

  /** Reads a link: the answers it gives and, in link order, what it could not use and why. Never throws. */
  function readLink(query: string | URLSearchParams, extra: readonly string[] = []): ReadLink {
    const { facts, raw, ignored } = readParams(contract, query, extra);
    const { answers, unused } = fromFacts(facts);
    for (const u of unused) {
      const negative = facts[u.param] === false || facts[u.param] === 'no';
      if (negative && def.quietNegatives?.includes(u.problem.why)) continue;
      ignored.push({ param: u.param, value: raw[u.param] ?? '', reason: u.problem });
    }
    return { answers, facts: toFacts(answers), ignored };
  }

  /** The link for these answers (without "?"): only the questions asked are written. */
  const writeLink = (answers: Answers): string => writeParams(contract, toFacts(answers));

  return {
    def,
    questions,
    first,
    isQuestion,
    question,
    offered,
    offeredValues,
    fits,
    factsFor,
    questionProblem,
    isAsked,
    asked,
    prune,
    accepts,
    isAnswered,
    firstUnanswered,
    isComplete,
    withAnswer,
    nextAsked,
    stepAfter,
    stepBefore,
    openingStep,
    canShow,
    toFacts,
    fromFacts,
    readLink,
    writeLink,
  };
}
