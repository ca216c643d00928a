/**
 * The machine, question by question: given these answers, this answer leads there. Only what can change the answer
 * is asked; Back retraces the route; a Change that makes a later answer meaningless drops it.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { openAt, stepOf, type ToolEvent, type ToolSnapshot } from '../../../src/tools/engine/machine.ts';
import type { Answers } from '../../../src/tools/engine/flow.ts';
import { flow, machine } from './support.ts';

const send = (s: ToolSnapshot, e: ToolEvent) => transition(machine, s, e)[0];
const at = (answers: Answers, step?: string) => openAt(machine, flow, answers, step);
const answer = (s: ToolSnapshot, question: string, value: string) => send(s, { type: 'ANSWER', question, value });

describe('where each answer leads', () => {
  it.each([
    // [answers before, question, answer, next step]
    [{}, 'guidance', 'safeh', 'reason'],
    [{ guidance: 'england' }, 'reason', 'leaving-post', 'current-lead'],
    [{ guidance: 'england' }, 'reason', 'short-absence', 'check'],
    [{ guidance: 'england' }, 'reason', 'work-complete', 'check'],
    [{ guidance: 'england' }, 'reason', 'family-moving', 'check'],
    [{ guidance: 'england' }, 'reason', 'plan-no-longer-needed', 'check'],
    [{ guidance: 'england' }, 'reason', 'statutory-involvement', 'referral-accepted'],
    [{ guidance: 'england' }, 'reason', 'status-ended', 'status-ended'],
    [{ guidance: 'scotland' }, 'reason', 'school-move', 'current-lead'],
    [{ guidance: 'england', reason: 'statutory-involvement' }, 'referral-accepted', 'yes', 'check'],
    [{ guidance: 'scotland', reason: 'statutory-involvement' }, 'referral-accepted', 'no', 'check'],
    [{ guidance: 'england', reason: 'status-ended' }, 'status-ended', 'child-in-need', 'check'],
    [{ guidance: 'safeh', reason: 'status-ended' }, 'status-ended', 'looked-after', 'check'],
    [{ guidance: 'salford', reason: 'status-ended' }, 'status-ended', 'child-protection', 'check'],
    [{ guidance: 'salford', reason: 'status-ended' }, 'status-ended', 'child-in-need', 'current-lead'],
    [{ guidance: 'salford', reason: 'needs-changed' }, 'current-lead', 'social-worker', 'check'],
  ] as const)('after %j, %s = %s leads to %s', (before, question, value, next) => {
    const s = answer(at(before, question), question, value);
    expect(stepOf(s)).toBe(next);
  });

  it('offers Scotland no child in need status, and refuses it', () => {
    const s = at({ guidance: 'scotland', reason: 'status-ended' }, 'status-ended');
    expect(stepOf(s)).toBe('status-ended');
    expect(s.can({ type: 'ANSWER', question: 'status-ended', value: 'child-in-need' })).toBe(false);
    expect(s.can({ type: 'ANSWER', question: 'status-ended', value: 'looked-after' })).toBe(true);
    const q = flow.question('status-ended');
    expect(q.kind === 'radios' && flow.offeredValues(q, { guidance: 'scotland' })).toEqual(['child-protection', 'looked-after']);
  });

  it('goes on to the answer from "Check your answers", and Back retraces the route', () => {
    let s = at({ guidance: 'salford', reason: 'status-ended', 'status-ended': 'child-in-need', 'current-lead': 'other' }, 'check');
    s = send(s, { type: 'CONFIRM' });
    expect(stepOf(s)).toBe('outcome');
    const back: string[] = [];
    for (let i = 0; i < 6 && stepOf(s) !== 'start'; i++) back.push(stepOf((s = send(s, { type: 'BACK' }))));
    expect(back).toEqual(['check', 'current-lead', 'status-ended', 'reason', 'guidance', 'start']);
  });

  it('drops answers a Change makes meaningless, and asks what the new answer needs', () => {
    let s = at({ guidance: 'salford', reason: 'status-ended', 'status-ended': 'child-in-need', 'current-lead': 'social-worker' }, 'check');
    s = send(s, { type: 'CHANGE', question: 'reason' });
    s = answer(s, 'reason', 'short-absence');
    expect(stepOf(s)).toBe('check');
    expect(s.context.answers).toEqual({ guidance: 'salford', reason: 'short-absence' });
    s = send(s, { type: 'CHANGE', question: 'reason' });
    s = answer(s, 'reason', 'statutory-involvement');
    expect(stepOf(s)).toBe('referral-accepted');
    s = send(s, { type: 'CHANGE', question: 'guidance' });
    expect(stepOf(answer(s, 'guidance', 'scotland'))).toBe('referral-accepted');
  });

  it('keeps a status Scotland has when the guidance changes to Scotland, and asks again for one it has not', () => {
    const kept = send(at({ guidance: 'england', reason: 'status-ended', 'status-ended': 'looked-after' }, 'check'), { type: 'CHANGE', question: 'guidance' });
    expect(stepOf(answer(kept, 'guidance', 'scotland'))).toBe('check');
    const dropped = send(at({ guidance: 'england', reason: 'status-ended', 'status-ended': 'child-in-need' }, 'check'), { type: 'CHANGE', question: 'guidance' });
    const s = answer(dropped, 'guidance', 'scotland');
    expect(stepOf(s)).toBe('status-ended');
    expect(s.context.answers).toEqual({ guidance: 'scotland', reason: 'status-ended' });
  });
});
