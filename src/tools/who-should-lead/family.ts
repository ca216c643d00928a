/**
 * The family version of an answer: plain paragraphs a practitioner can read with, or print for, the child and family.
 * Who their main contact will be (the paragraph for the outcome, or else for the lead), what happens next (the
 * paragraph for the first next step), and, where the answer is our inference, a note that says so. The words and
 * their citations are the `family` entries of wording/outcomes.yaml; this picks them. Pure, and light enough for
 * the browser (no schema library).
 */
import type { Citation } from '../engine/register.ts';
import type { Guidance } from './contract.ts';
import type { Recommendation } from './rules.ts';
import type { FamilyEntry, OutcomeWording } from './wording/outcome-schema.ts';
import { forGuidance } from './wording/per-guidance.ts';

export interface FamilyParagraph {
  /** The outcomes.yaml id of the paragraph ("family:social-worker"). */
  id: string;
  text: string;
  cites: Citation[];
}

type Answer = Pick<Recommendation, 'guidance' | 'outcome' | 'lead' | 'inference' | 'nextSteps'>;

/** The paragraphs of the family version of an answer, in order (at least one). */
export function familyVersion(rec: Answer, words: OutcomeWording): FamilyParagraph[] {
  const g: Guidance = rec.guidance;
  const entries = Object.values(words).filter((e): e is FamilyEntry => e.kind === 'family' && forGuidance(e.text, g) !== '');
  const steps = rec.nextSteps.map((n) => n.id);
  const main = entries.find((e) => e.outcomes?.includes(rec.outcome)) ?? entries.find((e) => e.leads?.includes(rec.lead));
  const next = entries.find((e) => e.steps?.some((s) => steps[0] === s));
  const ours = rec.inference ? entries.find((e) => e.inference) : undefined;
  return [main, next, ours]
    .filter((e): e is FamilyEntry => e !== undefined)
    .map((e) => ({ id: e.id, text: forGuidance(e.text, g), cites: [...(e.cites[g] ?? [])] }));
}
