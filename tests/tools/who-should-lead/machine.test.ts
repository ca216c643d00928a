/**
 * The "Who should be the lead professional?" flow machine, walked systematically.
 *
 * - A depth-first walk drives the machine itself (xstate's pure `transition`) through every answer
 *   to every radios question, representative numbers, and every combination of up to two statuses
 *   (England and Salford) or all of them (Scotland). Every path must end in the outcome state.
 * - A wider walk over the same flow functions (up to three statuses) shows that every outcome the
 *   rules can return is reachable, and gives, for every question node, two answers that lead to
 *   different recommendations for the same other answers.
 * - xstate/graph's shortest paths reach the outcome for Scotland from the first question.
 * - Table tests say, per question node, "given these answers, this answer leads there", and cover
 *   back, change an answer and start again.
 */
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { openAt, stepOf, type ToolEvent, type ToolSnapshot } from '../../../src/tools/engine/machine.ts';
import { machineGraph } from '../../../src/tools/engine/diagram.ts';
import type { AnswerValue, Answers } from '../../../src/tools/engine/flow.ts';
import { OUTCOME_IDS, type Recommendation } from '../../../src/tools/who-should-lead/rules.ts';
import type { Facts, Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import { flow, machine, recommend } from './support.ts';

type Snap = ToolSnapshot;
type QuestionId = string;
type FlowEvent = ToolEvent;
interface FlowInput {
  answers?: Answers;
  step?: string;
}
const QUESTION_IDS = flow.questions.map((q) => q.id);
const { asked: askedQuestions, firstUnanswered, isComplete, prune, question, toFacts, withAnswer } = flow;
const questionProblem = (q: { id: string }, answers: Answers) => flow.questionProblem(q.id, answers);
const checklistItems = (q: ReturnType<typeof question>, answers: Answers) => (q.kind === 'checkboxes' ? flow.offered(q, answers) : []);

/** Representative numbers: each side of every threshold the flow or the rules use. */
const NUMBERS: Partial<Record<QuestionId, number[]>> = {
  age: [10, 16],
  practitioners: [1, 3],
  'year-group': [5, 9],
  agencies: [1, 3],
};

function subsets<T>(items: readonly T[], max: number): T[][] {
  const out: T[][] = [[]];
  const grow = (start: number, acc: T[]) => {
    if (acc.length === max) return;
    for (let i = start; i < items.length; i++) {
      const next = [...acc, items[i]!];
      out.push(next);
      grow(i + 1, next);
    }
  };
  grow(0, []);
  return out;
}

/** The answers tried at a question, given the answers so far. */
function tries(id: QuestionId, answers: Answers, maxTicks: number): AnswerValue[] {
  const q = question(id);
  if (q.kind === 'radios') return flow.offeredValues(q, answers);
  if (q.kind === 'number') return NUMBERS[id] ?? [q.min, q.max];
  const items = checklistItems(q, answers);
  return subsets(items, id === 'scotland-statuses' ? items.length : maxTicks);
}

const start = (input: FlowInput = {}) => openAt(machine, flow, input.answers ?? {}, input.step);
const send = (s: Snap, e: FlowEvent) => transition(machine, s, e)[0];
const rec = (answers: Answers): Recommendation => recommend(toFacts(answers) as Facts, answers.guidance as Guidance);
/** The step a snapshot shows (`check` and `outcome` sit inside the machine's `done` state). */
const at = (s: Snap) => stepOf(s);
const key = (r: Recommendation) => JSON.stringify(r);

function answerAll(pairs: [QuestionId, AnswerValue][], input: FlowInput = {}): Snap {
  let s = start(input);
  for (const [question, value] of pairs) {
    expect(at(s), `expected to be asked ${question}`).toBe(question);
    const next = send(s, { type: 'ANSWER', question, value });
    expect(next.context, `answer ${JSON.stringify(value)} to ${question} was refused`).not.toBe(s.context);
    s = next;
  }
  return s;
}

describe('machine shape', () => {
  const states = Object.keys(machine.states);

  it('has one state per question, plus start and done (check and outcome), and no routing state', () => {
    expect(states.sort()).toEqual([...QUESTION_IDS, 'start', 'done'].sort());
    expect(Object.keys(machine.states.done!.states).sort()).toEqual(['check', 'outcome']);
  });

  it('goes from each question only to the steps it declares', () => {
    const { transitions } = machineGraph(machine, (id) => id);
    for (const q of flow.questions) {
      const targets = transitions.filter((t) => t.from === q.id && t.event === 'ANSWER').map((t) => (t.to === 'done.check' ? 'check' : t.to));
      expect(targets.sort(), q.id).toEqual([...q.next].sort());
    }
  });

  it('tags the outcome state "outcome" and only that state', () => {
    const s = answerAll([
      ['guidance', 'scotland'],
      ['agencies', 1],
      ['scotland-statuses', []],
    ]);
    expect(at(s)).toBe('check');
    expect(s.hasTag('check')).toBe(true);
    const o = send(s, { type: 'CONFIRM' });
    expect(at(o)).toBe('outcome');
    expect(o.hasTag('outcome')).toBe(true);
    expect(o.hasTag('question')).toBe(false);
  });
});

interface Leaf {
  answers: Answers;
  recommendation: Recommendation;
}

/** Drives the machine through every combination of the answers `tries` gives; returns the outcomes. */
function walkMachine(guidance: Guidance, maxTicks: number) {
  const leaves: Leaf[] = [];
  const visited = new Set<string>();
  let transitions = 0;
  const deadEnds: string[] = [];
  const stack: Snap[] = [send(start({ step: 'guidance' }), { type: 'ANSWER', question: 'guidance', value: guidance })];
  while (stack.length) {
    const s = stack.pop()!;
    visited.add(JSON.stringify([at(s), s.context.answers]));
    if (s.hasTag('outcome')) {
      leaves.push({ answers: s.context.answers, recommendation: rec(s.context.answers) });
      continue;
    }
    if (at(s) === 'check') {
      const o = send(s, { type: 'CONFIRM' });
      transitions++;
      if (!o.hasTag('outcome')) deadEnds.push(`check did not confirm: ${JSON.stringify(s.context.answers)}`);
      stack.push(o);
      continue;
    }
    const id = at(s);
    const options = tries(id, s.context.answers, maxTicks);
    if (options.length === 0) deadEnds.push(`${id} has nothing to answer: ${JSON.stringify(s.context.answers)}`);
    for (const value of options) {
      const next = send(s, { type: 'ANSWER', question: id, value });
      transitions++;
      if (next.context === s.context) deadEnds.push(`${id}=${JSON.stringify(value)} refused: ${JSON.stringify(s.context.answers)}`);
      else stack.push(next);
    }
  }
  return { leaves, states: visited.size, transitions, deadEnds };
}

const walks = new Map<Guidance, ReturnType<typeof walkMachine>>();
/** The machine walk for one guidance, done once and shared by the tests below. */
function walked(g: Guidance) {
  if (!walks.has(g)) walks.set(g, walkMachine(g, 2));
  return walks.get(g)!;
}

/** The same flow through the pure functions the machine routes with: every way to finish from `answers`. */
function* walkAnswers(answers: Answers, maxTicks: number): Generator<Answers> {
  const next = firstUnanswered(answers);
  if (next === null) {
    yield answers;
    return;
  }
  for (const value of tries(next, answers, maxTicks)) yield* walkAnswers(withAnswer(answers, next, value), maxTicks);
}

describe('every path through the machine ends in an outcome', () => {
  const totals = { paths: 0, states: 0, transitions: 0 };
  for (const g of ['england', 'salford', 'scotland'] as const) {
    it(`under ${g} guidance (up to two statuses at once; all of Scotland's)`, () => {
      const { leaves, states, transitions, deadEnds } = walked(g);
      expect(deadEnds).toEqual([]);
      expect(leaves.length).toBeGreaterThan(10);
      for (const leaf of leaves) {
        expect(isComplete(leaf.answers)).toBe(true);
        expect(leaf.recommendation.guidance).toBe(g);
        // Every outcome has at least one rule, and every rule at least one citation.
        expect(leaf.recommendation.rules.length).toBeGreaterThan(0);
        for (const r of leaf.recommendation.rules) expect(r.cites.length, `${leaf.recommendation.outcome}: ${r.id}`).toBeGreaterThan(0);
      }
      totals.paths += leaves.length;
      totals.states += states;
      totals.transitions += transitions;
      console.info(`[who-should-lead machine] ${g}: ${leaves.length} paths to an outcome, ${states} distinct states, ${transitions} transitions`);
    }, 120_000);
  }
});

describe('coverage of the rules', () => {
  const GUIDANCES = ['england', 'salford', 'scotland'] as const;
  const all = () => GUIDANCES.flatMap((g) => walked(g).leaves);
  const reachedOutcomes = () => {
    const reached = new Map<string, Leaf>();
    for (const leaf of all()) if (!reached.has(leaf.recommendation.outcome)) reached.set(leaf.recommendation.outcome, leaf);
    return reached;
  };

  it('reaches every outcome the rules can return', () => {
    const reached = reachedOutcomes();
    console.info(`[who-should-lead machine] ${reached.size} of ${OUTCOME_IDS.length} outcomes reached`);
    // Outcomes the rules keep (recommendLead is total over any facts) that the tool cannot reach, each with why.
    const unreachableByDesign: Record<string, string> = {
      'young-persons-plan-age':
        "a Young Person's Plan outside ages 15 to 17: the flow offers the plan only under Salford at 15 to 17, and a link that says otherwise has it dropped",
    };
    const missing = OUTCOME_IDS.filter((o) => !reached.has(o) && !(o in unreachableByDesign));
    expect(missing).toEqual([]);
    for (const [o, why] of Object.entries(unreachableByDesign)) {
      expect(OUTCOME_IDS, `${o} is listed as unreachable but is not an outcome`).toContain(o);
      expect(reached.has(o), `${o} is reached after all (${why})`).toBe(false);
    }
  });

  it('reaches each outcome by replaying its answers from the start page', () => {
    for (const [outcome, leaf] of reachedOutcomes()) {
      let s = start({});
      for (let guard = 0; guard < 40 && !s.hasTag('outcome'); guard++) {
        if (at(s) === 'check') s = send(s, { type: 'CONFIRM' });
        else {
          const id = at(s);
          s = send(s, { type: 'ANSWER', question: id, value: leaf.answers[id]! });
        }
      }
      expect(s.hasTag('outcome'), outcome).toBe(true);
      expect(rec(s.context.answers).outcome).toBe(outcome);
    }
  });

  it('gives every outcome at least one citation', () => {
    for (const leaf of all()) {
      const cites = leaf.recommendation.rules.flatMap((r) => r.cites);
      expect(cites.length, leaf.recommendation.outcome).toBeGreaterThan(0);
    }
  });

  for (const g of GUIDANCES) {
    it(`asks no question whose answer cannot change the recommendation (${g})`, () => {
      // For each question node: two answers that, with every other answer the same (and any question
      // the new answer opens answered somehow), give different recommendations.
      const leaves = walked(g).leaves;
      const witnesses = new Map<QuestionId, string>();
      const nodes = new Set<QuestionId>();
      for (const leaf of leaves) {
        for (const q of askedQuestions(leaf.answers)) {
          const id = q.id as QuestionId;
          nodes.add(id);
          if (witnesses.has(id)) continue;
          const a = leaf.recommendation;
          for (const other of tries(id, prune({ ...leaf.answers, [id]: undefined }), 2)) {
            if (JSON.stringify(other) === JSON.stringify(leaf.answers[id])) continue;
            let n = 0;
            for (const changed of walkAnswers(prune({ ...leaf.answers, [id]: other }), 2)) {
              const b = rec(changed);
              if (key(a) !== key(b)) {
                witnesses.set(id, `${JSON.stringify(leaf.answers[id])} → ${a.outcome}; ${JSON.stringify(other)} → ${b.outcome}`);
                break;
              }
              if (++n > 50) break;
            }
            if (witnesses.has(id)) break;
          }
        }
      }
      const without = [...nodes].filter((id) => !witnesses.has(id));
      expect(without.sort()).toEqual([]);
      console.info(`[who-should-lead machine] ${g}: ${nodes.size} question nodes, a witness for ${witnesses.size}`);
    }, 60_000);
  }

  it('skips a question only when no answer to it could change the recommendation', () => {
    // On every walked case, each question skipped as irrelevant is tried with every answer it
    // could take: the recommendation must stay exactly the same.
    let skipped = 0;
    for (const leaf of all()) {
      for (const id of QUESTION_IDS) {
        const q = question(id);
        if (questionProblem(q, leaf.answers)?.why !== 'irrelevant' || q.kind === 'checkboxes' || q.kind === 'list') continue;
        const values: AnswerValue[] = q.kind === 'radios' ? flow.offeredValues(q, leaf.answers) : Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
        const boolean = flow.def.contract[q.param]?.kind === 'boolean';
        for (const value of values) {
          const facts = { ...toFacts(leaf.answers), [q.param]: boolean ? value === 'yes' : value } as Facts;
          expect(key(recommend(facts, leaf.answers.guidance as Guidance)), `${id}=${value} in ${JSON.stringify(leaf.answers)}`).toBe(key(leaf.recommendation));
        }
        skipped++;
      }
    }
    console.info(`[who-should-lead machine] ${skipped} skipped questions checked against every answer they could take`);
    expect(skipped).toBeGreaterThan(0);
  }, 60_000);
});

describe('xstate/graph: shortest paths (Scotland)', () => {
  it('reaches the outcome from the first question, for every Scottish case', () => {
    const events = (s: Snap): FlowEvent[] => {
      if (s.hasTag('outcome')) return [];
      if (at(s) === 'check') return [{ type: 'CONFIRM' }];
      if (at(s) === 'start') return [];
      const id = at(s);
      return tries(id, s.context.answers, 6).map((value) => ({ type: 'ANSWER', question: id, value }));
    };
    const paths = getShortestPaths(machine, {
      fromState: start({ answers: { guidance: 'scotland' } }),
      events,
      serializeState: (s) => JSON.stringify([s.value, s.context.answers]),
    });
    const ends = paths.filter((p) => p.state.hasTag('outcome'));
    const stuck = paths.filter((p) => !p.state.hasTag('outcome') && events(p.state).length === 0);
    expect(stuck).toEqual([]);
    expect(ends.length).toBeGreaterThan(50);
    const outcomes = new Set(ends.map((p) => rec(p.state.context.answers).outcome));
    // Scotland's own outcomes, and the agreement where two statutory obligations each name an agency (issue 8).
    expect([...outcomes].sort()).toEqual([...OUTCOME_IDS.filter((o) => o.startsWith('scotland')), 'agree-between-named-roles'].sort());
    console.info(`[who-should-lead machine] xstate/graph: ${paths.length} shortest paths (Scotland), ${ends.length} ending in an outcome`);
  });
});

describe('per question node: given these answers, this answer leads there', () => {
  const england: [QuestionId, AnswerValue][] = [
    ['guidance', 'england'],
    ['age', 12],
    ['additional-needs', 'yes'],
    ['practitioners', 3],
  ];
  const salford16: [QuestionId, AnswerValue][] = [
    ['guidance', 'salford'],
    ['age', 16],
    ['additional-needs', 'yes'],
    ['practitioners', 3],
  ];

  it.each<[string, [QuestionId, AnswerValue][], QuestionId, AnswerValue, string]>([
    ['guidance: England asks the age', [], 'guidance', 'england', 'age'],
    ['guidance: Salford asks the age', [], 'guidance', 'salford', 'age'],
    ['guidance: Scotland does not use age, so asks about agencies', [], 'guidance', 'scotland', 'agencies'],
    ['age: then additional needs', [['guidance', 'england']], 'age', 9, 'additional-needs'],
    ['additional needs: then practitioners', [['guidance', 'england'], ['age', 9]], 'additional-needs', 'no', 'practitioners'],
    ['practitioners: then the checklist', england.slice(0, 3), 'practitioners', 1, 'statuses'],
    ['statuses: none ticked goes to check answers', england, 'statuses', [], 'check'],
    ['statuses: looked after asks about placement', england, 'statuses', ['looked-after'], 'placement'],
    ['statuses: child protection alone needs no follow-up', england, 'statuses', ['child-protection'], 'check'],
    ['statuses: child in need asks its stage', england, 'statuses', ['child-in-need'], 'child-in-need'],
    ['statuses: youth justice asks its kind', england, 'statuses', ['youth-justice'], 'youth-justice'],
    ['statuses: mental health asks how services respond', england, 'statuses', ['mental-health'], 'mental-health'],
    ['statuses: disability asks about a key worker', england, 'statuses', ['disability'], 'disability'],
    ['statuses: SEN asks what support', england, 'statuses', ['sen'], 'sen'],
    ['statuses: early help assessment asks about its review', england, 'statuses', ['assessment'], 'assessment'],
    ['statuses: care leaver (16) asks which kind', [...salford16], 'statuses', ['care-leaver'], 'care-leaver'],
    ['statuses: Salford YPP at 16 needs no follow-up', salford16, 'statuses', ['young-persons-plan'], 'check'],
    ['statuses: England post-16 route at 16', [['guidance', 'england'], ['age', 16], ['additional-needs', 'yes'], ['practitioners', 3]], 'statuses', ['post-16'], 'post-16'],
    ['placement: then check answers', [...england, ['statuses', ['looked-after']]], 'placement', 'foster', 'check'],
    ['placement: then the next ticked status', [...england, ['statuses', ['looked-after', 'sen']]], 'placement', 'residential', 'sen'],
    ['sen: an EHCP asks the school year', [...england, ['statuses', ['sen']]], 'sen', 'ehcp', 'year-group'],
    ['sen: SEN support skips the school year (it cannot change the answer)', [...england, ['statuses', ['sen']]], 'sen', 'support', 'needs-beyond-school'],
    ['year-group: Year 9 with an EHCP, needs beyond school cannot change it, so check', [...england, ['statuses', ['sen']], ['sen', 'ehcp']], 'year-group', 9, 'check'],
    ['year-group: Year 5 with an EHCP asks about needs beyond school', [...england, ['statuses', ['sen']], ['sen', 'ehcp']], 'year-group', 5, 'needs-beyond-school'],
    ['care-leaver: then check answers', [...salford16, ['statuses', ['care-leaver']]], 'care-leaver', 'relevant', 'check'],
    ['child-in-need: then check answers', [...england, ['statuses', ['child-in-need']]], 'child-in-need', 'open', 'check'],
    ['youth-justice: then check answers', [...england, ['statuses', ['youth-justice']]], 'youth-justice', 'custody', 'check'],
    ['mental-health: then the next ticked status', [...england, ['statuses', ['mental-health', 'disability']]], 'mental-health', 'cpa', 'disability'],
    ['disability: then check answers', [...england, ['statuses', ['disability']]], 'disability', 'key-worker', 'check'],
    ['post-16: then check answers', [['guidance', 'england'], ['age', 17], ['additional-needs', 'yes'], ['practitioners', 3], ['statuses', ['post-16']]], 'post-16', 'e2e', 'check'],
    ['assessment: then check answers', [...england, ['statuses', ['assessment']]], 'assessment', 'completed', 'check'],
    ['agencies: then the Scottish checklist', [['guidance', 'scotland']], 'agencies', 2, 'scotland-statuses'],
    ['scotland-statuses: with one agency and nothing else, the third-sector question cannot matter', [['guidance', 'scotland'], ['agencies', 1]], 'scotland-statuses', [], 'check'],
    ['scotland-statuses: a Named Person case asks about a third-sector agreement', [['guidance', 'scotland'], ['agencies', 3]], 'scotland-statuses', [], 'third-sector-sla'],
    ['third-sector-sla: then check answers', [['guidance', 'scotland'], ['agencies', 3], ['scotland-statuses', []]], 'third-sector-sla', 'yes', 'check'],
  ])('%s', (_name, before, id, value, expected) => {
    const s = answerAll(before);
    expect(at(s)).toBe(id);
    const next = send(s, { type: 'ANSWER', question: id, value });
    expect(at(next)).toBe(expected);
    // Answers are kept by question id, never by position.
    expect(next.context.answers[id]).toEqual(value);
  });

  it('refuses an answer that does not fit the question, and one for another question', () => {
    const s = answerAll(england);
    expect(s.can({ type: 'ANSWER', question: 'statuses', value: ['looked-after'] })).toBe(true);
    expect(s.can({ type: 'ANSWER', question: 'statuses', value: ['young-persons-plan'] })).toBe(false); // not England's
    expect(s.can({ type: 'ANSWER', question: 'statuses', value: ['care-leaver'] })).toBe(false); // age 12
    expect(s.can({ type: 'ANSWER', question: 'statuses', value: ['nonsense'] })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'age', value: 14 })).toBe(false); // not the current question
    const age = answerAll([['guidance', 'salford']]);
    expect(age.can({ type: 'ANSWER', question: 'age', value: 26 })).toBe(false);
    expect(age.can({ type: 'ANSWER', question: 'age', value: 3.5 })).toBe(false);
    expect(age.can({ type: 'ANSWER', question: 'age', value: '12' as unknown as number })).toBe(false);
  });

  it('offers the Young Person\'s Plan only under Salford, ages 15 to 17', () => {
    const offered = (g: Guidance, age: number) =>
      checklistItems(question('statuses'), { guidance: g, age }).includes('young-persons-plan');
    expect([14, 15, 16, 17, 18].map((a) => offered('salford', a))).toEqual([false, true, true, true, false]);
    expect(offered('england', 16)).toBe(false);
  });
});

