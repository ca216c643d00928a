/**
 * Builds a tool's XState 5 machine from its flow: the start page, one state per question, and "Check your answers"
 * and the outcome (inside `done`). Every transition goes between real states, so the chart shows the questions:
 *
 * - ANSWER from a question goes to each step the question declares in `next`, guarded by `answerLeadsTo`: the
 *   answer is valid and, with it recorded, that step is the next one asked.
 * - After a Change, answered questions are passed through on the way to the next unanswered one or "Check your
 *   answers" (`passesOn`, an eventless transition along the same arrows, taken only after an ANSWER).
 * - BACK goes along the same arrows in reverse (`backLeadsTo`); CHANGE goes from `done` to the question changed.
 * - In exercise mode (trainers: `mode=exercise` in the link) the outcome opens `concealed` until REVEAL, and is
 *   concealed again after every change, so a room can discuss each version of a case before seeing the answer.
 *
 * The flow's pure functions (flow.ts) decide; the machine routes. A snapshot at any step is made with `openAt`,
 * which is how links and browser history open the tool where they left it.
 */
import { and, assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import { CHECK, OUTCOME, START, type AnswerValue, type Answers, type Flow, type Step } from './flow.ts';

export type ToolEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; question: string; value: AnswerValue }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: string }
  | { type: 'CONFIRM' }
  | { type: 'REVEAL' }
  | { type: 'RESTART' };

export interface ToolContext {
  /** Answers so far, keyed by question id. */
  answers: Answers;
  /** After a Change (or a link that gave answers): an answer goes straight on to the next unanswered question. */
  review: boolean;
  /** Exercise mode: the outcome is concealed until it is revealed. */
  exercise: boolean;
}

export type ToolTag = 'start' | 'question' | 'check' | 'outcome' | 'concealed';

/** The steps that lead to each step, from the flow's `next` declarations (for Back). */
export function predecessors(flow: Flow): Map<Step, string[]> {
  const before = new Map<Step, string[]>([[flow.first, [START]]]);
  for (const q of flow.questions) for (const to of q.next) before.set(to, [...(before.get(to) ?? []), q.id]);
  return before;
}

export function createToolMachine(flow: Flow) {
  const before = predecessors(flow);
  const back = (from: Step) => ({
    BACK: (before.get(from) ?? []).map((to) => ({
      guard: { type: 'backLeadsTo' as const, params: { from, to } },
      target: `#${flow.def.id}.${to}`,
      actions: 'goOnInOrder' as const,
    })),
  });
  const question = (id: string, next: readonly string[]) => {
    const target = (to: string) => `#${flow.def.id}.${to === CHECK ? `done.${CHECK}` : to}`;
    return {
      tags: ['question' as const],
      on: {
        ANSWER: next.map((to) => ({ guard: { type: 'answerLeadsTo' as const, params: { from: id, to } }, target: target(to), actions: 'record' as const })),
        ...back(id),
      },
      always: next.map((to) => ({ guard: { type: 'passesOn' as const, params: { from: id, to } }, target: target(to) })),
    };
  };

  return setup({
    types: {
      context: {} as ToolContext,
      events: {} as ToolEvent,
      tags: {} as ToolTag,
    },
    guards: {
      answerLeadsTo: ({ context, event }, p: { from: string; to: Step }) => {
        assertEvent(event, 'ANSWER');
        if (event.question !== p.from || !flow.accepts(p.from, event.value, context.answers)) return false;
        return flow.stepAfter(p.from, flow.withAnswer(context.answers, p.from, event.value)) === p.to;
      },
      passesOn: ({ context, event }, p: { from: string; to: Step }) =>
        event.type === 'ANSWER' && context.review && flow.isAnswered(p.from, context.answers) && flow.stepAfter(p.from, context.answers) === p.to,
      backLeadsTo: ({ context }, p: { from: Step; to: Step }) => flow.stepBefore(p.from, context.answers) === p.to,
      canChange: ({ context, event }, p: { question: string }) => {
        assertEvent(event, 'CHANGE');
        return event.question === p.question && flow.isAsked(p.question, context.answers);
      },
      isComplete: ({ context }) => flow.isComplete(context.answers),
      isExercise: ({ context }) => context.exercise,
    },
    actions: {
      record: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER');
        return { answers: flow.withAnswer(context.answers, event.question, event.value) };
      }),
      review: assign({ review: true }),
      goOnInOrder: assign({ review: false }),
      clear: assign({ answers: {}, review: false }),
    },
  }).createMachine({
    id: flow.def.id,
    context: { answers: {}, review: false, exercise: false },
    initial: START,
    on: { RESTART: { target: `.${flow.first}`, actions: 'clear' } },
    states: {
      [START]: { tags: ['start'], on: { START: { target: flow.first, actions: 'goOnInOrder' } } },
      ...Object.fromEntries(flow.questions.map((q) => [q.id, question(q.id, q.next)])),
      done: {
        initial: CHECK,
        on: {
          CHANGE: flow.questions.map((q) => ({
            guard: { type: 'canChange' as const, params: { question: q.id } },
            target: q.id,
            actions: 'review' as const,
          })),
        },
        states: {
          [CHECK]: {
            tags: ['check'],
            on: {
              CONFIRM: [
                { guard: and(['isComplete', 'isExercise']), target: `${OUTCOME}.concealed` },
                { guard: 'isComplete', target: `${OUTCOME}.revealed` },
              ],
              ...back(CHECK),
            },
          },
          [OUTCOME]: {
            tags: ['outcome'],
            initial: 'revealed',
            on: { BACK: CHECK },
            states: {
              concealed: { tags: ['concealed'], on: { REVEAL: 'revealed' } },
              revealed: {},
            },
          },
        },
      },
    },
  });
}

export type ToolMachine = ReturnType<typeof createToolMachine>;
export type ToolSnapshot = SnapshotFrom<ToolMachine>;

/** The step a snapshot shows: a question id, `start`, `check` or `outcome` (concealed or not). */
export function stepOf(snapshot: ToolSnapshot): Step {
  const value = snapshot.value as string | { done: string | Record<string, string> };
  if (typeof value === 'string') return value;
  return typeof value.done === 'string' ? value.done : Object.keys(value.done)[0]!;
}

/**
 * A snapshot at a step, for answers from a link or from history. Answers that do not apply are dropped; a step
 * that cannot be shown with these answers gives way to the first unanswered question, or the outcome.
 */
export function openAt(machine: ToolMachine, flow: Flow, answers: Answers, step?: Step, options: { exercise?: boolean; revealed?: boolean } = {}): ToolSnapshot {
  const clean = flow.prune(answers);
  const at = step && flow.canShow(step, clean) ? step : flow.openingStep(clean);
  const exercise = options.exercise ?? false;
  const value =
    at === OUTCOME ? { done: { [OUTCOME]: exercise && !options.revealed ? 'concealed' : 'revealed' } } : at === CHECK ? { done: CHECK } : at;
  return machine.resolveState({ value, context: { answers: clean, review: Object.keys(clean).length > 0, exercise } });
}
