/**
 * Build-time work: which questions can still change the outcome. Never shipped to the browser.
 *
 * A question with a `relevance` declaration is asked only where some answer to it can change the outcome. Whether
 * it can is settled by brute force: for each answer it could take, and each way the questions after it could be
 * answered, compare the outcome with the outcome of leaving it unanswered. Doing that for every user's answers in
 * the browser is too slow, so the flow declares which facts of the earlier answers the question's relevance
 * depends on (its `inputs`), and `computeRelevance` settles every combination of those facts that the flow can
 * reach, once, at build time. The result is a small table (the combinations where the question is skipped).
 * The declaration is checked by a test that compares the table with brute force over whole sets of answers.
 */
import { createFlow, relevanceKey, type Answers, type AnswerValue, type FlowDefinition, type Question, type RelevanceTable } from './flow.ts';
import type { Facts } from './flow.ts';

/** What a tool concludes from facts, in any form whose JSON can be compared. */
export type OutcomeOf = (facts: Facts) => unknown;

/** How many outcomes brute force may compute for one question and one set of earlier answers. */
export const RELEVANCE_CAP = 200_000;

/** Every answer a question could take, with these answers before it. */
export function domain(flow: ReturnType<typeof createFlow>, q: Question, before: Answers): AnswerValue[] {
  if (q.kind === 'radios') return flow.offeredValues(q, before);
  if (q.kind === 'number') return Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
  const items = flow.offered(q, before);
  return combinations(items, q.min ?? 0, q.max ?? items.length).filter((v) => flow.fits(q, v, before));
}

/** Every choice of `min` to `max` of the items, each in the items' order (without walking every subset). */
function combinations(items: readonly string[], min: number, max: number): string[][] {
  const out: string[][] = [];
  const grow = (from: number, picked: string[]) => {
    if (picked.length >= min) out.push(picked);
    if (picked.length === max) return;
    for (let i = from; i < items.length; i++) grow(i + 1, [...picked, items[i]!]);
  };
  grow(0, []);
  return out;
}

/**
 * Whether some answer to `q` gives a different outcome from leaving it unanswered, for some way of answering the
 * questions after it (every question whose place in the flow allows it, whatever its own relevance), with `before`
 * the answers to the questions before it. Throws when that cannot be settled within `cap` outcomes.
 */
export function canChangeOutcome(def: FlowDefinition, outcomeOf: OutcomeOf, q: Question, before: Answers, cap = RELEVANCE_CAP): boolean {
  const flow = createFlow(def, {});
  const index = def.questions.indexOf(q);
  const structural = (x: Question, a: Answers) => (x.applies?.(a) ?? null) === null;
  const factsOf = (a: Answers) => flow.factsFor(a, (x) => structural(x, a));
  let spent = 0;
  const differs = (a: Answers): boolean => {
    spent += 2;
    if (spent > cap) throw new Error(`${def.id}: whether "${q.id}" can change the outcome after ${JSON.stringify(before)} is not settled within ${cap} outcomes; narrow its relevance inputs or always ask it`);
    const { [q.id]: _drop, ...without } = a;
    return JSON.stringify(outcomeOf(factsOf(a))) !== JSON.stringify(outcomeOf(factsOf(without)));
  };
  const some = (i: number, a: Answers): boolean => {
    if (i >= def.questions.length) return differs(a);
    const next = def.questions[i]!;
    if (!structural(next, a)) return some(i + 1, a);
    const values = domain(flow, next, a);
    // A question with no option on offer after these answers is not asked (flow.ts), so the walk goes past it.
    if (values.length === 0) return some(i + 1, a);
    return values.some((v) => some(i + 1, { ...a, [next.id]: v }));
  };
  return domain(flow, q, before).some((v) => some(index + 1, { ...before, [q.id]: v }));
}

/**
 * The relevance table for a flow: for each question with a relevance declaration, every combination of its input
 * facts that the flow can reach, settled by brute force over the answers to those inputs alone (other earlier
 * questions left unanswered). Questions are settled in order, so an earlier question's table already decides
 * whether it is asked when a later question's combinations are enumerated.
 */
export function computeRelevance(def: FlowDefinition, outcomeOf: OutcomeOf): RelevanceTable {
  // Rows start empty (asked everywhere) and are settled in order: a question's combinations are enumerated with
  // the rows of the questions before it already settled.
  const table: Record<string, { inputs: readonly string[]; skip: string[] }> = Object.fromEntries(
    def.questions.filter((q) => q.relevance).map((q) => [q.id, { inputs: q.relevance!.inputs, skip: [] }]),
  );
  for (const q of def.questions) {
    if (!q.relevance) continue;
    const inputs = q.relevance.inputs;
    const flow = createFlow(def, { ...table });
    const answersInput = (x: Question) => (x.kind === 'checkboxes' ? x.items.some((i) => inputs.includes(i)) : inputs.includes(x.param));
    const settled = new Map<string, boolean>();
    const walk = (i: number, answers: Answers): void => {
      const x = def.questions[i]!;
      if (x === q) {
        if (!flow.isAsked(q.id, answers)) return;
        const key = relevanceKey(inputs, flow.factsFor(answers, (y) => flow.isAsked(y.id, answers)));
        if (!settled.has(key)) settled.set(key, canChangeOutcome(def, outcomeOf, q, answers));
        else if (settled.get(key) !== canChangeOutcome(def, outcomeOf, q, answers)) {
          throw new Error(`${def.id}: "${q.id}" is relevant for some answers with ${key} and not for others; add the fact that decides it to its inputs`);
        }
        return;
      }
      if (!flow.isAsked(x.id, answers) || !answersInput(x)) return walk(i + 1, answers);
      const values =
        x.kind === 'checkboxes'
          ? domain(flow, { ...x, items: x.items.filter((item) => inputs.includes(item)), min: undefined }, answers)
          : domain(flow, x, answers);
      if (values.length === 0) walk(i + 1, answers);
      for (const v of values) walk(i + 1, { ...answers, [x.id]: v });
    };
    walk(0, {});
    table[q.id] = { inputs, skip: [...settled].filter(([, relevant]) => !relevant).map(([key]) => key).sort() };
  }
  return table;
}

/**
 * Where the table and brute force disagree about one question, over whole sets of answers to the questions before
 * it (every question asked answered, not just the declared inputs): the check that a relevance declaration names
 * every fact that decides it. Empty when they agree.
 */
export function relevanceDisagreements(
  def: FlowDefinition,
  outcomeOf: OutcomeOf,
  table: RelevanceTable,
  question: string,
  prefixes: readonly Answers[],
): { answers: Answers; table: boolean; bruteForce: boolean }[] {
  const flow = createFlow(def, table);
  const q = flow.question(question);
  const row = table[question];
  if (!row) throw new Error(`${def.id}: "${question}" has no relevance row`);
  const out: { answers: Answers; table: boolean; bruteForce: boolean }[] = [];
  for (const answers of prefixes) {
    const before = flow.prune(answers);
    // Only where the question has its place in the flow with these answers.
    if ((q.applies?.(before) ?? null) !== null) continue;
    const asked = !row.skip.includes(relevanceKey(row.inputs, flow.factsFor(before, (x) => flow.isAsked(x.id, before))));
    const bruteForce = canChangeOutcome(def, outcomeOf, q, before);
    if (asked !== bruteForce) out.push({ answers: before, table: asked, bruteForce });
  }
  return out;
}
