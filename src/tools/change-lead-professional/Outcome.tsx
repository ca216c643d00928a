/**
 * The outcome of "Does the lead professional need to change?": whether the lead changes and how firmly, why (with
 * citations, and where the sources are silent, our inference and what it rests on), who leads next and who
 * chooses, who covers meanwhile, the handover, who must be told, what would change the answer, the plain-words
 * version for the family, and the printable handover checklist. Everything it says comes from the ChangeOutcome
 * (rules.ts), the register's sentences and the wording; it decides nothing itself.
 */
import type { Strength } from '../../content/strength.ts';
import type { Register } from '../engine/register.ts';
import type { OutcomeViewProps } from '../engine/ToolIsland.tsx';
import { OutcomeActions, printedOnLine } from '../engine/components/OutcomeActions.tsx';
import { Cites } from '../engine/components/Cites.tsx';
import { Linked } from '../engine/components/Linked.tsx';
import { Later } from '../engine/components/Later.tsx';
import { LocalContacts } from '../engine/components/SiteParts.tsx';
import { t } from '../engine/wording.ts';
import { GUIDANCE_SOURCE } from '../guidance.ts';
import type { Facts, Guidance } from './contract.ts';
import { CHECKLIST_GROUPS, decide, familyKeys, type ChecklistLine, type RuleRef } from './rules.ts';
import type { FamilyWording } from './wording/family-schema.ts';
import { LOCAL_CONTACTS } from './local-contacts.ts';

/** What the page passes in beside the engine's props. */
export interface ChangeOutcomeProps {
  register: Register;
  family: FamilyWording;
}

/** Prints only the handover checklist: the page's print styles show nothing else while the class is set. */
function printChecklist() {
  const root = document.documentElement;
  root.classList.add('lp-print-checklist');
  window.addEventListener('afterprint', () => root.classList.remove('lp-print-checklist'), { once: true });
  window.print();
}

