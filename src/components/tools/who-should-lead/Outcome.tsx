/**
 * The outcome page: who should lead and how firm that is, why (the answers that decided it and the
 * rules with their citations), inference labelled as ours, who must not hold the role, who still
 * plays a part, where the other guidance differs, duties and next steps, the answers given, and a
 * print button. Everything it says comes from the Recommendation (rules.ts) and the outcome words
 * (outcomes.yaml); it decides nothing itself.
 */
import { Fragment } from 'preact';
import type { Citation } from '../../../content/schemas.ts';
import { STRENGTH_LABELS, STRENGTH_MEANINGS, type Strength } from '../../../content/strength.ts';
import type { FactKey, Guidance } from '../../../machines/who-should-lead/facts.ts';
import { recommendLead } from '../../../machines/who-should-lead/rules.ts';
import {
  askedQuestions,
  toFacts,
  type Answers,
  type ChecklistQuestion,
  type QuestionId,
} from '../../../machines/who-should-lead/questions.ts';
import { serializeAnswers } from '../../../machines/who-should-lead/url.ts';
import { AnswerList } from './CheckAnswers.tsx';
import { GUIDANCE_SOURCE, answerText, citeLabel, optionLabel, outcomeWords, questionCopy, sourceById, type ToolCopy } from './copy.ts';

interface Props {
  copy: ToolCopy;
  answers: Answers;
  caption: string;
  onChangeAnswers: () => void;
  onRestart: () => void;
}

function Cites({ copy, cites }: { copy: ToolCopy; cites: readonly Citation[] }) {
  if (cites.length === 0) return null;
  return (
    <span class="lp-citation">
      (
      {cites.map((c, i) => (
        <Fragment key={`${c.source}-${c.at}`}>
          {i > 0 && '; '}
          <a class="govuk-link" href={`/sources/${c.source}/`}>
            {citeLabel(copy, c)}
          </a>
        </Fragment>
      ))}
      )
    </span>
  );
}

function StrengthBadge({ of }: { of: Strength }) {
  return <strong class={`lp-strength lp-strength--${of}`}>{STRENGTH_LABELS[of]}</strong>;
}

/** How one deciding fact reads: the question's label and the answer given. */
function factLine(copy: ToolCopy, fact: FactKey, answers: Answers): { label: string; answer: string } | null {
  const asked = askedQuestions(answers);
  const own = asked.find((q) => q.id === fact);
  if (own && answers[own.id as QuestionId] !== undefined) {
    const q = questionCopy(copy, own.id as QuestionId);
    return { label: q.checkLabel, answer: answerText(copy, own.id as QuestionId, answers[own.id as QuestionId], answers).join(', ') };
  }
  const list = asked.find((q): q is ChecklistQuestion => q.kind === 'checkboxes' && (q.items as readonly string[]).includes(fact));
  if (list) {
    const q = questionCopy(copy, list.id as QuestionId);
    const on = Array.isArray(answers[list.id as QuestionId]) && (answers[list.id as QuestionId] as readonly string[]).includes(fact);
    return { label: optionLabel(q, fact, true), answer: on ? 'Yes' : 'No' };
  }
  return null;
}