describe('back, change an answer, start again', () => {
  const done: [QuestionId, AnswerValue][] = [
    ['guidance', 'england'],
    ['age', 12],
    ['additional-needs', 'yes'],
    ['practitioners', 3],
    ['statuses', ['looked-after']],
    ['placement', 'foster'],
  ];

  it('goes back one question at a time, keeping the answers, to the start page', () => {
    let s = answerAll(done);
    expect(at(s)).toBe('check');
    const seen: string[] = [];
    while (s.can({ type: 'BACK' })) {
      s = send(s, { type: 'BACK' });
      seen.push(at(s));
    }
    expect(seen).toEqual(['placement', 'statuses', 'practitioners', 'additional-needs', 'age', 'guidance', 'start']);
    expect(s.context.answers.placement).toBe('foster');
    expect(s.can({ type: 'BACK' })).toBe(false);
  });

  it('after Back, answering goes forward through the next questions with their answers filled in', () => {
    let s = answerAll(done);
    s = send(send(s, { type: 'BACK' }), { type: 'BACK' });
    expect(at(s)).toBe('statuses');
    s = send(s, { type: 'ANSWER', question: 'statuses', value: ['looked-after'] });
    expect(at(s)).toBe('placement');
    expect(s.context.answers.placement).toBe('foster');
  });

  it('goes back from the outcome to check answers', () => {
    const o = send(answerAll(done), { type: 'CONFIRM' });
    expect(at(o)).toBe('outcome');
    expect(at(send(o, { type: 'BACK' }))).toBe('check');
  });

  it('changes an answer from check answers and returns there', () => {
    let s = answerAll(done);
    expect(s.can({ type: 'CHANGE', question: 'placement' })).toBe(true);
    expect(s.can({ type: 'CHANGE', question: 'sen' })).toBe(false); // not asked
    s = send(s, { type: 'CHANGE', question: 'placement' });
    expect(at(s)).toBe('placement');
    s = send(s, { type: 'ANSWER', question: 'placement', value: 'residential' });
    expect(at(s)).toBe('check');
    expect(s.context.answers.placement).toBe('residential');
  });

  it('a changed answer that opens new questions asks them, then returns to check answers', () => {
    let s = send(answerAll(done), { type: 'CHANGE', question: 'statuses' });
    s = send(s, { type: 'ANSWER', question: 'statuses', value: ['looked-after', 'youth-justice'] });
    expect(at(s)).toBe('youth-justice'); // placement is still answered
    s = send(s, { type: 'ANSWER', question: 'youth-justice', value: 'community' });
    expect(at(s)).toBe('check');
  });

  it('a changed answer that closes questions drops their answers', () => {
    let s = send(answerAll(done), { type: 'CHANGE', question: 'statuses' });
    s = send(s, { type: 'ANSWER', question: 'statuses', value: ['child-protection'] });
    expect(at(s)).toBe('check');
    expect(s.context.answers.placement).toBeUndefined();
  });

  it('changing the guidance keeps only what the new guidance asks', () => {
    let s = send(answerAll(done), { type: 'CHANGE', question: 'guidance' });
    s = send(s, { type: 'ANSWER', question: 'guidance', value: 'scotland' });
    expect(at(s)).toBe('agencies');
    expect(Object.keys(s.context.answers)).toEqual(['guidance']);
  });

  it('changes an answer from the outcome', () => {
    const o = send(answerAll(done), { type: 'CONFIRM' });
    expect(o.can({ type: 'CHANGE', question: 'age' })).toBe(true);
    const s = send(send(o, { type: 'CHANGE', question: 'age' }), { type: 'ANSWER', question: 'age', value: 13 });
    expect(at(s)).toBe('check');
  });

  it('starts again from anywhere with no answers', () => {
    for (const s of [answerAll(done), send(answerAll(done), { type: 'CONFIRM' }), answerAll(done.slice(0, 3))]) {
      const r = send(s, { type: 'RESTART' });
      expect(at(r)).toBe('guidance');
      expect(r.context.answers).toEqual({});
    }
  });

  it('opens at a step and answers (browser history), refusing a step the answers cannot show', () => {
    const answers = prune(Object.fromEntries(done));
    expect(at(start({ answers, step: 'statuses' }))).toBe('statuses');
    expect(at(start({ answers: { guidance: 'england' }, step: 'placement' }))).toBe('age');
    expect(at(start({ answers, step: 'outcome' }))).toBe('outcome');
  });

  it('opens on the outcome when the input answers every question, and on the first gap otherwise', () => {
    const answers = prune(Object.fromEntries(done));
    expect(at(start({ answers }))).toBe('outcome');
    const { placement: _p, ...gap } = answers;
    expect(at(start({ answers: gap }))).toBe('placement');
    expect(at(start({ answers: {}, step: 'start' }))).toBe('start');
    expect(at(start({}))).toBe('guidance');
  });

  it('runs as an actor, and Start leads to the first question', () => {
    const actor = createActor(machine, { snapshot: start({ step: 'start' }) }).start();
    expect(actor.getSnapshot().hasTag('start')).toBe(true);
    actor.send({ type: 'START' });
    expect(at(actor.getSnapshot())).toBe('guidance');
    actor.stop();
  });
});
