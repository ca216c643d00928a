/**
 * What every tool in the registry must do, tested on its real machine:
 * - xstate/graph reaches every state from the start page;
 * - random walks (fast-check) always end in an outcome, and every answer the machine accepts keeps it on a
 *   declared arrow;
 * - the build-time relevance table agrees with brute force over whole sets of answers (fast-check samples);
 * - the generated diagram has a node for each state and draws every transition.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { TOOL_IDS } from '../../src/tools/registry.ts';
import { loadTool } from '../../src/tools/engine/server.ts';
import { openAt, stepOf, type ToolEvent, type ToolSnapshot } from '../../src/tools/engine/machine.ts';
import { domain, relevanceDisagreements } from '../../src/tools/engine/relevance.ts';
import { drawMachine } from '../../src/tools/engine/diagram.ts';
import type { AnswerValue, Answers, Flow, Question } from '../../src/tools/engine/flow.ts';

/** A few answers to try at a question: every option, a spread of numbers, checklists of up to two items. */
function tries(flow: Flow, q: Question, answers: Answers): AnswerValue[] {
  if (q.kind === 'radios') return flow.offeredValues(q, answers);
  if (q.kind === 'number') return [...new Set([q.min, q.min + 1, Math.floor((q.min + q.max) / 2), q.max])];
  return domain(flow, q, answers).filter((v) => (v as readonly string[]).length <= 2);
}

/** One answer chosen by `pick` from everything the question accepts (numbers: anywhere in range). */
function anyAnswer(flow: Flow, q: Question, answers: Answers, pick: number): AnswerValue {
  if (q.kind === 'number') return q.min + (pick % (q.max - q.min + 1));
  if (q.kind === 'list') {
    // A run of options of a size within the question's limits, starting anywhere (a list can have too many answers to enumerate).
    const items = flow.offered(q, answers);
    const min = q.min ?? 0;
    const size = min + (pick % (Math.min(q.max ?? items.length, items.length) - min + 1));
    const from = Math.floor(pick / 7) % Math.max(items.length, 1);
    const run = Array.from({ length: size }, (_, i) => items[(from + i) % items.length]!);
    return items.filter((item) => run.includes(item));
  }
  const all = q.kind === 'radios' ? flow.offeredValues(q, answers) : domain(flow, q, answers);
  return all[pick % all.length]!;
}

describe.each(TOOL_IDS)('%s', (id) => {
  const { machine, flow, descriptor, register, relevance, questions, wording } = loadTool(id);
  const send = (s: ToolSnapshot, e: ToolEvent) => transition(machine, s, e)[0];
  const states = [...flow.questions.map((q) => q.id), 'start', 'check', 'outcome'];

  it('reaches every state from the start page (xstate/graph)', { timeout: 60_000 }, () => {
    const events = (s: ToolSnapshot): ToolEvent[] => {
      const step = stepOf(s);
      if (step === 'start') return [{ type: 'START' }];
      if (step === 'check') return [{ type: 'CONFIRM' }];
      if (step === 'outcome') return [];
      return tries(flow, flow.question(step), s.context.answers).map((value) => ({ type: 'ANSWER', question: step, value }));
    };
    // Two snapshots count as the same when they show the same step with the same questions and checklist items on offer
    // (for a list question, as many options), and the same answer to the first question (which decides the branch,
    // even where the next step looks the same).
    const shape = (s: ToolSnapshot) => {
      const a = s.context.answers;
      const asked = flow.asked(a).map((q) => (q.kind === 'checkboxes' ? [q.id, flow.offered(q, a)] : q.kind === 'list' ? [q.id, flow.offered(q, a).length] : q.id));
      return JSON.stringify([stepOf(s), a[flow.first] ?? null, asked]);
    };
    const paths = getShortestPaths(machine, { fromState: openAt(machine, flow, {}, 'start'), events, serializeState: shape });
    expect([...new Set(paths.map((p) => stepOf(p.state)))].sort()).toEqual([...states].sort());
  });

  it('ends every walk in an outcome, along declared arrows only', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (picks) => {
        let s = send(openAt(machine, flow, {}, 'start'), { type: 'START' });
        for (const pick of picks) {
          const step = stepOf(s);
          if (step === 'check') s = send(s, { type: 'CONFIRM' });
          if (stepOf(s) === 'outcome') return true;
          const q = flow.question(stepOf(s));
          const next = send(s, { type: 'ANSWER', question: q.id, value: anyAnswer(flow, q, s.context.answers, pick) });
          expect(next, `${q.id} refused a valid answer`).not.toBe(s);
          expect([...q.next, q.id], `${q.id} led off its arrows`).toContain(stepOf(next) === 'check' ? 'check' : stepOf(next));
          s = next;
        }
        return stepOf(s) === 'outcome';
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('has a relevance table that agrees with brute force on sampled whole sets of answers', () => {
    const outcomeOf = descriptor.outcomeOf(register);
    const position = (qid: string) => flow.questions.findIndex((x) => x.id === qid);
    for (const q of flow.questions.filter((x) => x.relevance)) {
      const prefixes: Answers[] = [];
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (picks) => {
          // Answer in order up to the question (asked or skipped), then keep the answers before it.
          let answers: Answers = {};
          for (const pick of picks) {
            const next = flow.firstUnanswered(answers);
            if (next === null || position(next) >= position(q.id)) break;
            answers = flow.withAnswer(answers, next, anyAnswer(flow, flow.question(next), answers, pick));
          }
          if ((q.applies?.(answers) ?? null) === null) prefixes.push(answers);
        }),
        { numRuns: 150, seed: 11 },
      );
      expect(prefixes.length, q.id).toBeGreaterThan(0);
      expect(relevanceDisagreements(descriptor.flow, outcomeOf, relevance, q.id, prefixes), q.id).toEqual([]);
      console.info(`[${id}] relevance of ${q.id}: the table agrees with brute force on ${prefixes.length} sampled sets of answers`);
    }
  }, 120_000);

  it('draws a node for each state and every transition in its diagram', { timeout: 30_000 }, async () => {
    const label = (state: string) => questions.find((q) => q.id === state)?.checkLabel ?? wording[`diagram.label.${state}`] ?? state;
    const { svg, graph } = await drawMachine(machine, label, 'diagram');
    const drawnStates: string[] = [];
    const drawnEdges: { from: string; to: string[]; events: string[]; back: string[] }[] = [];
    visit(fromHtml(svg, { fragment: true, space: 'svg' }), 'element', (el: Element) => {
      const p = el.properties;
      if (p.dataState !== undefined) drawnStates.push(String(p.dataState));
      if (p.dataFrom !== undefined) {
        drawnEdges.push({ from: String(p.dataFrom), to: String(p.dataTo).split(' '), events: String(p.dataEvents).split(' '), back: String(p.dataBackEvents ?? '').split(' ') });
      }
    });
    const shown = [...flow.questions.map((q) => q.id), 'start', 'done.check', 'done.outcome.revealed', 'done.outcome.concealed'];
    for (const s of shown) expect(drawnStates, s).toContain(s);
    for (const t of graph.transitions) {
      const drawn = drawnEdges.some(
        (e) => (e.from === t.from && e.to.includes(t.to) && e.events.includes(t.event)) || (e.from === t.to && e.to.includes(t.from) && e.back.includes(t.event)),
      );
      expect(drawn, `${t.from} --${t.event}--> ${t.to}`).toBe(true);
    }
  });
});
