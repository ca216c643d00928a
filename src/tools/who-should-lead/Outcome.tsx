/**
 * The outcome of "Who should be the lead professional?": who should lead and how firm that is, why (the answers
 * that decided it and the rules with their citations), inference labelled as ours, who must not hold the role,
 * who still plays a part, where the other guidance differs, duties and next steps, the answers given, and print.
 * Everything it says comes from the Recommendation (rules.ts), the register's sentences and the outcome wording;
 * it decides nothing itself.
 */
import type { Strength } from '../../content/strength.ts';
import type { Register } from '../engine/register.ts';
import type { OutcomeViewProps } from '../engine/ToolIsland.tsx';
import { AnswerList, answerText } from '../engine/components/CheckAnswers.tsx';
import { Cites } from '../engine/components/Cites.tsx';
import { Linked } from '../engine/components/Linked.tsx';
import { t } from '../engine/wording.ts';
import { GUIDANCE_SOURCE } from '../guidance.ts';
import type { Facts, FactKey, Guidance } from './contract.ts';
import { recommendLead } from './rules.ts';
import type { OutcomeWording } from './wording/outcome-schema.ts';

/** What the page passes in beside the engine's props. */
export interface WhoShouldLeadOutcomeProps {
  register: Register;
  words: OutcomeWording;
}

