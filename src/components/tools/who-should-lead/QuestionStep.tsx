/**
 * One question page in the GOV.UK pattern: a fieldset whose legend holds the page heading (h1),
 * a hint, radios, checkboxes or a number box, and an error summary when the answer is missing or
 * not valid. The question's words come from questions.yaml; what counts as a valid answer is asked
 * of the machine (`snapshot.can`), through `accepts`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionCopy } from '../../../content/tools/who-should-lead/question-schema.ts';
import type { AnswerValue } from '../../../machines/who-should-lead/questions.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

export interface QuestionView {
  id: string;
  kind: 'radios' | 'number' | 'checkboxes';
  /** Option values on offer (radios) or statuses on offer (checkboxes). */
  values: readonly string[];
}

interface Props {
  view: QuestionView;
  copy: QuestionCopy;
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
  const t = raw.trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : null;
}

export function QuestionStep({ view, copy, value, caption, accepts, onAnswer, onError }: Props) {
  const initialChecked = Array.isArray(value) ? (value.length === 0 ? [NONE] : [...value]) : [];
  const [radio, setRadio] = useState<string | null>(typeof value === 'string' ? value : null);
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const [checked, setChecked] = useState<string[]>(initialChecked);
  const [error, setError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errorCount, setErrorCount] = useState(0);

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error, errorCount]);

  const id = view.id;
  const hintId = copy.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  function fail(message: string) {
    setError(message);
    setErrorCount((n) => n + 1);
    onError(message);
  }

  function submit(e: Event) {
    e.preventDefault();
    let answer: AnswerValue | null = null;
    let empty = false;
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
    if (empty) return fail(copy.errorRequired);
    if (answer === null || !accepts(answer)) return fail(copy.errorInvalid ?? copy.errorRequired);
    setError(null);
    onError(null);
    onAnswer(answer);
  }

  function toggle(v: string, on: boolean) {
    if (v === NONE) setChecked(on ? [NONE] : []);
    else setChecked((prev) => (on ? [...prev.filter((x) => x !== NONE), v] : prev.filter((x) => x !== v)));
  }

  const heading = (
    <h1 class="govuk-fieldset__heading" tabIndex={-1} data-step-heading="">
      {copy.question}
    </h1>
  );
  const errorMessage = error && (
    <p id={errorId} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
  const hint = copy.hint && (
    <div id={hintId} class="govuk-hint">
      {copy.hint}
    </div>
  );

  return (
    <form class="lp-tool-form" noValidate onSubmit={submit} data-question={id}>
      {error && <ErrorSummary innerRef={summaryRef} errors={[{ href: `#${id}`, text: error }]} />}
      <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        {view.kind === 'number' ? (
          <>
            <span class="govuk-caption-l">{caption}</span>
            <h1 class="govuk-label-wrapper" tabIndex={-1} data-step-heading="">
              <label class="govuk-label govuk-label--l" for={id}>
                {copy.question}
              </label>
            </h1>
            {copy.lead && <p class="govuk-body">{copy.lead}</p>}
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
              {heading}
            </legend>
            {copy.lead && <p class="govuk-body">{copy.lead}</p>}
            {hint}
            {errorMessage}
            {view.kind === 'radios' ? (
              <div class="govuk-radios" data-module="govuk-radios">
                {view.values.map((v, i) => {
                  const option = copy.options?.find((o) => o.value === v);
                  const inputId = i === 0 ? id : `${id}-${i + 1}`;
                  return (
                    <div class="govuk-radios__item" key={v}>
                      <input
                        class="govuk-radios__input"
                        id={inputId}
                        name={id}
                        type="radio"
                        value={v}
                        checked={radio === v}
                        aria-describedby={option?.hint ? `${inputId}-item-hint` : undefined}
                        onChange={() => setRadio(v)}
                      />
                      <label class="govuk-label govuk-radios__label" for={inputId}>
                        {option?.label ?? v}
                      </label>
                      {option?.hint && (
                        <div id={`${inputId}-item-hint`} class="govuk-hint govuk-radios__hint">
                          {option.hint}
                        </div>
                      )}
                    </div>
                  );
                })}
              </div>
            ) : (
              <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                {view.values.map((v, i) => {
                  const option = copy.options?.find((o) => o.value === v);
                  const inputId = i === 0 ? id : `${id}-${i + 1}`;
                  return (
                    <div class="govuk-checkboxes__item" key={v}>
                      <input
                        class="govuk-checkboxes__input"
                        id={inputId}
                        name={id}
                        type="checkbox"
                        value={v}
                        checked={checked.includes(v)}
                        aria-describedby={option?.hint ? `${inputId}-item-hint` : undefined}
                        onChange={(e) => toggle(v, (e.currentTarget as HTMLInputElement).checked)}
                      />
                      <label class="govuk-label govuk-checkboxes__label" for={inputId}>
                        {option?.label ?? v}
                      </label>
                      {option?.hint && (
                        <div id={`${inputId}-item-hint`} class="govuk-hint govuk-checkboxes__hint">
                          {option.hint}
                        </div>
                      )}
                    </div>
                  );
                })}
                {copy.none && (
                  <>
                    <div class="govuk-checkboxes__divider">or</div>
                    <div class="govuk-checkboxes__item">
                      <input
                        class="govuk-checkboxes__input"
                        id={`${id}-none`}
                        name={id}
                        type="checkbox"
                        value="none"
                        checked={checked.includes(NONE)}
                        aria-describedby={copy.none.hint ? `${id}-none-hint` : undefined}
                        onChange={(e) => toggle(NONE, (e.currentTarget as HTMLInputElement).checked)}
                      />
                      <label class="govuk-label govuk-checkboxes__label" for={`${id}-none`}>
                        {copy.none.label}
                      </label>
                      {copy.none.hint && (
                        <div id={`${id}-none-hint`} class="govuk-hint govuk-checkboxes__hint">
                          {copy.none.hint}
                        </div>
                      )}
                    </div>
                  </>
                )}
              </div>
            )}
          </fieldset>
        )}
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">
        Continue
      </button>
    </form>
  );
}
