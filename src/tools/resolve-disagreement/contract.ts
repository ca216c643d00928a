/**
 * The URL contract of "We can't agree: what happens next?": the four parameters a link can carry, with exactly
 * the names and values of issue 10. Documented at /tools/resolve-disagreement/share/ (generated from this object).
 * Every fact is optional: a missing one is a question not yet answered.
 */
import { bool, oneOf, type FactsOf } from '../engine/contract.ts';
import { GUIDANCE_IDS } from '../guidance.ts';

/** Every guidance: each has something to say about disagreements, even if only that it gives no procedure. */
export const GUIDANCE = GUIDANCE_IDS;
export type Guidance = (typeof GUIDANCE)[number];

/** The three kinds of disagreement the national guide names (CWDC, 2007, para 3.16). */
export const ABOUT = ['who-leads', 'not-delivering', 'approach'] as const;
export type About = (typeof ABOUT)[number];

/** How far the team has already gone, each value taking the ones before it as done. */
export const TRIED = ['nothing', 'team', 'coordinator', 'managers', 'heads-of-service'] as const;
export type Tried = (typeof TRIED)[number];

export const CONTRACT = {
  /** Which guidance the route follows. */
  guidance: oneOf(GUIDANCE),
  /** What the disagreement is about. */
  about: oneOf(ABOUT),
  /** Whether anyone is worried about the child's safety. */
  'safety-concern': bool,
  /** The furthest the disagreement has gone so far. */
  tried: oneOf(TRIED),
} as const;

export type Facts = FactsOf<typeof CONTRACT>;
