/**
 * The outcome of "We can't agree: what happens next?": any safety concern first, then the next step (who takes it,
 * any time limit, how firm it is, what it rests on, and our inference where the sources are silent), the whole route
 * as a numbered list with the current step marked, what is worth knowing, a note in plain words for the family, the
 * answers and print. Everything it says comes from the Resolution (rules.ts), the register's sentences and the
 * wording; it decides nothing itself.
 */
import type { Register } from '../engine/register.ts';
import { textFor } from '../engine/statement.ts';
import type { OutcomeViewProps } from '../engine/ToolIsland.tsx';
import { OutcomeActions } from '../engine/components/OutcomeActions.tsx';
import { LocalContacts } from '../engine/components/SiteParts.tsx';
import { LOCAL_CONTACTS } from './local-contacts.ts';
import { Cites } from '../engine/components/Cites.tsx';
import { DerivedFrom, GuidanceFollowed, RuleItem, StrengthBadge, WarningText } from '../engine/components/Rules.tsx';
import { Linked } from '../engine/components/Linked.tsx';
import { Later } from '../engine/components/Later.tsx';
import { t } from '../engine/wording.ts';
import type { Facts } from './contract.ts';
import { CONTACTS, resolve, type RouteStep, type RuleRef, type StepId } from './rules.ts';
import type { RouteWording, StepWords } from './wording/route-schema.ts';

/** What the page passes in beside the engine's props. */
export interface ResolveOutcomeProps {
  register: Register;
  words: RouteWording;
}

