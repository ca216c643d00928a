/**
 * The engine on a small example flow: the machine factory (a state per question, transitions only along the
 * declared arrows, Back, Change and the pass-through after a Change), the build-time relevance table, and links
 * (a round trip, and bad values named and dropped).
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { bool, describeValues, int, listOf, oneOf, parseValue, writeValue } from '../../../src/tools/engine/contract.ts';
import { CHECK, createFlow, type Answers, type FlowDefinition, type TickQuestion } from '../../../src/tools/engine/flow.ts';
import { createToolMachine, openAt, stepOf, type ToolEvent, type ToolSnapshot } from '../../../src/tools/engine/machine.ts';
import { canChangeOutcome, computeRelevance, domain, relevanceDisagreements, type OutcomeOf } from '../../../src/tools/engine/relevance.ts';
import { machineGraph } from '../../../src/tools/engine/diagram.ts';
import { dateInWords } from '../../../src/tools/engine/wording.ts';
import { readFileSync } from 'node:fs';

/**
 * A tea shop: which drink, then (for tea) milk, then how many sugars, then extras from a checklist whose
 * `lemon` item needs a follow-up. Sugar only matters for coffee drinkers who take it black; it is declared
 * relevant on the drink and milk facts.
 */
const example: FlowDefinition = {
  id: 'example',
  contract: {
    drink: oneOf(['tea', 'coffee']),
    milk: bool,
    sugars: int(0, 3),
    biscuit: bool,
    lemon: oneOf(['no', 'slice', 'juice']),
  },
  questions: [
    { id: 'drink', kind: 'radios', param: 'drink', values: ['tea', 'coffee'], next: ['milk', 'sugars', 'extras'] },
    {
      id: 'milk',
      kind: 'radios',
      param: 'milk',
      values: ['yes', 'no'],
      next: ['sugars', 'extras'],
      applies: (a) => (a.drink === 'tea' || a.drink === 'coffee' ? null : { why: 'no-drink' }),
    },
    {
      id: 'sugars',
      kind: 'number',
      param: 'sugars',
      min: 0,
      max: 3,
      next: ['extras'],
      applies: (a) => (a.drink ? null : { why: 'no-drink' }),
      relevance: { inputs: ['drink', 'milk'] },
    },
    { id: 'extras', kind: 'checkboxes', items: ['biscuit', 'lemon'], next: ['lemon', CHECK], applies: (a) => (a.drink ? null : { why: 'no-drink' }) },
    {
      id: 'lemon',
      kind: 'radios',
      param: 'lemon',
      values: ['slice', 'juice'],
      next: [CHECK],
      applies: (a) => (Array.isArray(a.extras) && a.extras.includes('lemon') ? null : { why: 'parent', item: 'lemon' }),
    },
  ],
};

/** What the example concludes: sugar counts only for black coffee. */
const outcomeOf: OutcomeOf = (f) => ({
  drink: f.drink,
  milk: f.milk,
  sugars: f.drink === 'coffee' && f.milk === false ? f.sugars : undefined,
  biscuit: f.biscuit,
  lemon: f.lemon,
});

const relevance = computeRelevance(example, outcomeOf);
const flow = createFlow(example, relevance);
const machine = createToolMachine(flow);
const send = (s: ToolSnapshot, e: ToolEvent) => transition(machine, s, e)[0];
const answer = (s: ToolSnapshot, question: string, value: Answers[string]) => send(s, { type: 'ANSWER', question, value: value! });

