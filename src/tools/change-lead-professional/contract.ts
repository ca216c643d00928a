/**
 * The URL contract of "Does the lead professional need to change?": every parameter a link can carry, with its
 * values, exactly as issue 9 names them. Documented at /tools/change-lead-professional/share/ (generated from this
 * object). Every fact is optional: a missing one is a question not yet answered, or not asked because it cannot
 * change the answer.
 */
import { bool, oneOf, type FactsOf } from '../engine/contract.ts';
import { GUIDANCE_IDS } from '../guidance.ts';

/** What has happened, or is about to, that raises the question of a change. */
export const REASONS = [
  'leaving-post',
  'long-term-sickness',
  'short-absence',
  'work-complete',
  'family-request',
  'legal-proceedings',
  'statutory-involvement',
  'status-ended',
  'family-disengaged',
  'needs-changed',
  'family-moving',
  'plan-no-longer-needed',
  'school-move',
] as const;
export type Reason = (typeof REASONS)[number];

/** The statutory status that has ended (step-down). */
export const ENDED_STATUSES = ['child-protection', 'looked-after', 'child-in-need'] as const;
export type EndedStatus = (typeof ENDED_STATUSES)[number];

export const CONTRACT = {
  /** Which guidance the answer follows: every guidance of src/tools/guidance.ts. */
  guidance: oneOf(GUIDANCE_IDS),
  /** What has happened. */
  reason: oneOf(REASONS),
  /** Only with reason=status-ended: which status has ended (child-in-need is England's, so not under Scotland's guidance). */
  'status-ended': oneOf(ENDED_STATUSES),
  /** Only with reason=statutory-involvement: children's social care (in Scotland, the specialist agency) has accepted the case. */
  'referral-accepted': bool,
  /** Who leads now: the child's social worker (in Scotland, a specialist-agency worker such as a social worker), or anyone else. */
  'current-lead': oneOf(['social-worker', 'other']),
} as const;

/** Everything a user can answer. */
export type Facts = FactsOf<typeof CONTRACT>;
export type Guidance = NonNullable<Facts['guidance']>;
