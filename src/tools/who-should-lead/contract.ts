/**
 * The URL contract of "Who should be the lead professional?": every parameter a link can carry, with its values.
 * The names and values are exactly the query-string names and values, documented at /tools/who-should-lead/share/
 * (generated from this object). Booleans are `yes`/`no` in a link; integers are digits. Every fact is optional:
 * a missing one is a question not yet answered, or not asked because it cannot change the answer.
 */
import { bool, int, oneOf, type FactsOf } from '../engine/contract.ts';
import type { GuidanceId } from '../guidance.ts';

/** The guidance this tool follows (the SAFeh role description says nothing on who leads for a status). */
export const GUIDANCE = ['england', 'salford', 'scotland'] as const satisfies readonly GuidanceId[];
export type Guidance = (typeof GUIDANCE)[number];

export const CONTRACT = {
  /** Which guidance the answer follows. */
  guidance: oneOf(GUIDANCE),
  /** Age in whole years. */
  age: int(0, 25),
  /** The child has needs that universal services cannot meet on their own. */
  'additional-needs': bool,
  /** Number of practitioners or services supporting the child or family. */
  practitioners: int(0, 99),
  /** Subject of a child protection plan. */
  'child-protection': bool,
  /** Looked after by the local authority. */
  'looked-after': bool,
  /** Only when looked after: where the child lives. */
  placement: oneOf(['foster', 'residential', 'adoptive', 'other']),
  'care-leaver': oneOf(['no', 'eligible', 'relevant']),
  /** Adoption is the plan for the child. */
  'adoption-plan': bool,
  'child-in-need': oneOf(['no', 'assessment', 'open', 'assessed', 'stepping-down']),
  /**
   * England and Salford: a child protection plan (in Salford, or a Young Person's Plan) has ended, or the child has
   * stopped being looked after (step-down). A value that contradicts a status still given is dropped.
   */
  'stepped-down-from': oneOf(['no', 'child-protection', 'looked-after']),
  /** Salford only; ages 15 to 17. */
  'young-persons-plan': bool,
  'youth-justice': oneOf(['no', 'prevention', 'community', 'custody']),
  /** `cpa-and-social-care`: the care programme approach and a case open to children's social care together. */
  'mental-health': oneOf(['no', 'cpa', 'cpa-and-social-care', 'camhs-only', 'camhs-and-social-care', 'other']),
  disability: oneOf(['no', 'key-worker', 'no-key-worker']),
  /** Salford: a number of health professionals are involved (health partners then name a lead health professional). */
  'several-health-professionals': bool,
  sen: oneOf(['no', 'support', 'ehcp']),
  /** School year, 0 for Reception, to 13. */
  'year-group': int(0, 13),
  /** The needs call for a range of professionals outside school or a high degree of family support. */
  'needs-beyond-school': bool,
  'post-16': oneOf(['no', 'further-education', 'e2e']),
  /** The case crosses local authority borders (Salford). */
  'cross-border': bool,
  /** Early help assessment (CAF): not started, completed, or reviewed. */
  assessment: oneOf(['no', 'completed', 'reviewed']),
  /** Scotland: number of agencies involved in meeting the child's needs. */
  agencies: int(0, 99),
  /** Scotland: subject to compulsory measures (Children's Hearings System). */
  'compulsory-measures': bool,
  /** Scotland: needs a co-ordinated support plan. */
  'co-ordinated-support-plan': bool,
  /** Scotland: subject of an anti-social behaviour order. */
  asbo: bool,
  /** Scotland: complex health or additional support needs met mainly by universal services. */
  'complex-health': bool,
  /**
   * Scotland: a third-sector practitioner is considered as lead, and their service level agreement provides for the
   * role (`yes`) or does not (`no-agreement`); `no`: no third-sector practitioner is considered (older links used `no`
   * for both "no" answers, and are read the cautious way).
   */
  'third-sector-sla': oneOf(['yes', 'no-agreement', 'no']),
} as const;

/** Everything a user can answer. `guidance` decides which of the other facts apply. */
export type Facts = FactsOf<typeof CONTRACT>;
export type FactKey = keyof typeof CONTRACT;

/** Which answers each guidance reads at all (so the flow never asks the rest). */
export const FACTS_READ: Record<Guidance, readonly FactKey[]> = {
  england: [
    'additional-needs', 'practitioners', 'child-in-need', 'stepped-down-from', 'child-protection', 'looked-after', 'placement', 'care-leaver',
    'adoption-plan', 'youth-justice', 'mental-health', 'disability', 'sen', 'year-group', 'needs-beyond-school', 'post-16', 'assessment',
  ],
  salford: [
    'additional-needs', 'practitioners', 'child-in-need', 'stepped-down-from', 'child-protection', 'young-persons-plan', 'age', 'looked-after',
    'placement', 'care-leaver', 'adoption-plan', 'youth-justice', 'mental-health', 'disability', 'several-health-professionals', 'sen',
    'year-group', 'needs-beyond-school', 'assessment', 'cross-border',
  ],
  scotland: [
    'agencies', 'looked-after', 'compulsory-measures', 'child-protection', 'co-ordinated-support-plan', 'asbo', 'complex-health',
    'third-sector-sla',
  ],
};
