/**
 * "Check your answers": a GOV.UK summary list of every question asked, each with a Change link,
 * and the button that shows the outcome. Also used, without the links, in the outcome's
 * "Your answers" section and its printed version.
 */
import { askedQuestions, type Answers, type QuestionId } from '../../../machines/who-should-lead/questions.ts';
import { answerText, questionCopy, type ToolCopy } from './copy.ts';

interface ListProps {
  copy: ToolCopy;
  answers: Answers;
  /** Called with a question id when its Change link is followed; no links when absent. */
  onChange?: (id: QuestionId) => void;
  /** Whether a Change link is offered for a question (the machine's `can`). */
  canChange?: (id: QuestionId) => boolean;
}

export function AnswerList({ copy, answers, onChange, canChange }: ListProps) {
  const asked = askedQuestions(answers).map((q) => q.id as QuestionId);
  return (
    <dl class={`govuk-summary-list${onChange ? '' : ' govuk-summary-list--no-border lp-answer-list'}`}>
      {asked.map((id) => {
        const q = questionCopy(copy, id);
        const lines = answerText(copy, id, answers[id], answers);
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
                  Change<span class="govuk-visually-hidden"> {q.checkLabel.toLowerCase()}</span>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

interface Props {
  copy: ToolCopy;
  answers: Answers;
  caption: string;
  onChange: (id: QuestionId) => void;
  canChange: (id: QuestionId) => boolean;
  onConfirm: () => void;
}

export function CheckAnswers({ copy, answers, caption, onChange, canChange, onConfirm }: Props) {
  return (
    <div class="lp-tool-check">
      <span class="govuk-caption-l">{caption}</span>
      <h1 class="govuk-heading-l" tabIndex={-1} data-step-heading="">
        Check your answers
      </h1>
      <p class="govuk-body">Make sure these describe the child's situation. You can change any answer before you see who should lead.</p>
      <AnswerList copy={copy} answers={answers} onChange={onChange} canChange={canChange} />
      <button type="button" class="govuk-button" data-module="govuk-button" onClick={onConfirm}>
        See who should lead
      </button>
    </div>
  );
}
