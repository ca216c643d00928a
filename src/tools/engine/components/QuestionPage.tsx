/**
 * One question page in the GOV.UK pattern: a fieldset whose legend holds the page heading (h1), a hint, radios,
 * checkboxes or a number box, and an error summary when the answer is missing or not valid. The words come from
 * the tool's questions.yaml; whether an answer is valid is asked of the machine (`snapshot.can`), through `accepts`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionCopy } from '../question-schema.ts';
import type { AnswerValue } from '../flow.ts';
import { t, type Wording } from '../wording.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

export interface QuestionView {
  id: string;
  kind: 'radios' | 'number' | 'checkboxes';
  /** Option values on offer (radios) or statuses on offer (checkboxes). */
  values: readonly string[];
  /** Checkboxes: whether "none of these" may be chosen. */
  noneAllowed: boolean;
}

interface Props {
  view: QuestionView;
  copy: QuestionCopy;
  wording: Wording;
  /** The current answer, to fill the form in. */
  value: AnswerValue | undefined;
  /** Caption above the heading (the tool's name). */
  caption: string;
  /** Whether the machine accepts this answer. */
  accepts: (value: AnswerValue) => boolean;
  onAnswer: (value: AnswerValue) => void;
  /** Called with the error text (or null) so the page title can say "Error:". */
  onError: (message: string | null) => void;
}

const NONE = '__none';

function readNumber(raw: string): number | null {
  const s = raw.trim();
  return /^\d{1,3}$/.test(s) ? Number(s) : null;
}

/** One radio or checkbox with its label and hint. */
function Choice(props: { type: 'radio' | 'checkbox'; name: string; inputId: string; value: string; label: string; hint?: string; checked: boolean; onChange: (on: boolean) => void }) {
  const cls = props.type === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
  const hintId = props.hint ? `${props.inputId}-item-hint` : undefined;
  return (
    <div class={`${cls}__item`}>
      <input
        class={`${cls}__input`}
        id={props.inputId}
        name={props.name}
        type={props.type}
        value={props.value}
        checked={props.checked}
        aria-describedby={hintId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label class={`govuk-label ${cls}__label`} for={props.inputId}>
        {props.label}
      </label>
      {props.hint && (
        <div id={hintId} class={`govuk-hint ${cls}__hint`}>
          {props.hint}
        </div>
      )}
    </div>
  );
}

export function QuestionPage({ view, copy, wording, value, caption, accepts, onAnswer, onError }: Props) {
  const [radio, setRadio] = useState<string | null>(typeof value === 'string' ? value : null);
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const [checked, setChecked] = useState<string[]>(Array.isArray(value) ? (value.length === 0 ? [NONE] : [...value]) : []);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const { id } = view;
  const hintId = copy.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const option = (v: string) => copy.options?.find((o) => o.value === v);

  function submit(e: Event) {
    e.preventDefault();
    let answer: AnswerValue | null;
    let empty: boolean;
    if (view.kind === 'radios') {
      empty = radio === null;
      answer = radio;
    } else if (view.kind === 'number') {
      empty = text.trim() === '';
      answer = readNumber(text);
    } else {
      empty = checked.length === 0;
      answer = checked.includes(NONE) ? [] : view.values.filter((v) => checked.includes(v));
    }
    const problem = empty ? copy.errorRequired : answer === null || !accepts(answer) ? (copy.errorInvalid ?? copy.errorRequired) : null;
    setError(problem ? { text: problem, n: (error?.n ?? 0) + 1 } : null);
    onError(problem);
    if (!problem) onAnswer(answer!);
  }

  function toggle(v: string, on: boolean) {
    if (v === NONE) setChecked(on ? [NONE] : []);
    else setChecked((prev) => (on ? [...prev.filter((x) => x !== NONE), v] : prev.filter((x) => x !== v)));
  }

  const errorMessage = error && (
    <p id={errorId} class="govuk-error-message">
      <span class="govuk-visually-hidden">{t(wording, 'error.prefix')}</span> {error.text}
    </p>
  );
  const hint = copy.hint && (
    <div id={hintId} class="govuk-hint">
      {copy.hint}
    </div>
  );
  const lead = copy.lead && <p class="govuk-body">{copy.lead}</p>;
  const inputId = (i: number) => (i === 0 ? id : `${id}-${i + 1}`);

  return (
    <form class="lp-tool-form" noValidate onSubmit={submit} data-question={id}>
      {error && <ErrorSummary title={t(wording, 'error.title')} innerRef={summaryRef} errors={[{ href: `#${id}`, text: error.text }]} />}
      <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        {view.kind === 'number' ? (
          <>
            <span class="govuk-caption-l">{caption}</span>
            <h1 class="govuk-label-wrapper" tabIndex={-1} data-step-heading="">
              <label class="govuk-label govuk-label--l" for={id}>
                {copy.question}
              </label>
            </h1>
            {lead}
            {hint}
            {errorMessage}
            <div class="govuk-input__wrapper">
              <input
                class={`govuk-input govuk-input--width-3${error ? ' govuk-input--error' : ''}`}
                id={id}
                name={id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellcheck={false}
                aria-describedby={describedBy}
                value={text}
                onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
              />
              {copy.suffix && (
                <div class="govuk-input__suffix" aria-hidden="true">
                  {copy.suffix}
                </div>
              )}
            </div>
          </>
        ) : (
          <fieldset class="govuk-fieldset" aria-describedby={describedBy}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
              <span class="govuk-caption-l">{caption}</span>
              <h1 class="govuk-fieldset__heading" tabIndex={-1} data-step-heading="">
                {copy.question}
              </h1>
            </legend>
            {lead}
            {hint}
            {errorMessage}
            {view.kind === 'radios' ? (
              <div class="govuk-radios" data-module="govuk-radios">
                {view.values.map((v, i) => (
                  <Choice key={v} type="radio" name={id} inputId={inputId(i)} value={v} label={option(v)?.label ?? v} hint={option(v)?.hint} checked={radio === v} onChange={() => setRadio(v)} />
                ))}
              </div>
            ) : (
              <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                {view.values.map((v, i) => (
                  <Choice key={v} type="checkbox" name={id} inputId={inputId(i)} value={v} label={option(v)?.label ?? v} hint={option(v)?.hint} checked={checked.includes(v)} onChange={(on) => toggle(v, on)} />
                ))}
                {view.noneAllowed && (
                  <>
                    <div class="govuk-checkboxes__divider">{t(wording, 'question.or')}</div>
                    <Choice
                      type="checkbox"
                      name={id}
                      inputId={`${id}-none`}
                      value="none"
                      label={copy.none?.label ?? t(wording, 'question.none')}
                      hint={copy.none?.hint}
                      checked={checked.includes(NONE)}
                      onChange={(on) => toggle(NONE, on)}
                    />
                  </>
                )}
              </div>
            )}
          </fieldset>
        )}
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {t(wording, 'question.continue')}
      </button>
    </form>
  );
}
