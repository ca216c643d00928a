/**
 * The flow of "Who should be the lead professional?" as an XState 5 machine. It only routes:
 * which question comes next given the answers so far, back, change an answer, start again,
 * check answers, outcome. It holds no lead rule (rules.ts decides who leads) and no UI glue
 * (the view reads `snapshot.value`, tags and `snapshot.can()`).
 *
 * One state per question (named by question id, which is also the URL parameter name), plus
 * `check` and `outcome`. Answers live in context keyed by question id, never by position.
 * Every guard is a one-liner over the pure functions in questions.ts.
 */
import { assign, setup } from 'xstate';
import {
  QUESTION_IDS,
  canShow,
  isAsked,
  isComplete,
  isValidAnswer,
  openingStep,
  prune,
  question,
  stepAfter,
  stepBefore,
  withAnswer,
  type AnswerValue,
  type Answers,
  type Mode,
  type QuestionId,
  type Step,
} from './questions.ts';

export interface FlowContext {
  /** Answers so far, keyed by question id. */
  answers: Answers;
  /** The step being shown. */
  step: Step;
  mode: Mode;
}

export type FlowEvent =
  | { type: 'ANSWER'; question: QuestionId; value: AnswerValue }
  | { type: 'START' }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' }
  | { type: 'RESTORE'; answers: Answers; step?: Step };

export interface FlowInput {
  /** Answers read from a link, if any. */
  answers?: Answers;
  /** A step to show (from browser history); ignored when it cannot be shown with these answers. */
  step?: Step;
}

/** The state to start in or restore to. */
function restored(answers: Answers | undefined, step: Step | undefined): FlowContext {
  const clean = prune(answers ?? {});
  const hasAnswers = Object.keys(clean).length > 0;
  return {
    answers: clean,
    step: step && canShow(step, clean) ? step : openingStep(clean),
    mode: hasAnswers ? 'review' : 'linear',
  };
}

const questionStates = Object.fromEntries(
  QUESTION_IDS.map((id) => [
    id,
    {
      tags: ['question'],
      on: {
        ANSWER: { guard: 'isValidAnswer', actions: 'answer', target: 'routing' },
        BACK: { guard: 'canGoBack', actions: 'goBack', target: 'routing' },
      },
    },
  ]),
);

export const whoShouldLeadMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    tags: {} as 'start' | 'question' | 'check' | 'outcome',
  },
  guards: {
    isStep: ({ context }, params: { step: Step }) => context.step === params.step,
    isValidAnswer: ({ context, event }) => event.type === 'ANSWER' && event.question === context.step && isValidAnswer(event.question, event.value, context.answers),
    canGoBack: ({ context }) => stepBefore(context.step, context.answers) !== null,
    canChange: ({ context, event }) => event.type === 'CHANGE' && isAsked(question(event.question), context.answers),
    isComplete: ({ context }) => isComplete(context.answers),
  },
  actions: {
    answer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER') return {};
      const answers = withAnswer(context.answers, event.question, event.value);
      return { answers, step: stepAfter(event.question, answers, context.mode) };
    }),
    goBack: assign(({ context }) => ({ step: stepBefore(context.step, context.answers) ?? context.step })),
    change: assign(({ event }) => (event.type === 'CHANGE' ? { step: event.question, mode: 'review' as const } : {})),
    begin: assign({ step: 'guidance' as const, mode: 'linear' as const }),
    confirm: assign({ step: 'outcome' as const }),
    restart: assign(() => restored({}, undefined)),
    restore: assign(({ event }) => (event.type === 'RESTORE' ? restored(event.answers, event.step) : {})),
  },
}).createMachine({
  id: 'whoShouldLead',
  context: ({ input }) => restored(input?.answers, input?.step),
  initial: 'routing',
  on: {
    RESTART: { actions: 'restart', target: '.routing' },
    RESTORE: { actions: 'restore', target: '.routing' },
  },
  states: {
    /** Goes straight on to the state named by `context.step`. */
    routing: {
      always: [
        ...QUESTION_IDS.map((id) => ({ guard: { type: 'isStep' as const, params: { step: id } }, target: id })),
        { guard: { type: 'isStep' as const, params: { step: 'start' as const } }, target: 'start' },
        { guard: { type: 'isStep' as const, params: { step: 'outcome' as const } }, target: 'outcome' },
        { target: 'check' },
      ],
    },
    /** The introduction, before the first question. */
    start: {
      tags: ['start'],
      on: { START: { actions: 'begin', target: 'routing' } },
    },
    ...questionStates,
    check: {
      tags: ['check'],
      on: {
        CONFIRM: { guard: 'isComplete', actions: 'confirm', target: 'routing' },
        CHANGE: { guard: 'canChange', actions: 'change', target: 'routing' },
        BACK: { guard: 'canGoBack', actions: 'goBack', target: 'routing' },
      },
    },
    outcome: {
      tags: ['outcome'],
      on: {
        CHANGE: { guard: 'canChange', actions: 'change', target: 'routing' },
        BACK: { guard: 'canGoBack', actions: 'goBack', target: 'routing' },
      },
    },
  },
});

export type WhoShouldLeadMachine = typeof whoShouldLeadMachine;