export function Outcome(props: OutcomeViewProps & WhoShouldLeadOutcomeProps) {
  const { flow, answers, wording, sources, guidances, register, words, copy } = props;
  const guidance = answers.guidance as Guidance;
  const rec = recommendLead(flow.toFacts(answers) as Facts, guidance, register);
  const w = (kind: string, id: string) => words[`${kind}:${id}`] as Record<string, string> | undefined;
  const lead = (id: string) => w('lead', id)?.name ?? id;
  const summary = (id: string) => w('outcome', id)?.summary ?? id;
  const ruleText = (id: string) => register.rules[id]?.text ?? id;
  const said = (section: string, id: string) => register.sections[section]?.[id]?.text ?? id;
  const Badge = ({ of }: { of: Strength }) => <strong class={`lp-strength lp-strength--${of}`}>{t(wording, `strength.${of}`)}</strong>;
  const guidanceName = (g: string) => guidances.find((x) => x.id === g)?.short ?? g;
  const source = sources.find((s) => s.id === GUIDANCE_SOURCE[guidance]);
  const query = flow.writeLink(answers);
  const derivedFrom = [...new Set(rec.rules.flatMap((r) => r.inference?.derivedFrom ?? []))];
  const link = (href: string, key: string) => (
    <a class="govuk-link" href={href}>
      {t(wording, key)}
    </a>
  );

  /** How one deciding fact reads: the question's label and the answer given (or, for a checklist item, yes or no). */
  const decided = rec.decidedBy.flatMap((fact: FactKey) => {
    const asked = flow.asked(answers);
    const own = asked.find((q) => q.id === fact);
    if (own && answers[own.id] !== undefined) return [{ label: copy(own.id).checkLabel, answer: answerText(flow, copy(own.id), wording, answers[own.id], answers).join(', ') }];
    const list = asked.find((q) => q.kind === 'checkboxes' && q.items.includes(fact));
    if (!list) return [];
    const option = copy(list.id).options?.find((o) => o.value === fact);
    const on = Array.isArray(answers[list.id]) && (answers[list.id] as readonly string[]).includes(fact);
    return [{ label: option?.short ?? option?.label ?? fact, answer: t(wording, on ? 'answer.yes' : 'answer.no') }];
  });

  return (
    <div class="lp-outcome" data-outcome={rec.outcome} data-lead={rec.lead} data-strength={rec.strength} data-must-not={rec.mustNot.join(' ')} data-guidance={guidance}>
      <span class="govuk-caption-l">{props.caption}</span>
      <h1 class="govuk-heading-xl lp-outcome__lead" tabIndex={-1} data-step-heading="">
        {lead(rec.lead)}
      </h1>
      <p class="govuk-body lp-outcome__strength">
        <Badge of={rec.strength} /> <span>{t(wording, `strength.${rec.strength}.meaning`)}</span>
      </p>
      <p class="lp-lead" data-outcome-title={w('outcome', rec.outcome)?.title ?? rec.outcome}>
        {summary(rec.outcome)}
      </p>
      {w('lead', rec.lead)?.about && <p class="govuk-body">{w('lead', rec.lead)!.about}</p>}
      {source && (
        <p class="govuk-body lp-meta">
          <Linked
            text={t(wording, 'outcome.guidanceFollowed')}
            parts={{
              guidance: guidanceName(guidance),
              source: (
                <a class="govuk-link" href={`/sources/${source.id}/`}>
                  {source.title}
                </a>
              ),
              when: source.when,
            }}
          />
        </p>
      )}

      {rec.inference && (
        <div class="lp-outcome__inference" data-inference="">
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">{t(wording, 'warning.prefix')} </span>
              {t(wording, 'outcome.inference')}
            </strong>
          </div>
          {derivedFrom.length > 0 && (
            <>
              <p class="govuk-body">{t(wording, 'outcome.inferenceFrom')}</p>
              <ul class="govuk-list govuk-list--bullet" data-derived-from={derivedFrom.join(' ')}>
                {derivedFrom.map((id) => (
                  <li key={id}>{ruleText(id)}</li>
                ))}
              </ul>
            </>
          )}
          <p class="govuk-body">{t(wording, 'outcome.inferenceCheck')}</p>
        </div>
      )}

      <h2 class="govuk-heading-l">{t(wording, 'outcome.why')}</h2>
      {decided.length > 0 && (
        <>
          <h3 class="govuk-heading-m">{t(wording, 'outcome.decidedBy')}</h3>
          <ul class="govuk-list govuk-list--bullet" data-decided-by={rec.decidedBy.join(' ')}>
            {decided.map((d) => (
              <li key={d.label}>
                {d.label}: <strong>{d.answer}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="govuk-heading-m">{t(wording, 'outcome.guidanceSays')}</h3>
      <ul class="govuk-list lp-outcome__rules">
        {rec.rules.map((r) => (
          <li key={r.id} data-rule={r.id}>
            <Badge of={r.strength} /> {ruleText(r.id)} <Cites sources={sources} cites={r.cites} />
            {r.inference && <strong class="lp-outcome__our-inference"> {t(wording, 'outcome.ourInference')}</strong>}
          </li>
        ))}
      </ul>
      <p class="govuk-body">
        <Linked
          text={t(wording, 'outcome.seeAlso')}
          parts={{
            whoLeads: link('/guidance/who-leads-for-each-status/', 'outcome.seeAlso.whoLeads'),
            choosing: link('/guidance/choosing-the-lead-professional/', 'outcome.seeAlso.choosing'),
          }}
        />
      </p>

      {rec.mustNot.length > 0 && (
        <>
          <h2 class="govuk-heading-l">{t(wording, 'outcome.mustNot')}</h2>
          <ul class="govuk-list govuk-list--bullet" data-must-not-list="">
            {rec.mustNot.map((id) => (
              <li key={id} data-must-not-item={id}>
                <strong>{w('must-not', id)?.name ?? id}</strong>. {w('must-not', id)?.text}
              </li>
            ))}
          </ul>
        </>
      )}

      {rec.alsoInvolved.length > 0 && (
        <>
          <h2 class="govuk-heading-l">{t(wording, 'outcome.alsoInvolved')}</h2>
          <ul class="govuk-list govuk-list--bullet">
            {rec.alsoInvolved.map((a) => (
              <li key={a.role} data-role={a.role}>
                <strong>{w('role', a.role)?.name ?? a.role}</strong>: {w('role', a.role)?.text} <Cites sources={sources} cites={a.cites} />
              </li>
            ))}
          </ul>
        </>
      )}

      {rec.otherGuidance.length > 0 && (
        <>
          <h2 class="govuk-heading-l">{t(wording, 'outcome.otherGuidance')}</h2>
          <p class="govuk-body">{t(wording, 'outcome.otherGuidance.intro')}</p>
          <ul class="lp-outcome__differ" aria-label={t(wording, 'outcome.otherGuidance.label')}>
            {[{ guidance, lead: rec.lead, strength: rec.strength, outcome: rec.outcome, cites: rec.rules[0]?.cites ?? [] }, ...rec.otherGuidance].map((o, i) => {
              const s = sources.find((x) => x.id === GUIDANCE_SOURCE[o.guidance]);
              return (
                <li class="lp-outcome__differ-item" key={o.guidance} data-other-guidance={i === 0 ? undefined : o.guidance} data-lead={o.lead}>
                  <h3 class="govuk-heading-s lp-outcome__differ-title">
                    {guidanceName(o.guidance)}
                    {i === 0 && <span class="lp-outcome__differ-choice"> {t(wording, 'outcome.otherGuidance.yours')}</span>}
                  </h3>
                  {s && (
                    <p class="govuk-body-s lp-outcome__date">
                      {s.shortTitle}, {s.date}
                    </p>
                  )}
                  <p class="govuk-body">
                    <strong>{lead(o.lead)}</strong>
                  </p>
                  <p class="govuk-body">
                    <Badge of={o.strength} />
                  </p>
                  <p class="govuk-body-s">
                    {summary(o.outcome)} <Cites sources={sources} cites={o.cites} />
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h2 class="govuk-heading-l">{t(wording, 'outcome.next')}</h2>
      {rec.checks.length > 0 && (
        <>
          <h3 class="govuk-heading-m">{t(wording, 'outcome.checks')}</h3>
          <ul class="govuk-list govuk-list--bullet">
            {rec.checks.map((c) => (
              <li key={c.id} data-check={c.id}>
                {said('checks', c.id)} <Cites sources={sources} cites={c.cites} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="govuk-heading-m">{t(wording, 'outcome.nextSteps')}</h3>
      <ol class="govuk-list govuk-list--number" data-next-steps={rec.nextSteps.map((n) => n.id).join(' ')}>
        {rec.nextSteps.map((n) => (
          <li key={n.id} data-next-step={n.id}>
            {said('nextSteps', n.id)} <Cites sources={sources} cites={n.cites} />
          </li>
        ))}
      </ol>
      {rec.duties.length > 0 && (
        <>
          <h3 class="govuk-heading-m">{t(wording, 'outcome.duties')}</h3>
          <ul class="govuk-list govuk-list--bullet">
            {rec.duties.map((d) => (
              <li key={d.id} data-duty={d.id}>
                {said('duties', d.id)} <Cites sources={sources} cites={d.cites} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="govuk-body">
        <Linked text={t(wording, 'outcome.readMore')} parts={{ duties: link('/guidance/duties-and-core-tasks/', 'outcome.readMore.duties') }} />
      </p>

      <h2 class="govuk-heading-l">{t(wording, 'outcome.yourAnswers')}</h2>
      <AnswerList flow={flow} copy={copy} wording={wording} answers={answers} />
      <p class="govuk-body lp-no-print">
        <a
          class="govuk-link govuk-link--no-visited-state"
          href={`?${query}`}
          onClick={(e) => {
            e.preventDefault();
            props.onChangeAnswers();
          }}
        >
          {t(wording, 'outcome.changeAnswers')}
        </a>
      </p>

      <div class="govuk-button-group lp-no-print">
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => window.print()}>
          {t(wording, 'outcome.print')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={props.onRestart}>
          {t(wording, 'outcome.startAgain')}
        </button>
      </div>
      <p class="govuk-body-s lp-print-only">
        {t(wording, 'outcome.printedOn', {
          date: new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
          link: `${window.location.pathname}${query ? `?${query}` : ''}`,
        })}
      </p>
      <p class="govuk-body-s lp-no-print">{t(wording, 'outcome.notAdvice')}</p>
    </div>
  );
}
