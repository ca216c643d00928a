/**
 * The answers side by side: each situation (with each status that can end, and each answer about the referral)
 * under each guidance, where the current lead is not the child's social worker. Derived from the same rules as the
 * tool (`decide`); shown as the page's no-JavaScript fallback (ChangeTable.astro). Build time only.
 */
import type { Register } from '../engine/register.ts';
import { GUIDANCE_IDS } from '../guidance.ts';
import { ENDED_STATUSES, REASONS, type Facts, type Guidance, type Reason } from './contract.ts';
import { STATUS_LIMITS } from './flow.ts';
import { decide, type ChangeOutcome } from './rules.ts';

export interface ChangeRow {
  reason: Reason;
  /** The follow-up answer this row stands for, if any. */
  detail?: { param: 'status-ended' | 'referral-accepted'; value: string };
  /** The answer under each guidance; null where the situation does not exist under it. */
  cells: Record<Guidance, ChangeOutcome | null>;
}

export function changeRows(register: Register): ChangeRow[] {
  const details = (reason: Reason): (ChangeRow['detail'] | undefined)[] =>
    reason === 'status-ended'
      ? ENDED_STATUSES.map((value) => ({ param: 'status-ended' as const, value }))
      : reason === 'statutory-involvement'
        ? ['yes', 'no'].map((value) => ({ param: 'referral-accepted' as const, value }))
        : [undefined];
  return REASONS.flatMap((reason) =>
    details(reason).map((detail) => {
      const cells = Object.fromEntries(
        GUIDANCE_IDS.map((g) => {
          if (detail && STATUS_LIMITS[detail.value]?.includes(g)) return [g, null];
          const facts: Facts = { guidance: g, reason, 'current-lead': 'other' };
          if (detail?.param === 'status-ended') facts['status-ended'] = detail.value as Facts['status-ended'];
          if (detail?.param === 'referral-accepted') facts['referral-accepted'] = detail.value === 'yes';
          return [g, decide(facts, register)];
        }),
      ) as Record<Guidance, ChangeOutcome | null>;
      return { reason, ...(detail ? { detail } : {}), cells };
    }),
  );
}
