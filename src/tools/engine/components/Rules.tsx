/**
 * Small pieces every outcome view shows: the GOV.UK warning text, a rule's strength badge (or "Our inference" where
 * an inference has no strength of its own), the rules an inference was derived from, one rule as a list item with its citations, and the line naming the
 * guidance followed and its source document. The words come from the wording passed in and the register's sentences.
 */
import type { ComponentChildren } from 'preact';
import type { Strength } from '../../../content/strength.ts';
import type { Citation } from '../register.ts';
import { t, type GuidanceWords, type SourceSummary, type Wording } from '../wording.ts';
import { GUIDANCE_SOURCE, type GuidanceId } from '../../guidance.ts';
import { Cites } from './Cites.tsx';
import { Linked } from './Linked.tsx';

/** A rule as an outcome shows it: its strength (null for an inference without one), citations, and whether it is ours. */
export interface RuleView {
  id: string;
  strength: Strength | null;
  cites: readonly Citation[];
  inference: boolean;
}

export function WarningText({ wording, children }: { wording: Wording; children: ComponentChildren }) {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{t(wording, 'warning.prefix')} </span>
        {children}
      </strong>
    </div>
  );
}

/** "Worked out from": the rules an inference was derived from, folded under a details summary. */
export function DerivedFrom({ ids, text, wording }: { ids: readonly string[]; text: (id: string) => string; wording: Wording }) {
  if (ids.length === 0) return null;
  return (
    <details class="govuk-details lp-outcome__derived">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{t(wording, 'outcome.inferenceFrom')}</span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list govuk-list--bullet" data-derived-from={ids.join(' ')}>
          {ids.map((id) => (
            <li key={id}>{text(id)}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export function StrengthBadge({ strength, wording }: { strength: Strength | null; wording: Wording }) {
  return strength ? (
    <strong class={`lp-strength lp-strength--${strength}`}>{t(wording, `strength.${strength}`)}</strong>
  ) : (
    <strong class="lp-strength lp-strength--inference">{t(wording, 'rules.inference')}</strong>
  );
}

/** One rule in a list: an optional label, its badge, its sentence, its citations, and "Our inference" where it is ours. */
export function RuleItem(props: { rule: RuleView; text: string | undefined; sources: readonly SourceSummary[]; wording: Wording; label?: string }) {
  const { rule, wording } = props;
  return (
    <li data-rule={rule.id}>
      {props.label && <strong>{props.label} </strong>}
      <StrengthBadge strength={rule.strength} wording={wording} /> {props.text} <Cites sources={props.sources} cites={[...rule.cites]} />
      {rule.inference && rule.strength && <strong class="lp-outcome__our-inference"> {t(wording, 'rules.inference')}</strong>}
    </li>
  );
}

/** "Guidance followed: England (national guidance, 2007), from <source title> (2007)." in the wording's own words. */
export function GuidanceFollowed(props: { guidance: GuidanceId; textKey: string; wording: Wording; guidances: readonly GuidanceWords[]; sources: readonly SourceSummary[] }) {
  const source = props.sources.find((s) => s.id === GUIDANCE_SOURCE[props.guidance]);
  if (!source) return null;
  return (
    <p class="govuk-body lp-meta">
      <Linked
        text={t(props.wording, props.textKey)}
        parts={{
          guidance: props.guidances.find((g) => g.id === props.guidance)?.short ?? props.guidance,
          source: (
            <a class="govuk-link" href={`/sources/${source.id}/`}>
              {source.title}
            </a>
          ),
          when: source.when,
        }}
      />
    </p>
  );
}
