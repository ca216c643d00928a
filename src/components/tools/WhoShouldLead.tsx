/**
 * "Who should be the lead professional?" island. It renders the machine's snapshot and nothing
 * else: the start page, one question at a time, "Check your answers" and the outcome. It holds no
 * rules (rules.ts decides who leads) and no routing (machine.ts decides what comes next).
 *
 * State lives in the address bar, with the parameter names of facts.ts: each answered step pushes
 * a history entry, browser Back restores it, "Start again" replaces the entry with the bare page.
 * Nothing is stored or sent anywhere.
 *
 * Before hydration (and without JavaScript) it shows its children: the page's introduction.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type SnapshotFrom } from 'xstate';
import { whoShouldLeadMachine, type FlowEvent } from '../../machines/who-should-lead/machine.ts';
import {
  checklistItems,
  isStep,
  question,
  type AnswerValue,
  type Answers,
  type ChecklistQuestion,
  type QuestionId,
  type Step,
} from '../../machines/who-should-lead/questions.ts';
import { ignoredMessage, parseQuery, serializeAnswers, type Ignored } from '../../machines/who-should-lead/url.ts';
import { QuestionStep, type QuestionView } from './who-should-lead/QuestionStep.tsx';
import { CheckAnswers } from './who-should-lead/CheckAnswers.tsx';
import { Outcome } from './who-should-lead/Outcome.tsx';
import { questionCopy, type ToolCopy } from './who-should-lead/copy.ts';
import { SITE_NAME } from '../../site/site.ts';
import { toolInfo } from '../../site/tools.ts';

type Snapshot = SnapshotFrom<typeof whoShouldLeadMachine>;

const TOOL = 'who-should-lead';
const CAPTION = toolInfo(TOOL).title;
const SITE = SITE_NAME;

/** What each history entry carries: enough to show the same step again, even mid-checklist. */
interface Entry {
  tool: typeof TOOL;
  step: Step;
  answers: Answers;
  /** The query string this entry was made for; a different one means the address was edited. */
  search: string;
}

function queryOf(answers: Answers): string {
  const q = serializeAnswers(answers);
  return q ? `?${q}` : '';
}

function entryOf(snapshot: Snapshot): Entry {
  const { step, answers } = snapshot.context;
  return { tool: TOOL, step, answers, search: queryOf(answers) };
}

function isEntry(value: unknown): value is Entry {
  const e = value as Entry | null;
  return !!e && e.tool === TOOL && isStep(e.step) && typeof e.answers === 'object' && e.answers !== null;
}

/** What the page passes in: the words (content collections) and the introduction as children. */
export interface Props extends ToolCopy {
  children?: ComponentChildren;
}

function viewOf(id: QuestionId, answers: Answers): QuestionView {
  const q = question(id);
  if (q.kind === 'checkboxes') return { id, kind: 'checkboxes', values: checklistItems(q as ChecklistQuestion, answers) };
  if (q.kind === 'radios') return { id, kind: 'radios', values: q.values };
  return { id, kind: 'number', values: [] };
}