describe('the relevance table', () => {
  it('skips a question exactly where no answer to it can change the outcome, settled on its declared inputs', () => {
    expect(relevance.sugars).toEqual({
      inputs: ['drink', 'milk'],
      skip: [JSON.stringify(['coffee', true]), JSON.stringify(['tea', false]), JSON.stringify(['tea', true])].sort(),
    });
  });

  it('agrees with brute force on whole sets of answers, and a declaration missing a deciding fact is caught', () => {
    const prefixes: Answers[] = [{ drink: 'tea', milk: 'yes' }, { drink: 'tea', milk: 'no' }, { drink: 'coffee', milk: 'yes' }, { drink: 'coffee', milk: 'no' }];
    expect(relevanceDisagreements(example, outcomeOf, relevance, 'sugars', prefixes)).toEqual([]);
    const wrong: FlowDefinition = { ...example, questions: example.questions.map((q) => (q.id === 'sugars' ? { ...q, relevance: { inputs: ['drink'] } } : q)) };
    const table = computeRelevance(wrong, outcomeOf);
    expect(relevanceDisagreements(wrong, outcomeOf, table, 'sugars', prefixes)).toEqual([{ answers: { drink: 'coffee', milk: 'no' }, table: false, bruteForce: true }]);
  });
});

describe('the machine factory', () => {
  it('has a state per question, the start page and done (check, outcome), tagged', () => {
    expect(Object.keys(machine.states).sort()).toEqual(['done', 'drink', 'extras', 'lemon', 'milk', 'start', 'sugars']);
    const s = openAt(machine, flow, {}, 'start');
    expect(s.hasTag('start')).toBe(true);
    expect(answer(send(s, { type: 'START' }), 'drink', 'tea').hasTag('question')).toBe(true);
  });

  it('routes along the declared arrows, skipping what cannot matter, to check and the outcome', () => {
    let s = openAt(machine, flow, {}, 'drink');
    s = answer(s, 'drink', 'coffee');
    expect(stepOf(s)).toBe('milk');
    s = answer(s, 'milk', 'no');
    expect(stepOf(s)).toBe('sugars'); // black coffee: sugar matters
    s = answer(s, 'sugars', 2);
    s = answer(s, 'extras', ['lemon']);
    expect(stepOf(s)).toBe('lemon');
    s = answer(s, 'lemon', 'slice');
    expect(stepOf(s)).toBe(CHECK);
    expect(stepOf(send(s, { type: 'CONFIRM' }))).toBe('outcome');

    let t = answer(openAt(machine, flow, {}, 'drink'), 'drink', 'tea');
    t = answer(t, 'milk', 'yes');
    expect(stepOf(t)).toBe('extras'); // tea: sugar cannot change the outcome
  });

  it('refuses an answer that does not fit, or is for another question, and says so through can()', () => {
    const s = openAt(machine, flow, {}, 'drink');
    expect(s.can({ type: 'ANSWER', question: 'drink', value: 'cocoa' })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'milk', value: 'yes' })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'drink', value: 'tea' })).toBe(true);
    const n = openAt(machine, flow, { drink: 'coffee', milk: 'no' }, 'sugars');
    expect(n.can({ type: 'ANSWER', question: 'sugars', value: 4 })).toBe(false);
    expect(n.can({ type: 'ANSWER', question: 'sugars', value: 1.5 })).toBe(false);
  });

  it('goes Back along the arrows, and after a Change passes answered questions on the way to the first gap', () => {
    const full = { drink: 'coffee', milk: 'no', sugars: 1, extras: ['biscuit'] };
    let s = openAt(machine, flow, full);
    expect(stepOf(s)).toBe('outcome');
    s = send(send(s, { type: 'BACK' }), { type: 'BACK' });
    expect(stepOf(s)).toBe('extras');
    s = send(openAt(machine, flow, full, CHECK), { type: 'CHANGE', question: 'drink' });
    expect(stepOf(s)).toBe('drink');
    s = answer(s, 'drink', 'coffee'); // milk, sugars and extras are answered: straight back to check
    expect(stepOf(s)).toBe(CHECK);
    s = send(s, { type: 'CHANGE', question: 'extras' });
    s = answer(s, 'extras', ['biscuit', 'lemon']); // opens the lemon question
    expect(stepOf(s)).toBe('lemon');
  });

  it('in exercise mode conceals the outcome until it is revealed, and again after a change', () => {
    const full = { drink: 'tea', milk: 'yes', extras: [] };
    let s = openAt(machine, flow, full, undefined, { exercise: true });
    expect(stepOf(s)).toBe('outcome');
    expect(s.hasTag('concealed')).toBe(true);
    expect(s.can({ type: 'REVEAL' })).toBe(true);
    s = send(s, { type: 'REVEAL' });
    expect(s.hasTag('concealed')).toBe(false);
    expect(s.hasTag('outcome')).toBe(true);
    s = send(send(s, { type: 'CHANGE', question: 'milk' }), { type: 'ANSWER', question: 'milk', value: 'no' });
    expect(stepOf(s)).toBe(CHECK);
    s = send(s, { type: 'CONFIRM' });
    expect(s.hasTag('concealed')).toBe(true);
    // Outside exercise mode the outcome is never concealed.
    expect(openAt(machine, flow, full).hasTag('concealed')).toBe(false);
    expect(send(openAt(machine, flow, full, CHECK), { type: 'CONFIRM' }).hasTag('concealed')).toBe(false);
  });

  it('starts again from anywhere with no answers', () => {
    const s = send(openAt(machine, flow, { drink: 'tea', milk: 'yes', extras: [] }), { type: 'RESTART' });
    expect(stepOf(s)).toBe('drink');
    expect(s.context.answers).toEqual({});
  });

  it('draws every transition it has', () => {
    const graph = machineGraph(machine, (id) => id);
    expect(graph.nodes.filter((n) => n.kind === 'question').map((n) => n.id).sort()).toEqual(['drink', 'extras', 'lemon', 'milk', 'sugars']);
    expect(graph.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id).sort()).toEqual(['done.outcome.concealed', 'done.outcome.revealed']);
    for (const q of example.questions) for (const to of q.next) expect(graph.transitions).toContainEqual({ from: q.id, to: to === CHECK ? 'done.check' : to, event: 'ANSWER' });
  });
});