export function Outcome(props: OutcomeViewProps & ChangeOutcomeProps) {
  const { flow, answers, wording, sources, guidances, register, family, copy } = props;
  const facts = flow.toFacts(answers) as Facts;
  const o = decide(facts, register);
  const w = (key: string, vars = {}) => t(wording, key, vars);
  const guidance = guidances.find((x) => x.id === o.guidance);
  const source = sources.find((s) => s.id === GUIDANCE_SOURCE[o.guidance as Guidance]);
  const reasonLabel = (r: string) => copy('reason').options?.find((x) => x.value === r)?.label ?? r;
  const details = (['status-ended', 'referral-accepted'] as const)
    .filter((q) => flow.isAsked(q, answers) && answers[q] !== undefined)
    .map((q) => copy(q).options?.find((x) => x.value === answers[q])?.short ?? '')
    .map((d) => d.charAt(0).toLowerCase() + d.slice(1));
  const situation = `${reasonLabel(o.reason)}${details.length ? ` (${details.join(', ')})` : ''}`;
  const query = flow.writeLink(answers);
  const ruleText = (id: string) => register.rules[id]?.text ?? id;
  const Badge = ({ of }: { of: Strength }) => <strong class={`lp-strength lp-strength--${of}`}>{w(`strength.${of}`)}</strong>;
  const familyText = familyKeys(facts, o).map((candidates) => candidates.map((k) => family[k]).find((x) => x !== undefined) ?? '');
  /** Each rule is shown once: the deciding rule heads the page, so the parts below leave it out. */
  const besides = (list: readonly RuleRef[]) => list.filter((r) => r.id !== o.decidedBy.id);
  const cover = besides(o.cover);

  /** One rule on its own line: strength, sentence, citations, and "our inference" where it is ours. */
  const Ours = () => <strong class="lp-strength lp-strength--inference">{w('outcome.inferenceBadge')}</strong>;
  /** One rule on its own line: how firm (or "our inference"), the sentence, its citations. */
  const Rule = ({ r, label }: { r: RuleRef; label?: string }) => (
    <li data-rule={r.id} data-strength={r.strength} data-inference={String(r.inference)}>
      {r.inference ? <Ours /> : <Badge of={r.strength} />} {label && <strong>{label}: </strong>}
      {ruleText(r.id)} <Cites sources={sources} cites={r.cites} />
    </li>
  );
  const Rules = ({ list }: { list: readonly RuleRef[] }) =>
    list.length > 0 ? (
      <ul class="govuk-list lp-outcome__rules">
        {list.map((r) => (
          <Rule key={r.id} r={r} />
        ))}
      </ul>
    ) : null;
  const sourceOf = (id: string) => sources.find((s) => s.id === id);
  const Example = ({ id, cites }: { id: string; cites: readonly { source: string; at: string }[] }) => {
    const s = sourceOf(cites[0]?.source ?? '');
    return (
      <div class="govuk-inset-text" data-example={id}>
        <p class="govuk-body govuk-!-font-weight-bold">{w('outcome.example', { source: s?.shortTitle ?? '', when: s?.when ?? '' })}</p>
        <p class="govuk-body govuk-!-margin-bottom-0">
          {register.sections.examples?.[id]?.text} <Cites sources={sources} cites={cites} />
        </p>
      </div>
    );
  };
  /** A link back to "Check your answers" (Change your answers), which works without the click handler too. */
  const ChangeLink = ({ text, class: extra = '' }: { text: string; class?: string }) => (
    <a
      class={`govuk-link ${extra}`.trim()}
      href={`?${query}`}
      onClick={(e) => {
        e.preventDefault();
        props.onChangeAnswers();
      }}
    >
      {text}
    </a>
  );
  const lucas = o.examples.find((e) => e.id === 'lucas');
  const groups = CHECKLIST_GROUPS.map((g) => [g, o.checklist.filter((c) => c.group === g)] as const).filter(([, lines]) => lines.length > 0);
  const printedOn = printedOnLine({ wording, site: props.site, query });

  return (
    <div
      class="lp-outcome"
      data-change={o.change}
      data-new-lead={o.newLead}
      data-handover={o.handover}
      data-notify={o.notify.join(' ')}
      data-strength={o.strength}
      data-inference={String(o.inference)}
      data-guidance={o.guidance}
      data-reason={o.reason}
    >
      <span class="govuk-caption-l">{props.caption}</span>
      <h1 class="govuk-heading-xl" tabIndex={-1} data-step-heading="">
        {w(`change.${o.change}`)}
      </h1>
      <p class="govuk-body lp-outcome__strength">
        {o.silent ? (
          <>
            <Ours /> <span>{w('outcome.inferenceStrength', { strength: w(`strength.${o.strength}`).toLowerCase() })}</span>
          </>
        ) : (
          <>
            <Badge of={o.strength} /> <span>{w(`strength.${o.strength}.meaning`)}</span>
          </>
        )}
      </p>
      <p class="govuk-body">{w('outcome.situation', { situation })}</p>
      <p class="lp-lead" data-decided-by={o.decidedBy.id}>
        {ruleText(o.decidedBy.id)} <Cites sources={sources} cites={o.decidedBy.cites} />
      </p>
      {source && guidance && (
        <p class="govuk-body lp-meta">
          <Linked
            text={w('outcome.guidanceFollowed')}
            parts={{
              guidance: guidance.short,
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

      {o.inference && (
        <div class="lp-outcome__inference" data-inference-note="">
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">{w('warning.prefix')} </span>
              {o.silent ? w('outcome.silent', { guidance: guidance?.phrase ?? o.guidance }) : w('outcome.partInference')}
            </strong>
          </div>
          <p class="govuk-body">{w('outcome.inferenceFrom')}</p>
          <ul class="govuk-list govuk-list--bullet" data-derived-from={o.derivedFrom.join(' ')}>
            {o.derivedFrom.map((id) => (
              <li key={id}>{ruleText(id)}</li>
            ))}
          </ul>
          <p class="govuk-body">{w('outcome.inferenceCheck')}</p>
        </div>
      )}

      <h2 class="govuk-heading-l">{w('outcome.next')}</h2>
      {o.newLead === 'unchanged' || o.newLead === 'none' ? (
        <p class="govuk-body" data-next={o.newLead}>
          {w(`next.${o.newLead}`)}
        </p>
      ) : (
        <>
          <p class="govuk-body-l" data-next={o.newLead}>
            <strong>{w(`lead.${o.newLead}`)}</strong>
          </p>
          {o.chooser !== 'none' && <p class="govuk-body" data-chooser={o.chooser}>{w('outcome.chooses', { chooser: w(`chooser.${o.chooser}`) })}</p>}
        </>
      )}
      <Later part={1}>
        <Rules list={besides(o.nextRules)} />
        <LocalContacts rows={LOCAL_CONTACTS} outcome={o} site={props.site} wording={wording} />

        {cover.length > 0 && (
          <>
            <h2 class="govuk-heading-l">{w('outcome.meanwhile')}</h2>
            <Rules list={cover} />
          </>
        )}
      </Later>

      <Later part={2}>
        <h2 class="govuk-heading-l">{w('outcome.handover')}</h2>
        <p class="govuk-body">{w(o.handover === 'none' ? `handover.none.${o.change === 'role-ends' ? 'role-ends' : 'stays'}` : `handover.${o.handover}`)}</p>
        <Rules list={besides(o.handoverRules)} />
        {lucas && <Example id={lucas.id} cites={lucas.cites} />}
        {(o.handover !== 'none' || o.change === 'role-ends') && (
          <p class="govuk-body lp-no-print">
            <Linked
              text={w('outcome.checklistPointer')}
              parts={{
                link: (
                  <a class="govuk-link" href="#handover-checklist">
                    {w('outcome.checklistPointer.link')}
                  </a>
                ),
              }}
            />
          </p>
        )}
      </Later>

      <Later part={3}>
        <h2 class="govuk-heading-l">{w('outcome.notify')}</h2>
        {o.notify.length === 0 && <p class="govuk-body">{w('notify.nobody')}</p>}
        {o.notify.length > 0 && o.notify.every((b) => b === 'family') && <p class="govuk-body">{w('notify.onlyFamily', { guidance: guidance?.phrase ?? o.guidance })}</p>}
        <ul class="govuk-list lp-outcome__rules" data-notify-list="">
          {o.notifyRules.map((n) => (
            <Rule key={`${n.body}-${n.rule.id}`} r={n.rule} label={o.notify.includes(n.body) ? w(`body.${n.body}`) : undefined} />
          ))}
        </ul>

        {o.also.length > 0 && (
          <>
            <h2 class="govuk-heading-l">{w('outcome.also')}</h2>
            <Rules list={o.also} />
          </>
        )}

        {(o.conditions.length > 0 || o.seeAlso.length > 0) && (
          <>
            <h2 class="govuk-heading-l">{w('outcome.conditions')}</h2>
            {o.conditions.length > 0 && (
              <>
                <p class="govuk-body">{w('outcome.conditionsIntro')}</p>
                <Rules list={o.conditions} />
              </>
            )}
            {o.seeAlso.map((r) => (
              <p class="govuk-body" key={r} data-see-also={r}>
                <Linked
                  text={w('outcome.seeAlso', { reason: reasonLabel(r) })}
                  parts={{ link: <ChangeLink text={w('outcome.seeAlso.link')} /> }}
                />
              </p>
            ))}
          </>
        )}

        {o.examples.filter((e) => e !== lucas).map((e) => (
          <Example key={e.id} id={e.id} cites={e.cites} />
        ))}

        {o.pointers.length > 0 && (
          <>
            <h2 class="govuk-heading-l">{w('outcome.pointers')}</h2>
            <ul class="govuk-list govuk-list--bullet">
              {o.pointers.map((p) => (
                <li key={p.id} data-pointer={p.id}>
                  {register.sections.pointers?.[p.id]?.text} <Cites sources={sources} cites={p.cites} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Later>

      <Later part={4}>
        <section class="lp-family-note" aria-labelledby="for-the-family">
          <h2 class="govuk-heading-l" id="for-the-family">
            {w('outcome.family')}
          </h2>
          <p class="govuk-body-s">{w('outcome.familyIntro')}</p>
          <div class="lp-family-note__text" data-family-note="">
            {familyText.map((text, i) => (
              <p class="govuk-body-l" key={i}>
                {text}
              </p>
            ))}
          </div>
        </section>

        <section class="lp-checklist" id="handover-checklist" aria-labelledby="handover-checklist-title">
          <h2 class="govuk-heading-l" id="handover-checklist-title">
            {w('outcome.checklist')}
          </h2>
          <p class="govuk-body">{w('checklist.for', { situation, guidance: guidance?.short ?? o.guidance })}</p>
          {groups.map(([group, lines]) => (
            <div key={group} data-checklist-group={group}>
              <h3 class="govuk-heading-s">{w(`checklist.group.${group}`)}</h3>
              <ul class="govuk-list lp-checklist__list">
                {lines.map((c: ChecklistLine) => (
                  <li key={c.id} data-checklist-item={c.id} data-ours={String(c.ours)}>
                    {register.sections.checklist?.[c.id]?.text} <Cites sources={sources} cites={c.cites} />
                    {c.ours && <span class="lp-checklist__ours"> {w('checklist.ours')}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p class="govuk-body lp-print-only lp-checklist__notes">{w('checklist.notes')}</p>
          <p class="govuk-body-s lp-print-only">{printedOn}</p>
          <button type="button" class="govuk-button govuk-button--secondary lp-no-print" data-module="govuk-button" onClick={printChecklist}>
            {w('checklist.print')}
          </button>
        </section>

        <OutcomeActions flow={flow} copy={copy} wording={wording} answers={answers} site={props.site} onChangeAnswers={props.onChangeAnswers} onRestart={props.onRestart} />
      </Later>

    </div>
  );
}