export function Outcome(props: OutcomeViewProps & ResolveOutcomeProps) {
  const { flow, answers, wording, sources, guidances, register, words, copy } = props;
  const res = resolve(flow.toFacts(answers) as Facts, register);
  const w = (key: string, vars = {}) => t(wording, key, vars);
  const stepWords = (s: RouteStep): StepWords =>
    s.step === 'child-protection-procedures' ? words.safety[res.guidance] : words.steps[res.route][s.step as StepId]!;
  const now = res.steps.find((s) => s.status === 'current')!;
  const resume = res.steps.find((s) => s.status === 'after-safety');
  const ruleText = (id: string) => (register.rules[id] ? textFor(register.rules[id]!, res.guidance) : id);
  const kind = register.sections.kinds?.[res.about];

  const Badge = ({ rule }: { rule: RuleRef }) => <StrengthBadge strength={rule.strength} wording={wording} />;
  const RuleLine = ({ rule }: { rule: RuleRef }) => <RuleItem rule={rule} text={register.rules[rule.id] ? textFor(register.rules[rule.id]!, res.guidance) : undefined} sources={sources} wording={wording} />;
  const contactsFor = (s: RouteStep) =>
    CONTACTS.filter((c) => c.guidance === res.guidance && c.step === s.step).map((c) => register.sections.contacts?.[c.id]).filter((c) => c !== undefined);

  /** Our inference, where a step is ours: said plainly, with what we worked it out from. */
  const inferenceNote = (s: RouteStep) => {
    if (!s.inference) return s.strength === 'local-agreement' ? <p class="govuk-inset-text">{w('outcome.local')}</p> : null;
    const ours = s.ours ?? (s.rule.inference ? s.rule : null);
    const derivedFrom = register.rules[ours?.id ?? '']?.inference?.derivedFrom ?? [];
    return (
      <div class="lp-outcome__inference" data-inference="">
        <WarningText wording={wording}>{w('outcome.inference')}</WarningText>
        {ours && (
          <p class="govuk-body" data-ours={ours.id}>
            {ruleText(ours.id)} <Cites sources={sources} cites={ours.cites} />
          </p>
        )}
        <DerivedFrom ids={derivedFrom} text={ruleText} wording={wording} />
        <p class="govuk-body">{w('outcome.inferenceCheck')}</p>
      </div>
    );
  };

  /** A step in full: what to do, who, any time limit, how firm, and our inference where it is ours. */
  const stepDetail = (s: RouteStep, heading: 'h1' | 'h2') => {
    const sw = stepWords(s);
    return (
      <div class="lp-outcome__step" data-step-detail={s.step}>
        {heading === 'h1' ? (
          <h1 class="govuk-heading-xl lp-outcome__lead" tabIndex={-1} data-step-heading="">
            {sw.title}
          </h1>
        ) : (
          <h2 class="govuk-heading-l">{w('outcome.afterSafety', { step: sw.title })}</h2>
        )}
        <p class={heading === 'h1' ? 'govuk-body-l' : 'govuk-body'}>{sw.do}</p>
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{w('outcome.who')}</dt>
            <dd class="govuk-summary-list__value">{sw.who}</dd>
          </div>
          <div class="govuk-summary-list__row" data-deadline-row={s.deadline}>
            <dt class="govuk-summary-list__key">{w('outcome.deadline')}</dt>
            <dd class="govuk-summary-list__value">{w(`deadline.${s.deadline}`)}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{w('outcome.strength')}</dt>
            <dd class="govuk-summary-list__value">
              <Badge rule={s.rule} /> {w(`strength.${s.strength}.meaning`)}
            </dd>
          </div>
          {contactsFor(s).map((c) => (
            <div class="govuk-summary-list__row" key={c.id} data-contact={c.id}>
              <dt class="govuk-summary-list__key">{w('outcome.contact')}</dt>
              <dd class="govuk-summary-list__value">
                {textFor(c, res.guidance)} <Cites sources={sources} cites={c.cites[res.guidance] ?? []} />
              </dd>
            </div>
          ))}
        </dl>
        {inferenceNote(s)}
      </div>
    );
  };
  /** The rules the step to take now (and the one after the safety step) rest on. */
  const resting = res.steps.filter((s) => s.status === 'current' || s.status === 'after-safety').flatMap((s) => [s.rule, ...s.also]);

  return (
    <div
      class="lp-outcome"
      data-next={res.next}
      data-deadline={res.deadline}
      data-strength={res.strength}
      data-inference={String(res.inference)}
      data-guidance={res.guidance}
      data-about={res.about}
    >
      <span class="govuk-caption-l">{props.caption}</span>
      {res.safetyConcern && (
        <div class="lp-outcome__safety" data-safety-first="">
          <WarningText wording={wording}>{w('outcome.safetyFirst')}</WarningText>
        </div>
      )}
      {stepDetail(now, 'h1')}
      <GuidanceFollowed guidance={res.guidance} textKey="outcome.guidanceFollowed" wording={wording} guidances={guidances} sources={sources} />
      <Later part={1}>
        {resume && stepDetail(resume, 'h2')}
        <LocalContacts rows={LOCAL_CONTACTS} outcome={res} site={props.site} wording={wording} />
      </Later>

      <Later part={2}>
        <h2 class="govuk-heading-l">{w('outcome.route')}</h2>
        <p class="govuk-body">{w('outcome.routeIntro')}</p>
        {res.triedNotOnRoute && (
          <p class="govuk-inset-text" data-tried-not-on-route="">
            {w('outcome.triedNotOnRoute')}
          </p>
        )}
        <ol class="govuk-list govuk-list--number lp-route" data-route={res.route}>
          {res.steps.map((s) => {
            const sw = stepWords(s);
            const marked = s.status === 'current' || s.status === 'after-safety';
            return (
              <li key={s.step} class={`lp-route__step lp-route__step--${s.status}`} data-route-step={s.step} data-status={s.status} aria-current={s.status === 'current' ? 'step' : undefined}>
                <strong class="lp-route__title">{sw.title}</strong>{' '}
                <strong class={`govuk-tag${marked ? '' : ' govuk-tag--grey'} lp-route__status`}>{w(`outcome.status.${s.status}`)}</strong>
                <p class="govuk-body-s lp-route__meta">
                  {w('outcome.stepWho', { who: sw.who })} {s.deadline !== 'none' && w('outcome.stepDeadline', { deadline: w(`deadline.${s.deadline}`) })}
                </p>
                <p class="govuk-body-s lp-route__meta">
                  <Badge rule={s.rule} />
                  {s.inference && <strong class="lp-outcome__our-inference"> {w('outcome.ourInference')}</strong>} <Cites sources={sources} cites={[...s.rule.cites, ...(s.ours?.cites ?? [])]} />
                </p>
              </li>
            );
          })}
        </ol>
      </Later>

      <Later part={3}>
        <h2 class="govuk-heading-l">{w('outcome.restsOn')}</h2>
        <ul class="govuk-list lp-outcome__rules" data-rests-on={resting.map((r) => r.id).join(' ')}>
          {resting.map((r) => (
            <RuleLine key={r.id} rule={r} />
          ))}
        </ul>

        {(res.context.length > 0 || kind) && (
          <>
            <h2 class="govuk-heading-l">{w('outcome.worthKnowing')}</h2>
            <ul class="govuk-list lp-outcome__rules">
              {kind && (
                <li data-kind={res.about}>
                  <strong>{w('outcome.kind')}:</strong> {kind.text} <Cites sources={sources} cites={Object.values(kind.cites).flat()} />
                </li>
              )}
              {res.context.map((r) => (
                <RuleLine key={r.id} rule={r} />
              ))}
            </ul>
          </>
        )}
        <p class="govuk-body">
          <Linked
            text={w('outcome.seeAlso')}
            parts={{
              disagreements: (
                <a class="govuk-link" href="/guidance/disagreements-and-escalation/">
                  {w('outcome.seeAlso.disagreements')}
                </a>
              ),
              choosing: (
                <a class="govuk-link" href="/guidance/choosing-the-lead-professional/">
                  {w('outcome.seeAlso.choosing')}
                </a>
              ),
            }}
          />
        </p>
      </Later>

      <Later part={4}>
        <h2 class="govuk-heading-l">{w('outcome.family')}</h2>
        <div class="govuk-inset-text lp-outcome__family" data-family-note={res.familyNote.join(' ')}>
          <p class="govuk-body">{w('outcome.familyIntro')}</p>
          <p class="govuk-body lp-family-note">{res.familyNote.map((key) => words.family[key]).join(' ')}</p>
          <p class="govuk-body govuk-!-margin-bottom-0">
            <Linked
              text={w('outcome.familyMore')}
              parts={{
                link: (
                  <a class="govuk-link" href="/families/if-you-are-not-happy/">
                    {w('outcome.familyMoreLink')}
                  </a>
                ),
              }}
            />
          </p>
        </div>

        <OutcomeActions flow={flow} copy={copy} wording={wording} answers={answers} site={props.site} onChangeAnswers={props.onChangeAnswers} onRestart={props.onRestart} />
      </Later>

    </div>
  );
}
