/**
 * The outcome of "Who should be the lead professional?", laid out for a phone between visits: the answer and how firm
 * it is first; then what to do next; then who does not hold the formal role; then why (the answers that decided it
 * and the rules, each with its strength, or marked as our inference, and its citations); who still plays a part;
 * where the other guidance differs; the lead professional's duties; a family version in plain words; the answers
 * given, and print. Everything it says comes from the Recommendation (rules.ts), the register's sentences and the
 * outcome wording; it decides nothing itself.
 *
 * Markup for tests and embedding: the outcome element carries data-outcome, data-lead, data-strength (the
 * answer's strength; an answer decided by our inference carries local-agreement, see rules.ts), data-must-not and
 * data-inference ("true" where the deciding rule is our inference). Each reason line carries data-rule,
 * data-strength (the source's strength, or "inference") and data-inference.
 */
import { Fragment } from 'preact';
import type { Strength } from '../../content/strength.ts';
import type { Register } from '../engine/register.ts';
import { textFor } from '../engine/statement.ts';
import type { OutcomeViewProps } from '../engine/ToolIsland.tsx';
import { answerText } from '../engine/components/CheckAnswers.tsx';
import { Cites } from '../engine/components/Cites.tsx';
import { CopyLink } from '../engine/components/CopyLink.tsx';
import { Linked } from '../engine/components/Linked.tsx';
import { LocalContacts } from '../engine/components/SiteParts.tsx';
import { OutcomeActions } from '../engine/components/OutcomeActions.tsx';
import { DerivedFrom, WarningText } from '../engine/components/Rules.tsx';
import { Later } from '../engine/components/Later.tsx';
import { t } from '../engine/wording.ts';
import { GUIDANCE_SOURCE } from '../guidance.ts';
import type { Facts, FactKey, Guidance } from './contract.ts';
import { familyVersion } from './family.ts';
import { recommendLead, type Recommendation } from './rules.ts';
import { LOCAL_CONTACTS } from './local-contacts.ts';
import type { OutcomeWording } from './wording/outcome-schema.ts';
import { forGuidance, type PerGuidance } from './wording/per-guidance.ts';

/** What the page passes in beside the engine's props. */
export interface WhoShouldLeadOutcomeProps {
  register: Register;
  words: OutcomeWording;
}

