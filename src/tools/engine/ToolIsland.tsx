/**
 * The island every decision tool runs in. It renders the machine's snapshot and nothing else: the start page
 * (the page's introduction, passed as children), one question at a time, "Check your answers" and the tool's own
 * outcome view. It holds no rules (the tool's rules decide) and no routing (the machine routes).
 *
 * State lives in the address bar, in the tool's URL contract: each step pushes a history entry, browser Back
 * restores it, "Start again" replaces the entry with the bare page. After each step focus moves to the new
 * heading and the page title names the step. Nothing is stored or sent anywhere.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Actor } from 'xstate';
import { CHECK, OUTCOME, START, createFlow, type AnswerValue, type Answers, type Flow, type FlowDefinition, type RelevanceTable, type Step } from './flow.ts';
import type { ToolEvent, ToolMachine, ToolSnapshot, ToolTag } from './machine.ts';
import type { Ignored } from './contract.ts';
import type { QuestionCopy } from './question-schema.ts';
import { ignoredMessage, t, type GuidanceWords, type SourceSummary, type Wording } from './wording.ts';
import { QuestionPage, type QuestionView } from './components/QuestionPage.tsx';
import { AnswerList, CheckAnswers } from './components/CheckAnswers.tsx';
import { Linked } from './components/Linked.tsx';
import { ErrorSummary } from './components/ErrorSummary.tsx';
import { DrawInParts } from './components/Later.tsx';
import type { ToolSite } from './site.ts';

/** The engine's own link parameter: `mode=exercise` opens a tool for a training room, its outcome concealed until revealed. */
export const MODE = 'mode';
export const EXERCISE = 'exercise';

/** What the tool's page passes in: words and data loaded at build time, and the introduction as children. */
export interface ToolIslandProps {
  wording: Wording;
  /** Where the question words are published (/tools/<tool>/questions.json): fetched with the machine. */
  questionsData: string;
  guidances: readonly GuidanceWords[];
  /** The build-time relevance table (relevance.ts). */
  relevance: RelevanceTable;
  sources: readonly SourceSummary[];
  children?: ComponentChildren;
  /**
   * Where the content the page shows without JavaScript (such as a table of answers) has a page of its own. The page
   * hides that content where scripts run (ToolPage.astro), and the island links here instead.
   */
  fallbackHref?: string;
  /** Where the outcome view's own data is published (/tools/<tool>/outcome-data.json). */
  outcomeData: string;
  /** This copy of the site, from its settings (server.ts `toolSite`): its name, where to report a mistake, local contacts. */
  site: ToolSite;
}

/** What the engine gives the tool's outcome view. */
export interface OutcomeViewProps {
  flow: Flow;
  answers: Answers;
  wording: Wording;
  sources: readonly SourceSummary[];
  guidances: readonly GuidanceWords[];
  copy: (id: string) => QuestionCopy;
  caption: string;
  site: ToolSite;
  onChangeAnswers: () => void;
  onRestart: () => void;
}

interface Entry {
  tool: string;
  step: Step;
  answers: Answers;
  /** Exercise mode, and whether its outcome has been revealed. */
  exercise: boolean;
  revealed: boolean;
  /** The query string this entry was made for; a different one means the address was edited. */
  search: string;
}

/**
 * The tool's outcome view and its data (register, outcome words), loaded when they are needed: the questions need
 * neither. The island fetches both when the browser is next idle after the first question shows (so they are
 * usually ready long before the last answer), and at once when a link opens on "Check your answers" or an outcome.
 */
export type OutcomeLoader<X> = () => Promise<OutcomeView<X>>;

/**
 * A tool's outcome view. Its optional `prepare` does the view's own working-out for some answers ahead of time (the
 * island calls it when the browser is idle on "Check your answers"), so that showing the outcome only draws it.
 */
export type OutcomeView<X> = ComponentType<OutcomeViewProps & X> & { prepare?: (props: Pick<OutcomeViewProps, 'flow' | 'answers'> & X) => void };

type Runtime = typeof import('./runtime.ts');
/**
 * XState and the machine factory (runtime.ts), fetched once per page with the tool's question words: at once when the
 * page opens on a question (a link with answers, Back to a step), and on a start page only when the user reaches for
 * "Start now" (points at it, touches it, or moves focus to it) or presses it. A reader who leaves from the start page
 * never downloads them.
 */
let runtimeLoad: Promise<Runtime> | undefined;
const loadRuntime = () => (runtimeLoad ??= import('./runtime.ts'));

