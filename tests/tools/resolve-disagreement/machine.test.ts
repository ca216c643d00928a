/**
 * The machine of "We can't agree: what happens next?", node by node: given these answers, this answer leads there.
 * Then Back, Change and Start again, and opening at a step (links and browser history). Reachability, random walks,
 * relevance against brute force and the diagram are checked for every tool in tests/tools/tools.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { openAt, stepOf, type ToolEvent, type ToolSnapshot } from '../../../src/tools/engine/machine.ts';
import type { AnswerValue, Answers } from '../../../src/tools/engine/flow.ts';
import { flow, machine } from './support.ts';

const send = (s: ToolSnapshot, e: ToolEvent) => transition(machine, s, e)[0];
const at = (s: ToolSnapshot) => stepOf(s);
const open = (answers: Answers, step?: string) => openAt(machine, flow, answers, step);
/** Answers in order from the first question, as a user would. */
function answerAll(list: [string, AnswerValue][]): ToolSnapshot {
  let s = send(open({}, 'start'), { type: 'START' });
  for (const [question, value] of list) s = send(s, { type: 'ANSWER', question, value });
  return s;
}

describe('each question leads to the next one asked', () => {
  it.each([
    ['the start page', [], 'guidance'],
    ['guidance', [['guidance', 'scotland']], 'about'],
    ['what it is about', [['guidance', 'england'], ['about', 'who-leads']], 'safety-concern'],
    ['a safety concern, with a route of several steps', [['guidance', 'salford'], ['about', 'approach'], ['safety-concern', 'yes']], 'tried'],
    ['no safety concern, with a route of several steps', [['guidance', 'safeh'], ['about', 'who-leads'], ['safety-concern', 'no']], 'tried'],
    ['SAFeh, a practitioner not delivering: one step, so "tried" is not asked', [['guidance', 'safeh'], ['about', 'not-delivering'], ['safety-concern', 'no']], 'check'],
    ['SAFeh, a difference of approach, with a safety concern', [['guidance', 'safeh'], ['about', 'approach'], ['safety-concern', 'yes']], 'check'],
    ['what has been tried', [['guidance', 'england'], ['about', 'who-leads'], ['safety-concern', 'no'], ['tried', 'team']], 'check'],
  ] as [string, [string, AnswerValue][], string][])('%s', (_name, list, expected) => {
    expect(at(answerAll(list))).toBe(expected);
  });

  it('goes from check answers to the outcome', () => {
    const s = answerAll([['guidance', 'england'], ['about', 'who-leads'], ['safety-concern', 'no'], ['tried', 'team']]);
    expect(at(send(s, { type: 'CONFIRM' }))).toBe('outcome');
  });

  it('refuses answers that are not options of the question on screen', () => {
    const s = answerAll([['guidance', 'england']]);
    expect(s.can({ type: 'ANSWER', question: 'about', value: 'money' })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'tried', value: 'team' })).toBe(false);
    expect(answerAll([]).can({ type: 'ANSWER', question: 'guidance', value: 'wales' })).toBe(false);
    expect(answerAll([['guidance', 'england'], ['about', 'approach']]).can({ type: 'ANSWER', question: 'safety-concern', value: 'maybe' })).toBe(false);
  });
});

describe('back, change an answer, start again', () => {
  const done: [string, AnswerValue][] = [['guidance', 'england'], ['about', 'who-leads'], ['safety-concern', 'no'], ['tried', 'managers']];

  it('goes back one question at a time, keeping the answers, to the start page', () => {
    let s = answerAll(done);
    const seen: string[] = [];
    while (s.can({ type: 'BACK' })) {
      s = send(s, { type: 'BACK' });
      seen.push(at(s));
    }
    expect(seen).toEqual(['tried', 'safety-concern', 'about', 'guidance', 'start']);
    expect(s.context.answers.tried).toBe('managers');
  });

  it('goes back past a question that is not asked', () => {
    const s = answerAll([['guidance', 'safeh'], ['about', 'not-delivering'], ['safety-concern', 'yes']]);
    expect(at(send(s, { type: 'BACK' }))).toBe('safety-concern');
  });

  it('a changed kind of disagreement that closes "tried" drops its answer and returns to check answers', () => {
    let s = send(answerAll([['guidance', 'safeh'], ['about', 'who-leads'], ['safety-concern', 'no'], ['tried', 'team']]), { type: 'CHANGE', question: 'about' });
    expect(at(s)).toBe('about');
    s = send(s, { type: 'ANSWER', question: 'about', value: 'approach' });
    expect(at(s)).toBe('check');
    expect(s.context.answers.tried).toBeUndefined();
  });

  it('a changed kind of disagreement that opens "tried" asks it, then returns to check answers', () => {
    let s = send(answerAll([['guidance', 'safeh'], ['about', 'not-delivering'], ['safety-concern', 'no']]), { type: 'CHANGE', question: 'about' });
    s = send(s, { type: 'ANSWER', question: 'about', value: 'who-leads' });
    expect(at(s)).toBe('tried');
    s = send(s, { type: 'ANSWER', question: 'tried', value: 'nothing' });
    expect(at(s)).toBe('check');
  });

  it('changes an answer from the outcome and returns to check answers', () => {
    const o = send(answerAll(done), { type: 'CONFIRM' });
    const s = send(send(o, { type: 'CHANGE', question: 'safety-concern' }), { type: 'ANSWER', question: 'safety-concern', value: 'yes' });
    expect(at(s)).toBe('check');
    expect(s.context.answers['safety-concern']).toBe('yes');
  });

  it('starts again from anywhere with no answers', () => {
    for (const s of [answerAll(done), send(answerAll(done), { type: 'CONFIRM' })]) {
      const r = send(s, { type: 'RESTART' });
      expect(at(r)).toBe('guidance');
      expect(r.context.answers).toEqual({});
    }
  });

  it('opens on the outcome when every question asked is answered, at the first gap otherwise, and at a step history asks for', () => {
    const answers = flow.prune(Object.fromEntries(done));
    expect(at(open(answers))).toBe('outcome');
    expect(at(open({ guidance: 'scotland', about: 'approach' }))).toBe('safety-concern');
    expect(at(open(answers, 'about'))).toBe('about');
    expect(at(open({ guidance: 'england' }, 'tried'))).toBe('about');
  });
});