describe('links', () => {
  it('round-trips: the link written for some answers reads back as the same answers', () => {
    const answers = { drink: 'coffee', milk: 'no', sugars: 3, extras: ['lemon'], lemon: 'juice' };
    const query = flow.writeLink(answers);
    expect(query).toBe('drink=coffee&milk=no&sugars=3&biscuit=no&lemon=juice');
    expect(flow.readLink(query)).toEqual({ answers, facts: flow.toFacts(answers), ignored: [] });
  });

  it('names and drops what it cannot use, in link order, and keeps the rest', () => {
    const { answers, ignored } = flow.readLink('drink=Tea&colour=red&milk=maybe&drink=coffee&milk=yes&sugars=2&lemon=juice');
    expect(answers).toEqual({ drink: 'tea', milk: 'yes', extras: ['lemon'], lemon: 'juice' });
    expect(ignored).toEqual([
      { param: 'colour', value: 'red', reason: { why: 'unknown' } },
      { param: 'milk', value: 'maybe', reason: { why: 'invalid', expected: { key: 'values.boolean', vars: {} } } },
      { param: 'drink', value: 'coffee', reason: { why: 'repeated' } },
      { param: 'sugars', value: '2', reason: { why: 'irrelevant' } },
    ]);
  });
});

describe('options that depend on earlier answers (valueApplies)', () => {
  const juiceOnlyWithTea: FlowDefinition = {
    ...example,
    id: 'example-options',
    questions: example.questions.map((q) =>
      q.id === 'lemon' ? { ...q, valueApplies: (v: string, a: Answers) => (v === 'juice' && a.drink === 'coffee' ? { why: 'juice-with-coffee' } : null) } : q,
    ),
  };
  const options = createFlow(juiceOnlyWithTea, computeRelevance(juiceOnlyWithTea, outcomeOf));
  const lemon = options.question('lemon');

  it('offers only the options that fit the earlier answers, and accepts only those', () => {
    if (lemon.kind !== 'radios') throw new Error('lemon is a radios question');
    expect(options.offeredValues(lemon, { drink: 'tea' })).toEqual(['slice', 'juice']);
    expect(options.offeredValues(lemon, { drink: 'coffee' })).toEqual(['slice']);
    const coffee = { drink: 'coffee', milk: 'yes', extras: ['lemon'] };
    expect(options.accepts('lemon', 'juice', coffee)).toBe(false);
    expect(options.accepts('lemon', 'slice', coffee)).toBe(true);
    const m = createToolMachine(options);
    expect(openAt(m, options, coffee, 'lemon').can({ type: 'ANSWER', question: 'lemon', value: 'juice' })).toBe(false);
  });

  it('names and drops an option a link gives that contradicts an earlier answer, and asks the question again', () => {
    const read = options.readLink('drink=coffee&milk=yes&biscuit=no&lemon=juice');
    expect(read.ignored).toEqual([{ param: 'lemon', value: 'juice', reason: { why: 'juice-with-coffee' } }]);
    expect(read.answers).toEqual({ drink: 'coffee', milk: 'yes', extras: ['lemon'] });
    expect(options.openingStep(read.answers)).toBe('lemon');
  });

  it('does not ask a question with no option on offer, and says so for a link that answers it', () => {
    const none: FlowDefinition = {
      ...example,
      id: 'example-no-options',
      questions: example.questions.map((q) => (q.id === 'lemon' ? { ...q, valueApplies: (_v: string, a: Answers) => (a.drink === 'coffee' ? { why: 'lemon-with-coffee' } : null) } : q)),
    };
    const f = createFlow(none, computeRelevance(none, outcomeOf));
    expect(f.isAsked('lemon', { drink: 'coffee', milk: 'yes', extras: ['lemon'] })).toBe(false);
    expect(f.readLink('drink=coffee&milk=yes&biscuit=no&lemon=slice').ignored).toEqual([{ param: 'lemon', value: 'slice', reason: { why: 'no-options' } }]);
  });
});