export default function WhoShouldLead({ children, ...copy }: Props) {
  const actorRef = useRef<ReturnType<typeof createActor<typeof whoShouldLeadMachine>> | null>(null);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [stepError, setStepError] = useState<string | null>(null);
  const focusPending = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);

  // Start the machine from the address bar (or the history entry, after a reload).
  useEffect(() => {
    const search = window.location.search;
    const parsed = parseQuery(search);
    const saved = isEntry(window.history.state) && window.history.state.search === search ? window.history.state : null;
    const hasParams = new URLSearchParams(search).toString() !== '';
    const input = saved
      ? { answers: saved.answers, step: saved.step }
      : { answers: parsed.answers, step: hasParams ? undefined : ('start' as const) };
    const actor = createActor(whoShouldLeadMachine, { input });
    actorRef.current = actor;
    actor.subscribe((s) => setSnapshot(s));
    actor.start();
    setSnapshot(actor.getSnapshot());
    if (!saved) setIgnored(parsed.ignored);
    // Tidy the address: drop what was ignored, keep what was used.
    const first = entryOf(actor.getSnapshot());
    window.history.replaceState(first, '', `${window.location.pathname}${first.search}${window.location.hash}`);

    const onPop = (e: PopStateEvent) => {
      const state: unknown = e.state;
      if (isEntry(state)) actor.send({ type: 'RESTORE', answers: state.answers, step: state.step });
      else {
        const again = parseQuery(window.location.search);
        actor.send({ type: 'RESTORE', answers: again.answers, step: window.location.search ? undefined : 'start' });
        setIgnored(again.ignored);
      }
      setStepError(null);
      focusPending.current = true;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      actor.stop();
    };
  }, []);

  const step = snapshot?.context.step;
  const answers = snapshot?.context.answers ?? {};

  // After each step: move focus to the new heading, and say where we are in the page title.
  useEffect(() => {
    if (!snapshot) return;
    const title = step === 'start' || step === undefined ? CAPTION : step === 'check' ? 'Check your answers' : step === 'outcome' ? 'Who should lead: the answer' : questionCopy(copy, step).question;
    document.title = `${stepError ? 'Error: ' : ''}${title} – ${SITE}`;
    if (focusPending.current) {
      focusPending.current = false;
      // The question's heading; on the start page, the introduction's own h1.
      const heading = rootRef.current?.querySelector<HTMLElement>('[data-step-heading]') ?? rootRef.current?.querySelector<HTMLElement>('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        window.scrollTo({ top: 0 });
      }
    }
  }, [step, snapshot, stepError]);

  /** Sends an event and records the new step in history: replace on Start again, push otherwise. */
  function send(event: FlowEvent) {
    const actor = actorRef.current;
    if (!actor) return;
    const before = actor.getSnapshot();
    actor.send(event);
    const after = actor.getSnapshot();
    if (after.context === before.context) return;
    const entry = entryOf(after);
    if (event.type === 'RESTART') window.history.replaceState(entry, '', window.location.pathname);
    else window.history.pushState(entry, '', `${window.location.pathname}${entry.search}`);
    setIgnored([]);
    setStepError(null);
    focusPending.current = true;
  }

  const can = (event: FlowEvent) => snapshot?.can(event) ?? false;

  if (!snapshot || !step) {
    return <div class="lp-tool">{children}</div>;
  }

  const backTo = can({ type: 'BACK' });
  const notice = ignored.length > 0 && (
    <div class="govuk-inset-text lp-tool-notice" role="status" data-ignored={ignored.map((i) => i.param).join(' ')}>
      <h2 class="govuk-heading-s">We could not use all of this link</h2>
      <ul class="govuk-list govuk-list--bullet">
        {ignored.map((item, i) => (
          <li key={`${item.param}-${i}`}>{ignoredMessage(item)}</li>
        ))}
      </ul>
      <p class="govuk-body govuk-!-margin-bottom-0">{step === 'outcome' ? 'The answer below uses the rest of the link.' : 'We have kept the answers we could use. Answer the questions that are left.'}</p>
    </div>
  );

  let body;
  if (step === 'start') {
    body = (
      <>
        {children}
        <button type="button" class="govuk-button govuk-button--start" data-module="govuk-button" onClick={() => send({ type: 'START' })}>
          Start now
          <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
      </>
    );
  } else if (step === 'check') {
    body = (
      <CheckAnswers
        copy={copy}
        answers={answers}
        caption={CAPTION}
        onChange={(id) => send({ type: 'CHANGE', question: id })}
        canChange={(id) => can({ type: 'CHANGE', question: id })}
        onConfirm={() => send({ type: 'CONFIRM' })}
      />
    );
  } else if (step === 'outcome') {
    body = (
      <Outcome
        copy={copy}
        answers={answers}
        caption={CAPTION}
        onChangeAnswers={() => send({ type: 'BACK' })}
        onRestart={() => send({ type: 'RESTART' })}
      />
    );
  } else {
    const view = viewOf(step, answers);
    body = (
      <QuestionStep
        key={step}
        view={view}
        copy={questionCopy(copy, step)}
        value={answers[step]}
        caption={CAPTION}
        accepts={(value: AnswerValue) => can({ type: 'ANSWER', question: step, value })}
        onAnswer={(value) => send({ type: 'ANSWER', question: step, value })}
        onError={setStepError}
      />
    );
  }

  return (
    <div class="lp-tool" ref={rootRef} data-step={step}>
      {backTo && (
        <a
          href={`${queryOf(answers) || '?'}`}
          class="govuk-back-link lp-no-print"
          onClick={(e) => {
            e.preventDefault();
            send({ type: 'BACK' });
          }}
        >
          Back
        </a>
      )}
      {notice}
      {body}
      {step !== 'start' && step !== 'outcome' && Object.keys(answers).length > 0 && (
        <p class="govuk-body lp-no-print">
          <a
            class="govuk-link govuk-link--no-visited-state"
            href={window.location.pathname}
            onClick={(e) => {
              e.preventDefault();
              send({ type: 'RESTART' });
            }}
          >
            Start again
          </a>
        </p>
      )}
    </div>
  );
}
