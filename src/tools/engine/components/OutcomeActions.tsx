/**
 * The end of an outcome, the same for every tool: the answers given (printed with the outcome), "Change your
 * answers", Print and Start again, the date and address on the printout, the note that this is not legal advice, and
 * "Report a mistake in this answer".
 */
import type { OutcomeViewProps } from '../ToolIsland.tsx';
import { dateInWords, t } from '../wording.ts';
import { AnswerList } from './CheckAnswers.tsx';
import { ReportMistake } from './SiteParts.tsx';

type Props = Pick<OutcomeViewProps, 'flow' | 'copy' | 'wording' | 'answers' | 'site' | 'onChangeAnswers' | 'onRestart'>;

/** The line a printout ends with: today's date, the site and the address of this answer (`query`: its answers). */
export function printedOnLine({ wording, site, query }: Pick<OutcomeViewProps, 'wording' | 'site'> & { query: string }): string {
  return t(wording, 'outcome.printedOn', {
    date: dateInWords(wording, new Date()),
    site: site.name,
    link: `${window.location.pathname}${query ? `?${query}` : ''}`,
  });
}

export function OutcomeActions({ flow, copy, wording, answers, site, onChangeAnswers, onRestart }: Props) {
  const query = flow.writeLink(answers);
  return (
    <>
      <h2 class="govuk-heading-l">{t(wording, 'outcome.yourAnswers')}</h2>
      <AnswerList flow={flow} copy={copy} wording={wording} answers={answers} />
      <p class="govuk-body lp-no-print">
        <a
          class="govuk-link govuk-link--no-visited-state"
          href={`?${query}`}
          onClick={(e) => {
            e.preventDefault();
            onChangeAnswers();
          }}
        >
          {t(wording, 'outcome.changeAnswers')}
        </a>
      </p>
      <div class="govuk-button-group lp-no-print">
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => window.print()}>
          {t(wording, 'outcome.print')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={onRestart}>
          {t(wording, 'outcome.startAgain')}
        </button>
      </div>
      <p class="govuk-body-s lp-print-only lp-outcome__printed">{printedOnLine({ wording, site, query })}</p>
      <p class="govuk-body-s lp-no-print">{t(wording, 'outcome.notAdvice')}</p>
      <ReportMistake site={site} wording={wording} />
    </>
  );
}
