/**
 * The machine of "Choosing between candidates", node by node: given these answers, this answer leads there; criteria
 * offer exactly the candidates named; statuses are asked only after a statutory responsibility; changing the
 * candidates keeps what still applies. Reachability, random walks and the diagram: tests/tools/tools.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { openAt, stepOf, type ToolEvent, type ToolSnapshot } from '../../../src/tools/engine/machine.ts';
import type { AnswerValue, TickQuestion } from '../../../src/tools/engine/flow.ts';
import { flow, machine } from './support.ts';

const send = (s: ToolSnapshot, e: ToolEvent) => transition(machine, s, e)[0];
const at = (s: ToolSnapshot) => stepOf(s);
function answerAll(list: [string, AnswerValue][]): ToolSnapshot {
  let s = send(openAt(machine, flow, {}, 'start'), { type: 'START' });
  for (const [question, value] of list) {
    const next = send(s, { type: 'ANSWER', question, value });
    if (next === s) throw new Error(`${question} refused ${JSON.stringify(value)}`);
    s = next;
  }
  return s;
}
const two: [string, AnswerValue][] = [['guidance', 'england'], ['candidates', ['health-visitor', 'teacher']]];

describe('each question leads to the next one asked', () => {
  it.each([
    ['guidance', [['guidance', 'salford']], 'candidates'],
    ['candidates', two, 'statutory-responsibility'],
    ['no statutory responsibility: straight to the criteria', [...two, ['statutory-responsibility', []]], 'main-needs'],
    ['a statutory responsibility: which statuses', [...two, ['statutory-responsibility', ['teacher']]], 'statutory-status'],
    ['statuses, then the criteria', [...two, ['statutory-responsibility', ['teacher']], ['statutory-status', ['looked-after']]], 'main-needs'],
    ['SAFeh starts its criteria with the most involved', [['guidance', 'safeh'], ['candidates', ['youth-worker', 'gp']], ['statutory-responsibility', []]], 'most-involved'],
    ['Salford asks about advocacy after relationship', [['guidance', 'salford'], ['candidates', ['youth-worker', 'gp']], ['statutory-responsibility', []], ['main-needs', []], ['wishes', []], ['primary-responsibility', []], ['relationship', ['gp']]], 'advocacy'],
    ['Scotland goes from skills to the young person', [['guidance', 'scotland'], ['candidates', ['named-person', 'gp']], ['statutory-responsibility', []], ['main-needs', []], ['wishes', []], ['relationship', []], ['skills', ['gp']]], 'young-person'],
    ['the young person, then check answers', [['guidance', 'safeh'], ['candidates', ['youth-worker', 'gp']], ['statutory-responsibility', []], ['most-involved', []], ['relationship', []], ['young-person', 'no']], 'check'],
  ] as [string, [string, AnswerValue][], string][])('%s', (_name, list, expected) => {
    expect(at(answerAll(list))).toBe(expected);
  });

  it('asks England for time and the manager\'s agreement (Poole), and no other guidance', () => {
    for (const [g, asked] of [['england', true], ['salford', false], ['scotland', false], ['safeh', false]] as const) {
      expect(flow.isAsked('time-and-manager', { guidance: g, candidates: ['gp', 'teacher'], 'statutory-responsibility': [] }), g).toBe(asked);
    }
  });
});

describe('the candidates', () => {
  it('takes 2 to 4, by role, from the guidance\'s list', () => {
    const s = answerAll([['guidance', 'england']]);
    expect(s.can({ type: 'ANSWER', question: 'candidates', value: ['gp'] })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'candidates', value: ['gp', 'teacher', 'senco', 'midwife', 'youth-worker'] })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'candidates', value: ['gp', 'named-person'] })).toBe(false); // Scotland's
    expect(s.can({ type: 'ANSWER', question: 'candidates', value: ['gp', 'Jane Smith'] })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'candidates', value: ['gp', 'teacher', 'senco', 'midwife'] })).toBe(true);
  });

  it('are the options of every criterion, and nothing else is', () => {
    const s = answerAll([...two, ['statutory-responsibility', []]]);
    expect(flow.offered(flow.question('main-needs') as TickQuestion, s.context.answers)).toEqual(['health-visitor', 'teacher']);
    expect(s.can({ type: 'ANSWER', question: 'main-needs', value: ['gp'] })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'main-needs', value: [] })).toBe(true);
  });

  it('when changed, keep the criteria answers about candidates still named, and drop the rest', () => {
    let s = answerAll([...two, ['statutory-responsibility', ['teacher']], ['statutory-status', ['looked-after']], ['main-needs', ['health-visitor', 'teacher']]]);
    s = send(s, { type: 'BACK' });
    while (at(s) !== 'candidates') s = send(s, { type: 'BACK' });
    s = send(s, { type: 'ANSWER', question: 'candidates', value: ['health-visitor', 'senco'] });
    expect(s.context.answers['main-needs']).toEqual(['health-visitor']);
    expect(s.context.answers['statutory-responsibility']).toEqual([]);
    expect(s.context.answers['statutory-status']).toBeUndefined();
  });
});

describe('back, change and start again', () => {
  it('goes back one question at a time to the start page', () => {
    let s = answerAll([...two, ['statutory-responsibility', []], ['main-needs', ['teacher']]]);
    const seen: string[] = [];
    while (s.can({ type: 'BACK' })) {
      s = send(s, { type: 'BACK' });
      seen.push(at(s));
    }
    expect(seen).toEqual(['main-needs', 'statutory-responsibility', 'candidates', 'guidance', 'start']);
  });

  it('opens on the record when a link answers everything, and starts again with nothing', () => {
    const answers = flow.readLink('guidance=safeh&candidates=gp,youth-worker&statutory-responsibility=none&most-involved=gp&relationship=none&young-person=yes').answers;
    const s = openAt(machine, flow, answers);
    expect(at(s)).toBe('outcome');
    const r = send(s, { type: 'RESTART' });
    expect(at(r)).toBe('guidance');
    expect(r.context.answers).toEqual({});
  });
});