/** Runs `task` when the browser is idle (soon, at the latest), so it never delays a step the user asked for. */
function whenIdle(task: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** A file of the site's own data, parsed; a failed response is an error, like a failed fetch. */
async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Lets the browser paint and handle input before going on: the rest runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ToolIsland<X extends object>({
  def,
  loadOutcome,
  children,
  fallbackHref,
  outcomeData,
  ...props
}: ToolIslandProps & { def: FlowDefinition; loadOutcome: OutcomeLoader<X> }) {
  const { wording, questionsData, relevance } = props;
  const flow = useMemo(() => createFlow(def, relevance), [def, relevance]);
  /** The runtime, this tool's machine and its question words, once loaded; until then the island can show only its start page. */
  const [engine, setEngine] = useState<{ runtime: Runtime; machine: ToolMachine; questions: readonly QuestionCopy[] } | null>(null);
  /** The machine or the question words did not arrive (the connection dropped): the island says so and offers to try again. */
  const [loadFailed, setLoadFailed] = useState(false);
  /** The outcome view or its data did not arrive: asked for again when the outcome is wanted, and said if it is on screen. */
  const [outcomeFailed, setOutcomeFailed] = useState(false);
  /** The page opened on the start page (no answers in the link): shown before the machine has loaded. */
  const [startPage, setStartPage] = useState(false);
  /** "Start now" was pressed before the machine loaded: it is sent as soon as the machine runs. */
  const startQueued = useRef(false);
  /** False once the island has gone, so a runtime that arrives later is not used. */
  const live = useRef(true);
  /** Fetches the runtime and the question words (once) and builds this tool's machine, in a task of its own, so no step waits on all three. */
  const engineWanted = useRef(false);
  const wantEngine = () => {
    if (engineWanted.current) return;
    engineWanted.current = true;
    Promise.all([loadRuntime(), fetchJson<QuestionCopy[]>(questionsData)]).then(
      async ([runtime, questions]) => {
        await nextTask();
        if (live.current) setEngine({ runtime, machine: runtime.createToolMachine(flow), questions });
      },
      () => live.current && setLoadFailed(true),
    );
  };
  const outcomeRequested = useRef(false);
  const actorRef = useRef<Actor<ToolMachine> | null>(null);
  const [snapshot, setSnapshot] = useState<ToolSnapshot | null>(null);
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [stepError, setStepError] = useState<string | null>(null);
  const focusPending = useRef(false);
  const pendingEntry = useRef<{ entry: Entry; replace: boolean } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [Outcome, setOutcome] = useState<OutcomeView<X> | null>(null);
  const [outcomeProps, setOutcomeProps] = useState<X | null>(null);

  const copy = (id: string): QuestionCopy => {
    const found = engine?.questions.find((q) => q.id === id);
    if (!found) throw new Error(`${def.id}: no words for question "${id}"`);
    return found;
  };
  /** The link for some answers, keeping exercise mode (an engine parameter, beside the tool's own). */
  const queryOf = (answers: Answers, exercise = snapshot?.context.exercise ?? false) => {
    const q = [flow.writeLink(answers), exercise ? `${MODE}=${EXERCISE}` : ''].filter(Boolean).join('&');
    return q ? `?${q}` : '';
  };
  const entryOf = (s: ToolSnapshot): Entry => ({
    tool: def.id,
    step: engine!.runtime.stepOf(s),
    answers: s.context.answers,
    exercise: s.context.exercise,
    revealed: !s.hasTag('concealed'),
    search: queryOf(s.context.answers, s.context.exercise),
  });
  const open = (answers: Answers, step: Step | undefined, exercise: boolean, revealed = false) =>
    engine!.runtime.openAt(engine!.machine, flow, answers, step, { exercise, revealed });
  const isEntry = (v: unknown): v is Entry => {
    const e = v as Entry | null;
    return !!e && e.tool === def.id && typeof e.step === 'string' && typeof e.answers === 'object' && e.answers !== null && typeof e.exercise === 'boolean';
  };

  /** (Re)starts the actor at a snapshot, and keeps the view in step with it. */
  function run(snap: ToolSnapshot) {
    actorRef.current?.stop();
    const actor = engine!.runtime.createActor(engine!.machine, { snapshot: snap });
    actorRef.current = actor;
    actor.subscribe(setSnapshot);
    actor.start();
    setSnapshot(actor.getSnapshot());
  }

  /** The outcome view and its data: fetched once, parsed and evaluated away from any step the user is waiting for. */
  function requestOutcome() {
    if (outcomeRequested.current) return;
    outcomeRequested.current = true;
    Promise.all([loadOutcome(), fetchJson<X>(outcomeData)]).then(
      ([view, data]) => {
        setOutcomeProps(data);
        setOutcome(() => view);
        setOutcomeFailed(false);
      },
      () => {
        outcomeRequested.current = false;
        if (live.current) setOutcomeFailed(true);
      },
    );
  }

  // Once shown: a page opened on its start page shows it at once and loads the machine when "Start now" is reached
  // for; any other page loads it now, in a task of its own, so hydration does not wait for XState.
  useEffect(() => {
    const saved = isEntry(window.history.state) && window.history.state.search === window.location.search ? window.history.state : null;
    if (saved ? saved.step === START : window.location.search === '') setStartPage(true);
    else wantEngine();
    return () => {
      live.current = false;
    };
  }, []);

  // Start from the address bar (or the history entry, after a reload), once the machine has loaded.
  useEffect(() => {
    if (!engine) return;
    const search = window.location.search;
    const link = flow.readLink(search, [MODE]);
    const exercise = new URLSearchParams(search).get(MODE) === EXERCISE;
    const saved = isEntry(window.history.state) && window.history.state.search === search ? window.history.state : null;
    const hasParams = new URLSearchParams(search).toString() !== '';
    run(saved ? open(saved.answers, saved.step, saved.exercise, saved.revealed) : open(link.answers, hasParams ? undefined : START, exercise));
    if (!saved) setIgnored(link.ignored);
    // Tidy the address: drop what was ignored, keep what was used.
    const first = entryOf(actorRef.current!.getSnapshot());
    window.history.replaceState(first, '', `${window.location.pathname}${first.search}${window.location.hash}`);

    const onPop = (e: PopStateEvent) => {
      const state: unknown = e.state;
      if (isEntry(state)) run(open(state.answers, state.step, state.exercise, state.revealed));
      else {
        const again = flow.readLink(window.location.search, [MODE]);
        run(open(again.answers, window.location.search ? undefined : START, new URLSearchParams(window.location.search).get(MODE) === EXERCISE));
        setIgnored(again.ignored);
      }
      setStepError(null);
      focusPending.current = true;
    };
    window.addEventListener('popstate', onPop);
    // A "Start now" pressed while the machine loaded: carried out in a task of its own, after the machine has started.
    const queued = startQueued.current ? setTimeout(() => send({ type: 'START' }), 0) : undefined;
    startQueued.current = false;
    return () => {
      clearTimeout(queued);
      window.removeEventListener('popstate', onPop);
      actorRef.current?.stop();
    };
  }, [engine]);

  const step = snapshot && engine ? engine.runtime.stepOf(snapshot) : startPage ? START : undefined;
  /** The machine's tags for this step; before the machine has loaded, only the start page's. */
  const hasTag = (tag: ToolTag) => (snapshot ? snapshot.hasTag(tag) : step === START && tag === 'start');
  const answers = snapshot?.context.answers ?? {};
  const caption = t(wording, 'tool.title');

  // After each step: move focus to the new heading, and say where we are in the page title.
  useEffect(() => {
    // Only for the step on screen: Preact runs a render's effects late, just before the next render, when an event
    // (such as a "Start now" pressed while the machine loaded) has already moved the machine on.
    if (!snapshot || snapshot !== actorRef.current?.getSnapshot()) return;
    // The outcome (and its data) once the first question shows, when the browser is idle; at once on the last pages.
    if (step === CHECK || step === OUTCOME) requestOutcome();
    else if (hasTag('question')) whenIdle(requestOutcome);
    if (step === CHECK && Outcome?.prepare && outcomeProps) {
      const prepare = Outcome.prepare;
      const given = { ...outcomeProps, flow, answers };
      whenIdle(() => prepare(given));
    }
    const title =
      step === START
        ? caption
        : step === CHECK
          ? t(wording, 'check.title')
          : hasTag('concealed')
            ? t(wording, 'exercise.title')
            : step === OUTCOME
              ? t(wording, 'outcome.title')
              : copy(step!).question;
    document.title = `${stepError ? t(wording, 'title.error') : ''}${title} – ${props.site.name}`;
    const pending = pendingEntry.current;
    if (pending) {
      pendingEntry.current = null;
      const { entry, replace } = pending;
      if (replace) window.history.replaceState(entry, '', window.location.pathname);
      else window.history.pushState(entry, '', `${window.location.pathname}${entry.search}`);
    }
    if (focusPending.current) {
      // The step's heading; on the start page, the introduction's own h1. (The outcome waits for its view.)
      if (step === OUTCOME && !Outcome && !hasTag('concealed')) return;
      focusPending.current = false;
      const heading = rootRef.current?.querySelector<HTMLElement>('[data-step-heading]') ?? rootRef.current?.querySelector<HTMLElement>('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        window.scrollTo({ top: 0 });
      }
    }
  }, [step, snapshot, stepError, Outcome]);

  /** Sends an event and records the new step in history: replace on Start again, push otherwise. */
  function send(event: ToolEvent) {
    const actor = actorRef.current;
    if (!actor) return;
    const before = actor.getSnapshot();
    actor.send(event);
    const after = actor.getSnapshot();
    if (after === before || (engine!.runtime.stepOf(after) === engine!.runtime.stepOf(before) && after.context === before.context)) return;
    // The history entry is written once the new step is on screen (pushState is slow on some phones).
    pendingEntry.current = { entry: entryOf(after), replace: event.type === 'RESTART' };
    setIgnored([]);
    setStepError(null);
    focusPending.current = true;
  }

  const can = (event: ToolEvent) => snapshot?.can(event) ?? false;

  /** The short link to the page that holds the no-JavaScript content, shown in its place once the island runs. */
  const fallbackLink = (waiting: boolean) =>
    fallbackHref && (
      <p class={`govuk-body lp-tool-fallback-link lp-no-print${waiting ? ' lp-tool-fallback-link--waiting' : ''}`}>
        <Linked
          text={t(wording, 'fallback.link')}
          parts={{
            link: (
              <a class="govuk-link" href={fallbackHref}>
                {t(wording, 'fallback.linkText')}
              </a>
            ),
          }}
        />
      </p>
    );

  /** What the island says when the machine or the question words did not arrive, or the outcome it is showing. */
  const failure = (loadFailed || (outcomeFailed && !Outcome && step === OUTCOME && !hasTag('concealed'))) && (
    <div data-load-failed="">
      <ErrorSummary title={t(wording, 'load.title')}>
        <p class="govuk-body">{t(wording, 'load.body')}</p>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" onClick={() => window.location.reload()}>
          {t(wording, 'load.retry')}
        </button>
      </ErrorSummary>
    </div>
  );

  // Before the island runs (the built page): the introduction, and the link that stands in for the no-JavaScript content
  // where scripts run (tool.scss hides that content from the first paint), so a page whose script fails still leads on.
  // A page opened on a question waits here for the machine.
  if (!step) {
    return (
      <>
        <div class="lp-tool">
          {failure}
          {children}
        </div>
        {fallbackLink(true)}
      </>
    );
  }

  const notice = ignored.length > 0 && (
    <div class="govuk-inset-text lp-tool-notice" role="status" data-ignored={ignored.map((i) => i.param).join(' ')}>
      <h2 class="govuk-heading-s">{t(wording, 'link.title')}</h2>
      <ul class="govuk-list govuk-list--bullet">
        {ignored.map((item, i) => (
          <li key={`${item.param}-${i}`}>{ignoredMessage(wording, props.guidances, item)}</li>
        ))}
      </ul>
      <p class="govuk-body govuk-!-margin-bottom-0">{t(wording, step === OUTCOME ? 'link.keptOutcome' : 'link.keptQuestions')}</p>
    </div>
  );

  let body;
  /** The outcome is drawn in parts (components/Later.tsx): `data-drawn` waits for the last; every other step has it at once. */
  let drawnLater = false;
  if (hasTag('start')) {
    body = (
      <>
        {children}
        <button
          type="button"
          class="govuk-button govuk-button--start"
          data-module="govuk-button"
          onPointerEnter={wantEngine}
          onPointerDown={wantEngine}
          onFocus={wantEngine}
          onClick={() => {
            if (actorRef.current) send({ type: 'START' });
            else {
              startQueued.current = true;
              wantEngine();
            }
          }}
        >
          {t(wording, 'start.button')}
          <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
      </>
    );
  } else if (hasTag('check')) {
    body = (
      <CheckAnswers
        flow={flow}
        copy={copy}
        wording={wording}
        answers={answers}
        caption={caption}
        onChange={(id) => send({ type: 'CHANGE', question: id })}
        canChange={(id) => can({ type: 'CHANGE', question: id })}
        onConfirm={() => send({ type: 'CONFIRM' })}
      />
    );
  } else if (hasTag('concealed')) {
    body = (
      <div class="lp-exercise" data-exercise="concealed">
        <span class="govuk-caption-l">{caption}</span>
        <h1 class="govuk-heading-l" tabIndex={-1} data-step-heading="">
          {t(wording, 'exercise.title')}
        </h1>
        <p class="govuk-body">{t(wording, 'exercise.intro')}</p>
        <AnswerList flow={flow} copy={copy} wording={wording} answers={answers} onChange={(id) => send({ type: 'CHANGE', question: id })} canChange={(id) => can({ type: 'CHANGE', question: id })} />
        <button type="button" class="govuk-button" data-module="govuk-button" onClick={() => send({ type: 'REVEAL' })}>
          {t(wording, 'exercise.reveal')}
        </button>
      </div>
    );
  } else if (hasTag('outcome') && !Outcome) {
    body = (
      <p class="govuk-body lp-tool-loading" role="status">
        {t(wording, 'outcome.loading')}
      </p>
    );
  } else if (hasTag('outcome') && Outcome && outcomeProps) {
    drawnLater = true;
    body = (
      <DrawInParts key={queryOf(answers)} onDrawn={() => rootRef.current?.setAttribute('data-drawn', '')}>
      {snapshot?.context.exercise && (
        <div class="govuk-inset-text lp-exercise-note lp-no-print" data-exercise="revealed">
          {t(wording, 'exercise.revealed')}
        </div>
      )}
      <Outcome
        {...outcomeProps}
        flow={flow}
        answers={answers}
        wording={wording}
        sources={props.sources}
        guidances={props.guidances}
        copy={copy}
        caption={caption}
        site={props.site}
        onChangeAnswers={() => send({ type: 'BACK' })}
        onRestart={() => send({ type: 'RESTART' })}
      />
      </DrawInParts>
    );
  } else {
    body = (
      <QuestionPage
        key={step}
        view={viewOf(flow, step, answers, copy(step))}
        copy={copy(step)}
        wording={wording}
        value={answers[step]}
        caption={caption}
        accepts={(value: AnswerValue) => can({ type: 'ANSWER', question: step, value })}
        onAnswer={(value) => send({ type: 'ANSWER', question: step, value })}
        onError={setStepError}
      />
    );
  }

  return (
    <div class="lp-tool" ref={rootRef} data-step={step} data-drawn={drawnLater ? undefined : ''}>
      {can({ type: 'BACK' }) && (
        <a
          href={queryOf(answers) || '?'}
          class="govuk-back-link lp-no-print"
          onClick={(e) => {
            e.preventDefault();
            send({ type: 'BACK' });
          }}
        >
          {t(wording, 'nav.back')}
        </a>
      )}
      {notice}
      {failure}
      {body}
      {fallbackLink(false)}
      {hasTag('question') || hasTag('check') ? (
        Object.keys(answers).length > 0 && (
          <p class="govuk-body lp-no-print">
            <a
              class="govuk-link govuk-link--no-visited-state"
              href={window.location.pathname}
              onClick={(e) => {
                e.preventDefault();
                send({ type: 'RESTART' });
              }}
            >
              {t(wording, 'nav.startAgain')}
            </a>
          </p>
        )
      ) : null}
    </div>
  );
}

/**
 * What a question page shows: its kind and the options on offer with these answers. Radios are listed in the order of
 * the question's words, which is the flow's order unless the build put the site's default guidance first.
 */
function viewOf(flow: Flow, id: string, answers: Answers, words: QuestionCopy): QuestionView {
  const q = flow.question(id);
  if (q.kind === 'checkboxes' || q.kind === 'list') return { id, kind: 'checkboxes', values: flow.offered(q, answers), noneAllowed: q.min === undefined };
  if (q.kind === 'radios') {
    const order = (v: string) => {
      const i = words.options?.findIndex((o) => o.value === v) ?? -1;
      return i === -1 ? Infinity : i;
    };
    const values = flow.offeredValues(q, flow.prune(answers)).sort((a, b) => order(a) - order(b));
    return { id, kind: 'radios', values, noneAllowed: false };
  }
  return { id, kind: 'number', values: [], noneAllowed: false };
}