/** Words that never break inside: a hyphenated word ("co-ordinator", "third-sector") stays on one line. */
function Whole({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\s+)/).map((part, i) =>
        /\S-\S/.test(part) ? (
          <span key={i} class="lp-nowrap">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** The last recommendation worked out, for the answers in its link: made ahead by `Outcome.prepare`, then drawn. */
let prepared: { query: string; rec: Recommendation } | undefined;
function recommendationFor({ flow, answers, register }: Pick<OutcomeViewProps, 'flow' | 'answers'> & Pick<WhoShouldLeadOutcomeProps, 'register'>): Recommendation {
  const query = flow.writeLink(answers);
  if (prepared?.query !== query) prepared = { query, rec: recommendLead(flow.toFacts(answers) as Facts, answers.guidance as Guidance, register) };
  return prepared.rec;
}

export function Outcome(props: OutcomeViewProps & WhoShouldLeadOutcomeProps) {
  const { flow, answers, wording, sources, guidances, register, words, copy } = props;
  const guidance = answers.guidance as Guidance;
  const rec = recommendationFor(props);
  const said = <K extends string>(kind: string, id: string, field: K, g: Guidance = guidance): string => {
    const entry = words[`${kind}:${id}`] as Partial<Record<K, PerGuidance>> | undefined;
    return forGuidance(entry?.[field], g) || id;
  };
  const ruleText = (id: string) => (register.rules[id] ? textFor(register.rules[id], guidance) : id);
  const statement = (section: string, id: string) => {
    const record = register.sections[section]?.[id];
    return record ? textFor(record, guidance) : id;
  };
  const Badge = ({ of }: { of?: Strength }) =>
    of ? (
      <strong class={`lp-strength lp-strength--${of}`}>{t(wording, `strength.${of}`)}</strong>
    ) : (
      <strong class="lp-strength lp-strength--inference">{t(wording, 'rules.inference')}</strong>
    );
  const guidanceName = (g: string) => guidances.find((x) => x.id === g)?.short ?? g;
  const source = sources.find((s) => s.id === GUIDANCE_SOURCE[guidance]);
  const query = flow.writeLink(answers);
  const derivedFrom = rec.inference ? (rec.rules[0]?.inference?.derivedFrom ?? []) : [];
  const family = familyVersion(rec, words);
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
    <div
      class="lp-outcome"
      data-outcome={rec.outcome}
      data-lead={rec.lead}
      data-strength={rec.strength}
      data-must-not={rec.mustNot.join(' ')}
      data-inference={String(rec.inference)}
      data-guidance={guidance}
    >
      <span class="govuk-caption-l">{props.caption}</span>
      <h1 class="govuk-heading-xl lp-outcome__lead" tabIndex={-1} data-step-heading="">
        <Whole text={said('lead', rec.lead, 'name')} />
      </h1>
      <p class="govuk-body lp-outcome__strength">
        <Badge of={rec.inference ? undefined : rec.strength} />{' '}
        <span>{rec.inference ? t(wording, 'outcome.inferenceMeaning') : t(wording, `strength.${rec.strength}.meaning`)}</span>
      </p>
      <p class="lp-lead lp-outcome__summary" data-outcome-title={said('outcome', rec.outcome, 'title')}>
        <Whole text={said('outcome', rec.outcome, 'summary')} />
      </p>

      {rec.inference && (
        <div class="lp-outcome__inference" data-inference-warning="">
          <WarningText wording={wording}>{t(wording, 'outcome.inference')}</WarningText>
          <DerivedFrom ids={derivedFrom} text={ruleText} wording={wording} />
        </div>
      )}

      <p class="govuk-body lp-meta">
        {said('lead', rec.lead, 'about')}{' '}
        {source && (
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
        )}
      </p>
      <CopyLink wording={wording} url={() => `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`} />

      <Later part={1}>
        <h2 class="govuk-heading-l" id="what-to-do-next">
          {t(wording, 'outcome.next')}
        </h2>
        {rec.checks.length > 0 && (
          <>
            <h3 class="govuk-heading-m">{t(wording, 'outcome.checks')}</h3>
            <ul class="govuk-list govuk-list--bullet">
              {rec.checks.map((c) => (
                <li key={c.id} data-check={c.id}>
                  {statement('checks', c.id)} <Cites sources={sources} cites={c.cites} />
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 class="govuk-heading-m">{t(wording, 'outcome.nextSteps')}</h3>
        <ol class="govuk-list govuk-list--number" data-next-steps={rec.nextSteps.map((n) => n.id).join(' ')}>
          {rec.nextSteps.map((n) => (
            <li key={n.id} data-next-step={n.id}>
              {statement('nextSteps', n.id)} <Cites sources={sources} cites={n.cites} />
            </li>
          ))}
        </ol>
        <LocalContacts rows={LOCAL_CONTACTS} outcome={{ rec, guidance }} site={props.site} wording={wording} />
        <p class="govuk-body">
          <a class="govuk-link" href="/tools/change-lead-professional/" data-if-things-change="">
            {t(wording, 'outcome.ifThingsChange')}
          </a>
        </p>
      </Later>

      <Later part={2}>
        {rec.barred.length > 0 && (
          <>
            <h2 class="govuk-heading-l">{t(wording, 'outcome.mustNot')}</h2>
            <ul class="govuk-list lp-outcome__barred" data-must-not-list="">
              {rec.barred.map((b) => (
                <li key={b.id} data-must-not-item={b.id} data-rule={b.rule} data-strength={b.strength ?? 'inference'}>
                  <strong>{said('must-not', b.id, 'name')}</strong> <Badge of={b.strength} /> {statement('mustNot', b.id)} <Cites sources={sources} cites={b.cites} />
                </li>
              ))}
            </ul>
          </>
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
            <li key={r.id} data-rule={r.id} data-strength={r.strength ?? 'inference'} data-inference={String(r.inference !== undefined)}>
              <Badge of={r.strength} /> {ruleText(r.id)} <Cites sources={sources} cites={r.cites} />
            </li>
          ))}
        </ul>
        <p class="govuk-body">
          <Linked
            text={t(wording, 'outcome.seeAlso')}
            parts={{
              whoLeads: link('/guidance/who-leads-for-each-status/', 'outcome.seeAlso.whoLeads'),
              choosing: link('/guidance/choosing-the-lead-professional/', 'outcome.seeAlso.choosing'),
              rules: link("/tools/who-should-lead/rules/#rules-notes", "outcome.seeAlso.rules"),
            }}
          />
        </p>
      </Later>

      <Later part={3}>
        {rec.alsoInvolved.length > 0 && (
          <>
            <h2 class="govuk-heading-l">{t(wording, 'outcome.alsoInvolved')}</h2>
            <ul class="govuk-list govuk-list--bullet">
              {rec.alsoInvolved.map((a) => (
                <li key={a.role} data-role={a.role}>
                  <strong>{said('role', a.role, 'name')}</strong>: {statement('roles', a.role)} <Cites sources={sources} cites={a.cites} />
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
              {[{ guidance, lead: rec.lead, strength: rec.strength, inference: rec.inference, outcome: rec.outcome, cites: rec.rules[0]?.cites ?? [] }, ...rec.otherGuidance].map((o, i) => {
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
                      <strong>{said('lead', o.lead, 'name', o.guidance)}</strong>
                    </p>
                    <p class="govuk-body">
                      <Badge of={o.inference ? undefined : o.strength} />
                    </p>
                    <p class="govuk-body-s">
                      {said('outcome', o.outcome, 'summary', o.guidance)} <Cites sources={sources} cites={o.cites} />
                    </p>
                  </li>
                );
              })}
            </ul>
          </>
        )}

        {rec.duties.length > 0 && (
          <>
            <h2 class="govuk-heading-l">{t(wording, 'outcome.duties')}</h2>
            <ul class="govuk-list govuk-list--bullet">
              {rec.duties.map((d) => (
                <li key={d.id} data-duty={d.id}>
                  {statement('duties', d.id)} <Cites sources={sources} cites={d.cites} />
                </li>
              ))}
            </ul>
            <p class="govuk-body">
              <Linked text={t(wording, 'outcome.readMore')} parts={{ duties: link('/guidance/duties-and-core-tasks/', 'outcome.readMore.duties') }} />
            </p>
          </>
        )}
      </Later>

      <Later part={4}>
        <section class="lp-outcome__family" data-family={family.map((p) => p.id).join(' ')} aria-labelledby="for-the-family">
          <h2 class="govuk-heading-l" id="for-the-family">
            {t(wording, 'outcome.family')}
          </h2>
          <p class="govuk-body lp-outcome__family-intro">{t(wording, 'outcome.family.intro')}</p>
          {family.map((p) => (
            <p class="govuk-body" key={p.id} data-family-paragraph={p.id}>
              {p.text} <Cites sources={sources} cites={p.cites} />
            </p>
          ))}
        </section>

        <OutcomeActions
          flow={flow}
          copy={copy}
          wording={wording}
          answers={answers}
          site={props.site}
          onChangeAnswers={props.onChangeAnswers}
          onRestart={props.onRestart}
        />
      </Later>

    </div>
  );
}

/** Works out the recommendation while "Check your answers" is on screen, so the outcome has only to be drawn. */
Outcome.prepare = (props: Pick<OutcomeViewProps, 'flow' | 'answers'> & WhoShouldLeadOutcomeProps) => void recommendationFor(props);