describe('relevance past a question with no option on offer', () => {
  it('walks past it, as the flow does, instead of treating the answers after it as impossible', () => {
    const def: FlowDefinition = {
      id: 'example-empty',
      contract: { first: oneOf(['x', 'y']), second: oneOf(['p']) },
      questions: [
        { id: 'first', kind: 'radios', param: 'first', values: ['x', 'y'], next: ['second', CHECK], relevance: { inputs: [] } },
        { id: 'second', kind: 'radios', param: 'second', values: ['p'], next: [CHECK], valueApplies: () => ({ why: 'never' }) },
      ],
    };
    const firstMatters: OutcomeOf = (f) => f.first;
    expect(canChangeOutcome(def, firstMatters, def.questions[0]!, {})).toBe(true);
    expect(computeRelevance(def, firstMatters).first!.skip).toEqual([]);
  });
});

/**
 * A list parameter and a list question whose options are the answers to an earlier one: a tasting panel names two
 * or three cakes, then says which of those it liked (any of them, or none).
 */
const tasting: FlowDefinition = {
  id: 'tasting',
  contract: { cakes: listOf(['sponge', 'fruit', 'carrot', 'lemon']), liked: listOf(['sponge', 'fruit', 'carrot', 'lemon']) },
  questions: [
    { id: 'cakes', kind: 'list', param: 'cakes', min: 2, max: 3, next: ['liked'] },
    {
      id: 'liked',
      kind: 'list',
      param: 'liked',
      next: [CHECK],
      options: (a) => (Array.isArray(a.cakes) ? a.cakes : []),
      applies: (a) => (Array.isArray(a.cakes) ? null : { why: 'no-cakes' }),
    },
  ],
};
const tastingFlow = createFlow(tasting, {});
const tastingMachine = createToolMachine(tastingFlow);

describe('list parameters', () => {
  const spec = listOf(['sponge', 'fruit', 'carrot']);

  it('reads and writes comma-separated values, "none" for an empty list, whatever the case', () => {
    expect(parseValue(spec, 'Fruit, sponge')).toEqual(['fruit', 'sponge']);
    expect(parseValue(spec, 'none')).toEqual([]);
    expect(writeValue(['fruit', 'sponge'])).toBe('fruit,sponge');
    expect(writeValue([])).toBe('none');
    expect(() => listOf(['none', 'some'])).toThrow(/none/);
  });

  it('refuses an unknown value, a repeat or an empty value, as not a value of the parameter', () => {
    for (const raw of ['fruit,cheese', 'fruit,fruit', '', 'fruit,', ',']) expect(parseValue(spec, raw), raw).toBeNull();
    expect(describeValues(spec)).toEqual({ key: 'values.list', vars: { list: 'sponge, fruit', last: 'carrot' } });
  });
});

