/**
 * "Check your answers": a GOV.UK summary list of every question asked, each with a Change link, and the button
 * that goes on. `AnswerList` is also the outcome's "Your answers" section (without the links) and its print.
 */
import type { QuestionCopy } from '../question-schema.ts';
import type { AnswerValue, Answers, Flow } from '../flow.ts';
import { t, type Wording } from '../wording.ts';

/** How an answer reads on "Check your answers" and in the printed summary: one line, or one per ticked item. */
export function answerText(flow: Flow, copy: QuestionCopy, wording: Wording, value: AnswerValue | undefined, answers: Answers): string[] {
  const label = (v: string) => {
    const o = copy.options?.find((x) => x.value === v);
    return o ? (o.short ?? o.label) : v;
  };
  if (value === undefined) return [t(wording, 'answer.notAnswered')];
  if (typeof value === 'number') {
    if (value === 0 && copy.answerZero) return [copy.answerZero];
    if (copy.answerText) return [copy.answerText.replace('{n}', String(value))];
    return [copy.suffix ? `${value} ${copy.suffix}` : String(value)];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [copy.none?.label ?? t(wording, 'answer.none')];
    const q = flow.question(copy.id);
    return (q.kind === 'checkboxes' || q.kind === 'list' ? flow.offered(q, answers) : []).filter((item) => value.includes(item)).map(label);
  }
  return [label(value as string)];
}

interface ListProps {
  flow: Flow;
  copy: (id: string) => QuestionCopy;
  wording: Wording;
  answers: Answers;
  /** Called with a question id when its Change link is followed; no links when absent. */
  onChange?: (id: string) => void;
  /** Whether a Change link is offered for a question (the machine's `can`). */
  canChange?: (id: string) => boolean;
}

export function AnswerList({ flow, copy, wording, answers, onChange, canChange }: ListProps) {
  return (
    <dl class={`govuk-summary-list${onChange ? '' : ' govuk-summary-list--no-border lp-answer-list'}`}>
      {flow.asked(answers).map(({ id }) => {
        const q = copy(id);
        const lines = answerText(flow, q, wording, answers[id], answers);
        const changeable = onChange && (canChange?.(id) ?? true);
        return (
          <div class={`govuk-summary-list__row${changeable ? '' : ' govuk-summary-list__row--no-actions'}`} key={id} data-answer={id}>
            <dt class="govuk-summary-list__key">{q.checkLabel}</dt>
            <dd class="govuk-summary-list__value">
              {lines.length > 1 ? (
                <ul class="govuk-list govuk-list--bullet">
                  {lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              ) : (
                lines[0]
              )}
            </dd>
            {changeable && (
              <dd class="govuk-summary-list__actions lp-no-print">
                <a
                  class="govuk-link"
                  href={`#${id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onChange(id);
                  }}
                >
                  {t(wording, 'check.change')}
                  <span class="govuk-visually-hidden"> {q.checkLabel.toLowerCase()}</span>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

interface Props extends Required<Pick<ListProps, 'onChange' | 'canChange'>>, Omit<ListProps, 'onChange' | 'canChange'> {
  caption: string;
  onConfirm: () => void;
}

export function CheckAnswers({ caption, onConfirm, ...list }: Props) {
  return (
    <div class="lp-tool-check">
      <span class="govuk-caption-l">{caption}</span>
      <h1 class="govuk-heading-l" tabIndex={-1} data-step-heading="">
        {t(list.wording, 'check.title')}
      </h1>
      <p class="govuk-body">{t(list.wording, 'check.intro')}</p>
      <AnswerList {...list} />
      <button type="button" class="govuk-button" data-module="govuk-button" onClick={onConfirm}>
        {t(list.wording, 'check.confirm')}
      </button>
    </div>
  );
}
