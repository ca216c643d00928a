/**
 * The questions of "Does the lead professional need to change?", in the order asked, each with the steps that can
 * follow it: which guidance, what has happened, then only what can still change the answer. Which status ended is
 * asked only for a step-down (and Scotland's guidance has no child in need status), whether the referral was
 * accepted only for a step-up, and who leads now only where the build-time relevance table says it can change the
 * answer (src/tools/engine/relevance.ts, from the rules in rules.ts). The words are in wording/questions.yaml.
 */
import { CHECK, type Answers, type FlowDefinition } from '../engine/flow.ts';
import type { NotApplicable } from '../engine/contract.ts';
import { CONTRACT, ENDED_STATUSES, REASONS, type Reason } from './contract.ts';
import { GUIDANCE_IDS } from '../guidance.ts';

/** Statuses that do not exist under a guidance: a child in need is a status of the Children Act 1989 (England). */
export const STATUS_LIMITS: Readonly<Record<string, readonly string[]>> = { 'child-in-need': ['scotland'] };

/** A question asked once the guidance and what has happened are known, optionally only for one reason. */
function after(reason?: Reason) {
  return (a: Answers): NotApplicable | null => {
    if (a.guidance === undefined) return { why: 'no-guidance' };
    if (a.reason === undefined) return { why: 'no-reason' };
    if (reason && a.reason !== reason) return { why: 'reason', reason };
    return null;
  };
}

export const flow: FlowDefinition = {
  id: 'change-lead-professional',
  contract: CONTRACT,
  questions: [
    { id: 'guidance', kind: 'radios', param: 'guidance', values: GUIDANCE_IDS, next: ['reason'] },
    {
      id: 'reason',
      kind: 'radios',
      param: 'reason',
      values: REASONS,
      next: ['status-ended', 'referral-accepted', 'current-lead', CHECK],
      applies: (a) => (a.guidance === undefined ? { why: 'no-guidance' } : null),
    },
    {
      id: 'status-ended',
      kind: 'radios',
      param: 'status-ended',
      values: ENDED_STATUSES,
      next: ['current-lead', CHECK],
      applies: after('status-ended'),
      valueApplies: (value, a) =>
        typeof a.guidance === 'string' && STATUS_LIMITS[value]?.includes(a.guidance) ? { why: 'guidance', guidance: a.guidance } : null,
    },
    { id: 'referral-accepted', kind: 'radios', param: 'referral-accepted', values: ['yes', 'no'], next: [CHECK], applies: after('statutory-involvement') },
    {
      id: 'current-lead',
      kind: 'radios',
      param: 'current-lead',
      values: CONTRACT['current-lead'].values,
      next: [CHECK],
      applies: after(),
      relevance: { inputs: ['guidance', 'reason', 'status-ended'] },
    },
  ],
};
