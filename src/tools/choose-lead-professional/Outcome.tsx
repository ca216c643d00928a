/**
 * The decision record of "Choosing between candidates": where a candidate has statutory responsibility, that this is
 * not a free choice (with the rules and a link to "Who should be the lead professional?" with the answers filled in);
 * the candidates by role; the guidance's criteria side by side, each with what the guidance says (cited) and each
 * candidate's answer; the points the sources make; and places for the team's decision and the family's agreement,
 * to fill in by hand. Printable. It scores, ranks and re-orders nothing: the candidates stay in the order of the role
 * list. Everything it says comes from the DecisionRecord (rules.ts), the register and the wording.
 */
import { Fragment } from 'preact';
import type { Register } from '../engine/register.ts';
import { textFor } from '../engine/statement.ts';
import type { OutcomeViewProps } from '../engine/ToolIsland.tsx';
import { Cites } from '../engine/components/Cites.tsx';
import { GuidanceFollowed, RuleItem, StrengthBadge, WarningText } from '../engine/components/Rules.tsx';
import { Linked } from '../engine/components/Linked.tsx';
import { Later } from '../engine/components/Later.tsx';
import { OutcomeActions } from '../engine/components/OutcomeActions.tsx';
import { t } from '../engine/wording.ts';
import type { Facts } from './contract.ts';
import { decisionRecord, type RuleRef } from './rules.ts';

/** What the page passes in beside the engine's props. */
export interface ChooseOutcomeProps {
  register: Register;
}