describe('a list question with options from an earlier answer', () => {
  it('offers only the earlier answers, in their order, and accepts only those', () => {
    const q = tastingFlow.question('liked');
    const before = { cakes: ['lemon', 'sponge'] };
    expect(tastingFlow.offered(q as TickQuestion, before)).toEqual(['lemon', 'sponge']);
    expect(tastingFlow.fits(q, ['sponge'], before)).toBe(true);
    expect(tastingFlow.fits(q, [], before)).toBe(true); // "none of them"
    expect(tastingFlow.fits(q, ['fruit'], before)).toBe(false);
    expect(tastingFlow.fits(q, ['sponge', 'sponge'], before)).toBe(false);
  });

  it('holds the question that sets the options to its fewest and most', () => {
    const s = openAt(tastingMachine, tastingFlow, {}, 'cakes');
    expect(s.can({ type: 'ANSWER', question: 'cakes', value: ['sponge'] })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'cakes', value: ['sponge', 'fruit', 'carrot', 'lemon'] })).toBe(false);
    const t = send(s, { type: 'ANSWER', question: 'cakes', value: ['sponge', 'fruit'] });
    expect(stepOf(t)).toBe('liked');
    expect(t.can({ type: 'ANSWER', question: 'liked', value: ['carrot'] })).toBe(false);
    expect(stepOf(send(t, { type: 'ANSWER', question: 'liked', value: ['fruit'] }))).toBe(CHECK);
  });

  it('drops a ticked option when a changed earlier answer takes it away, keeping the rest', () => {
    const answers = tastingFlow.withAnswer({ cakes: ['sponge', 'fruit'], liked: ['sponge', 'fruit'] }, 'cakes', ['fruit', 'carrot']);
    expect(answers).toEqual({ cakes: ['fruit', 'carrot'], liked: ['fruit'] });
  });

  it('enumerates every answer within the fewest and most (without walking every subset)', () => {
    expect(domain(tastingFlow, tastingFlow.question('cakes'), {})).toHaveLength(6 + 4); // pairs and triples of four
    expect(domain(tastingFlow, tastingFlow.question('liked'), { cakes: ['sponge', 'fruit'] })).toEqual([[], ['sponge'], ['sponge', 'fruit'], ['fruit']]);
  });

  it('round-trips through a link, and names a value that is not on offer', () => {
    const answers = { cakes: ['sponge', 'lemon'], liked: [] };
    expect(tastingFlow.writeLink(answers)).toBe('cakes=sponge,lemon&liked=none');
    expect(tastingFlow.readLink('cakes=sponge%2Clemon&liked=none')).toEqual({ answers, facts: answers, ignored: [] });
    // Options are kept in the order offered, however the link lists them.
    expect(tastingFlow.readLink('cakes=sponge,lemon&liked=lemon,sponge').answers.liked).toEqual(['sponge', 'lemon']);
    const { answers: kept, ignored } = tastingFlow.readLink('cakes=sponge,lemon&liked=carrot');
    expect(kept).toEqual({ cakes: ['sponge', 'lemon'] });
    expect(ignored).toEqual([{ param: 'liked', value: 'carrot', reason: { why: 'not-offered' } }]);
    expect(tastingFlow.readLink('cakes=sponge').ignored).toEqual([
      { param: 'cakes', value: 'sponge', reason: { why: 'not-offered' } },
    ]);
  });
});

describe('dates in words', () => {
  it('writes every month of the year as the en-GB locale does ("26 November 2026"), from the wording alone', () => {
    const wording = JSON.parse(readFileSync('src/tools/engine/en.json', 'utf8')) as Record<string, string>;
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 28]) {
        const date = new Date(2026, month, day);
        expect(dateInWords(wording, date)).toBe(date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
      }
    }
  });
});
