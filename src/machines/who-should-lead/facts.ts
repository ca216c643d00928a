/**
 * The answers a user can give to "Who should be the lead professional?": the public URL contract.
 * Parameter names and values here are exactly the query-string names and values
 * (documented on /tools/who-should-lead/share/). Booleans are `yes`/`no` in the URL and
 * `true`/`false` here; integers are digits. Every field is optional: a missing field is a
 * question not yet answered (or not asked, because it cannot change the outcome).
 *
 * This module is plain data: no XState, Preact or Astro imports.
 */

/** Which guidance the answer follows. */
export const GUIDANCE = ['england', 'salford', 'scotland'] as const;
export type Guidance = (typeof GUIDANCE)[number];

export const PLACEMENTS = ['foster', 'residential', 'adoptive', 'other'] as const;
export const CARE_LEAVER = ['no', 'eligible', 'relevant'] as const;
export const CHILD_IN_NEED = ['no', 'assessment', 'open', 'assessed', 'stepping-down'] as const;
export const YOUTH_JUSTICE = ['no', 'prevention', 'community', 'custody'] as const;
export const MENTAL_HEALTH = ['no', 'cpa', 'camhs-only', 'camhs-and-social-care', 'other'] as const;
export const DISABILITY = ['no', 'key-worker', 'no-key-worker'] as const;
export const SEN = ['no', 'support', 'ehcp'] as const;
export const POST_16 = ['no', 'further-education', 'e2e'] as const;
export const ASSESSMENT = ['no', 'completed', 'reviewed'] as const;

/** Answers that apply under England (national) and Salford guidance. */
export interface EnglandFacts {
  /** Number of practitioners or services supporting the child or family. */
  practitioners?: number;
  /** The child has additional needs (beyond what universal services meet alone). */
  'additional-needs'?: boolean;
  /** The child is the subject of a child protection plan. */
  'child-protection'?: boolean;
  /** The child is looked after by the local authority. */
  'looked-after'?: boolean;
  /** Only when looked after. */
  placement?: (typeof PLACEMENTS)[number];
  'care-leaver'?: (typeof CARE_LEAVER)[number];
  /** Adoption is the plan for the child. */
  'adoption-plan'?: boolean;
  'child-in-need'?: (typeof CHILD_IN_NEED)[number];
  /** Salford only; ages 15 to 17. */
  'young-persons-plan'?: boolean;
  'youth-justice'?: (typeof YOUTH_JUSTICE)[number];
  'mental-health'?: (typeof MENTAL_HEALTH)[number];
  disability?: (typeof DISABILITY)[number];
  sen?: (typeof SEN)[number];
  /** School year, 0 for Reception to 13. */
  'year-group'?: number;
  /** The needs call for a range of professionals outside school or a high degree of family support. */
  'needs-beyond-school'?: boolean;
  'post-16'?: (typeof POST_16)[number];
  /** The case crosses local authority borders. */
  'cross-border'?: boolean;
  /** Early help assessment (CAF) state. */
  assessment?: (typeof ASSESSMENT)[number];
}

/** Answers that apply under Scottish (GIRFEC) guidance. */
export interface ScotlandFacts {
  /** Number of agencies involved in meeting the child's needs. */
  agencies?: number;
  'looked-after'?: boolean;
  /** Subject to compulsory measures (Children's Hearings System). */
  'compulsory-measures'?: boolean;
  /** Name on the child protection register. */
  'child-protection'?: boolean;
  'co-ordinated-support-plan'?: boolean;
  /** Subject of an anti-social behaviour order. */
  asbo?: boolean;
  /** Complex health or additional support needs met mainly by universal services. */
  'complex-health'?: boolean;
  /** The proposed lead is a third-sector practitioner whose service level agreement provides for the role. */
  'third-sector-sla'?: boolean;
}

/** Everything a user can answer. `guidance` decides which of the other fields apply. */
export type Facts = { guidance?: Guidance; age?: number } & EnglandFacts & ScotlandFacts;

/** Every parameter name in the URL contract. */
export type FactKey = keyof Facts;