export function Outcome(props: OutcomeViewProps & ChooseOutcomeProps) {
  const { flow, answers, wording, sources, guidances, register, copy } = props;
  const rec = decisionRecord(flow.toFacts(answers) as Facts, register);
  const w = (key: string, vars = {}) => t(wording, key, vars);
  const option = (question: string, value: string) => copy(question).options?.find((o) => o.value === value);
  const role = (value: string) => option('candidates', value)?.short ?? option('candidates', value)?.label ?? value;
  const guidanceName = (g: string) => guidances.find((x) => x.id === g)?.short ?? g;
  const said = (id: string) => register.sections.criteria?.[id];
  const listed = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${w('record.and')} ${items.at(-1)}` : (items[0] ?? ''));

  const Badge = ({ rule }: { rule: RuleRef }) => <StrengthBadge strength={rule.strength} wording={wording} />;
  const RuleLine = ({ rule, label }: { rule: RuleRef; label?: string }) => <RuleItem rule={rule} text={register.rules[rule.id] ? textFor(register.rules[rule.id]!, rec.guidance) : undefined} sources={sources} wording={wording} label={label} />;

  return (
    <div
      class="lp-outcome lp-record"
      data-guidance={rec.guidance}
      data-candidates={rec.candidates.join(' ')}
      data-statutory={String(rec.statutory !== null)}
      data-young-person={String(rec.youngPerson)}
    >
      <span class="govuk-caption-l">{props.caption}</span>
      <h1 class="govuk-heading-xl" tabIndex={-1} data-step-heading="">
        {w('record.heading')}
      </h1>
      <p class="govuk-body lp-record__private">{w('record.private')}</p>

      {rec.statutory && (
        <div class="lp-record__not-free" data-not-free={rec.statutory.statuses.map((s) => s.status).join(' ')}>
          <WarningText wording={wording}>{w('record.notFree')}</WarningText>
          <p class="govuk-body">
            {w('record.notFreeIntro', { holders: listed(rec.statutory.holders.map(role)) })}
          </p>
          <ul class="govuk-list lp-outcome__rules">
            <RuleLine rule={rec.statutory.general} />
          </ul>
          {rec.statutory.statuses.length > 0 ? (
            <>
              <p class="govuk-body">{w('record.notFreeStatuses')}</p>
              <ul class="govuk-list lp-outcome__rules">
                {rec.statutory.statuses.map((s) => (
                  <RuleLine key={s.status} rule={s.rule} label={`${option('statutory-status', s.status)?.short ?? s.status}:`} />
                ))}
              </ul>
            </>
          ) : (
            <p class="govuk-body">{w('record.notFreeNoStatus')}</p>
          )}
          <p class="govuk-body">
            <Linked
              text={w('record.notFreeLink')}
              parts={{
                link: (
                  <a class="govuk-link" href={`/tools/who-should-lead/?${rec.statutory.whoShouldLead}`} data-who-should-lead="">
                    {w('record.notFreeLinkText')}
                  </a>
                ),
              }}
            />
            {rec.statutory.otherGuidance && <> {w('record.notFreeOtherGuidance')}</>}
          </p>
        </div>
      )}

      <GuidanceFollowed guidance={rec.guidance} textKey="record.guidance" wording={wording} guidances={guidances} sources={sources} />

      <Later part={1}>
        <h2 class="govuk-heading-l">{w('record.candidates')}</h2>
        <ol class="govuk-list govuk-list--number" data-candidate-list="">
          {rec.candidates.map((c) => (
            <li key={c} data-candidate={c}>
              {option('candidates', c)?.label ?? c}
            </li>
          ))}
        </ol>
      </Later>

      <Later part={2}>
        <h2 class="govuk-heading-l">{w('record.criteria')}</h2>
        <p class="govuk-body">
          <strong>{w('record.framing')}:</strong> <Badge rule={rec.framing} /> {register.rules[rec.framing.id]?.text} <Cites sources={sources} cites={rec.framing.cites} />
        </p>
        <p class="govuk-body">{w('record.noScore')}</p>
        <div class="lp-table-wrap" tabIndex={0} role="region" aria-labelledby="record-caption">
          <table class="govuk-table lp-record__table" data-record-table="">
            <caption class="govuk-table__caption govuk-table__caption--s" id="record-caption">
              {w('record.criteriaCaption', { guidance: guidanceName(rec.guidance) })}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {w('record.col.criterion')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {w('record.col.says')}
                </th>
                {rec.candidates.map((c) => (
                  <th scope="col" class="govuk-table__header" key={c} data-candidate-column={c}>
                    {role(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {rec.rows.map((row) => (
                <tr class="govuk-table__row" key={row.criterion} data-criterion={row.criterion} data-yes={row.yes.join(' ')}>
                  <th scope="row" class="govuk-table__header">
                    {copy(row.criterion).checkLabel} <Badge rule={row.rule} />
                  </th>
                  <td class="govuk-table__cell govuk-body-s">
                    {said(row.says) ? textFor(said(row.says)!, rec.guidance) : ''} <Cites sources={sources} cites={said(row.says)?.cites[rec.guidance] ?? []} />
                  </td>
                  {rec.candidates.map((c) => (
                    <td class="govuk-table__cell" key={c} data-cell={c}>
                      {row.yes.includes(c) ? <strong>{w('record.yes')}</strong> : w('record.no')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Later>

      <Later part={3}>
        <h2 class="govuk-heading-l">{w('record.points')}</h2>
        {rec.points.map((p) => (
          <Fragment key={p.id}>
            <h3 class="govuk-heading-s" data-point={p.id}>
              {w(`point.${p.id}`)}
            </h3>
            <ul class="govuk-list lp-outcome__rules">
              {p.rules.map((r) => (
                <RuleLine key={r.id} rule={r} label={r.guidance !== rec.guidance ? w('record.fromOther', { guidance: guidanceName(r.guidance) }) : undefined} />
              ))}
            </ul>
          </Fragment>
        ))}
        <p class="govuk-body">
          <Linked
            text={w('record.cannotAgree')}
            parts={{
              link: (
                <a class="govuk-link" href={`/tools/resolve-disagreement/?guidance=${rec.guidance}&about=who-leads`}>
                  {w('record.cannotAgreeLink')}
                </a>
              ),
            }}
          />
        </p>
      </Later>

      <Later part={4}>
        <h2 class="govuk-heading-l">{w('record.decision')}</h2>
        <p class="govuk-body">{w('record.decisionIntro')}</p>
        <dl class="lp-record__fields">
          {rec.fields.map((f) => (
            <div class="lp-record__field" key={f} data-field={f}>
              <dt class="govuk-body govuk-!-font-weight-bold">{w(`field.${f}`)}</dt>
              <dd class="lp-record__blank">
                <span class="govuk-visually-hidden">{w('record.blank')}</span>
              </dd>
            </div>
          ))}
        </dl>

        <OutcomeActions flow={flow} copy={copy} wording={wording} answers={answers} site={props.site} onChangeAnswers={props.onChangeAnswers} onRestart={props.onRestart} />
      </Later>

    </div>
  );
}