/** "Printed on 23 November 2026" */
function today(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function Outcome({ copy, answers, caption, onChangeAnswers, onRestart }: Props) {
  const guidance = answers.guidance as Guidance;
  const rec = recommendLead(toFacts(answers), guidance);
  const words = outcomeWords(copy);
  const source = sourceById(copy, GUIDANCE_SOURCE[guidance]);
  const guidanceName = optionLabel(questionCopy(copy, 'guidance'), guidance, true);
  const decided = rec.decidedBy.map((f) => factLine(copy, f, answers)).filter((x): x is { label: string; answer: string } => x !== null);
  const query = serializeAnswers(answers);
  const derivedFrom = [...new Set(rec.rules.flatMap((r) => r.inference?.derivedFrom ?? []))];

  return (
    <div
      class="lp-outcome"
      data-outcome={rec.outcome}
      data-lead={rec.lead}
      data-strength={rec.strength}
      data-must-not={rec.mustNot.join(' ')}
      data-guidance={guidance}
    >
      <span class="govuk-caption-l">{caption}</span>
      <h1 class="govuk-heading-xl lp-outcome__lead" tabIndex={-1} data-step-heading="">
        {words.lead(rec.lead)}
      </h1>
      <p class="govuk-body lp-outcome__strength">
        <StrengthBadge of={rec.strength} /> <span>{STRENGTH_MEANINGS[rec.strength]}</span>
      </p>
      <p class="lp-lead" data-outcome-title={words.outcomeTitle(rec.outcome)}>
        {words.outcome(rec.outcome)}
      </p>
      {words.leadAbout(rec.lead) && <p class="govuk-body">{words.leadAbout(rec.lead)}</p>}
      <p class="govuk-body lp-meta">
        Guidance followed: {guidanceName}
        {source && (
          <>
            , from <a class="govuk-link" href={`/sources/${source.id}/`}>{source.title}</a> ({source.when})
          </>
        )}
        .
      </p>

      {rec.inference && (
        <div class="lp-outcome__inference" data-inference="">
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning: </span>
              This answer rests on our inference: the sources do not settle this combination in so many words.
            </strong>
          </div>
          {derivedFrom.length > 0 && (
            <>
              <p class="govuk-body">We worked it out from these rules, which the sources do state:</p>
              <ul class="govuk-list govuk-list--bullet" data-derived-from={derivedFrom.join(' ')}>
                {derivedFrom.map((id) => (
                  <li key={id}>{words.rule(id)}</li>
                ))}
              </ul>
            </>
          )}
          <p class="govuk-body">Check it against your local procedures, and agree it with the family and the team.</p>
        </div>
      )}

      <h2 class="govuk-heading-l">Why</h2>
      {decided.length > 0 && (
        <>
          <h3 class="govuk-heading-m">The answers that decided it</h3>
          <ul class="govuk-list govuk-list--bullet" data-decided-by={rec.decidedBy.join(' ')}>
            {decided.map((d) => (
              <li key={d.label}>
                {d.label}: <strong>{d.answer}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="govuk-heading-m">What the guidance says</h3>
      <ul class="govuk-list lp-outcome__rules">
        {rec.rules.map((r) => (
          <li key={r.id} data-rule={r.id}>
            <StrengthBadge of={r.strength} /> {words.rule(r.id)} <Cites copy={copy} cites={r.cites} />
            {r.inference && <strong class="lp-outcome__our-inference"> (Our inference.)</strong>}
          </li>
        ))}
      </ul>
      <p class="govuk-body">
        See <a class="govuk-link" href="/guidance/who-leads-for-each-status/">who leads for each status</a> and{' '}
        <a class="govuk-link" href="/guidance/choosing-the-lead-professional/">choosing the lead professional</a>.
      </p>

      {rec.mustNot.length > 0 && (
        <>
          <h2 class="govuk-heading-l">Who must not hold the role</h2>
          <ul class="govuk-list govuk-list--bullet" data-must-not-list="">
            {rec.mustNot.map((id) => {
              const w = words.mustNot(id);
              return (
                <li key={id} data-must-not-item={id}>
                  <strong>{w?.name ?? id}</strong>. {w?.text}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {rec.alsoInvolved.length > 0 && (
        <>
          <h2 class="govuk-heading-l">Who still plays a part</h2>
          <ul class="govuk-list govuk-list--bullet">
            {rec.alsoInvolved.map((a) => {
              const w = words.role(a.role);
              return (
                <li key={a.role} data-role={a.role}>
                  <strong>{w?.name ?? a.role}</strong>: {w?.text} <Cites copy={copy} cites={a.cites} />
                </li>
              );
            })}
          </ul>
        </>
      )}

      {rec.otherGuidance.length > 0 && (
        <>
          <h2 class="govuk-heading-l">Where other guidance differs</h2>
          <p class="govuk-body">The same answers give a different answer under the other English guidance. The answer above follows the guidance you chose.</p>
          <ul class="lp-outcome__differ" aria-label="The answer under each guidance">
            {[{ guidance, lead: rec.lead, strength: rec.strength, outcome: rec.outcome, cites: rec.rules[0]?.cites ?? [] }, ...rec.otherGuidance].map((o, i) => {
              const s = sourceById(copy, GUIDANCE_SOURCE[o.guidance]);
              return (
                <li class="lp-outcome__differ-item" key={o.guidance} data-other-guidance={i === 0 ? undefined : o.guidance} data-lead={o.lead}>
                  <h3 class="govuk-heading-s lp-outcome__differ-title">
                    {optionLabel(questionCopy(copy, 'guidance'), o.guidance, true)}
                    {i === 0 && <span class="lp-outcome__differ-choice"> (your choice)</span>}
                  </h3>
                  {s && (
                    <p class="govuk-body-s lp-outcome__date">
                      {s.shortTitle}, {s.date}
                    </p>
                  )}
                  <p class="govuk-body">
                    <strong>{words.lead(o.lead)}</strong>
                  </p>
                  <p class="govuk-body">
                    <StrengthBadge of={o.strength} />
                  </p>
                  <p class="govuk-body-s">
                    {words.outcome(o.outcome)} <Cites copy={copy} cites={o.cites} />
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h2 class="govuk-heading-l">What to do next</h2>
      {rec.checks.length > 0 && (
        <>
          <h3 class="govuk-heading-m">Before you settle it</h3>
          <ul class="govuk-list govuk-list--bullet">
            {rec.checks.map((c) => (
              <li key={c.id} data-check={c.id}>
                {words.check(c.id)} <Cites copy={copy} cites={c.cites} />
              </li>
            ))}
          </ul>
        </>
      )}
      {rec.nextSteps.length > 0 && (
        <>
          <h3 class="govuk-heading-m">Next steps</h3>
          <ol class="govuk-list govuk-list--number" data-next-steps={rec.nextSteps.map((n) => n.id).join(' ')}>
            {rec.nextSteps.map((n) => (
              <li key={n.id} data-next-step={n.id}>
                {words.nextStep(n.id)} <Cites copy={copy} cites={n.cites} />
              </li>
            ))}
          </ol>
        </>
      )}
      {rec.duties.length > 0 && (
        <>
          <h3 class="govuk-heading-m">What the lead professional does</h3>
          <ul class="govuk-list govuk-list--bullet">
            {rec.duties.map((d) => (
              <li key={d.id} data-duty={d.id}>
                {words.duty(d.id)} <Cites copy={copy} cites={d.cites} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="govuk-body">
        Read more about <a class="govuk-link" href="/guidance/duties-and-core-tasks/">the lead professional's duties and core tasks</a>.
      </p>

      <h2 class="govuk-heading-l">Your answers</h2>
      <AnswerList copy={copy} answers={answers} />
      <p class="govuk-body lp-no-print">
        <a
          class="govuk-link govuk-link--no-visited-state"
          href={`?${query}`}
          onClick={(e) => {
            e.preventDefault();
            onChangeAnswers();
          }}
        >
          Change your answers
        </a>
      </p>

      <div class="govuk-button-group lp-no-print">
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => window.print()}>
          Print this answer
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={onRestart}>
          Start again
        </button>
      </div>
      <p class="govuk-body-s lp-print-only">
        Printed on {today()} from the Lead Professional Guide (/tools/who-should-lead/{query ? `?${query}` : ''}). This is a summary of published guidance, not legal advice; local procedures may add to it.
      </p>
      <p class="govuk-body-s lp-no-print">This answer summarises published guidance. It is not legal advice, and local procedures may add to it.</p>
    </div>
  );
}

