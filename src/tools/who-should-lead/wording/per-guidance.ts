/**
 * Words written once, or once per guidance (outcomes.yaml). Plain functions with no schema library, so the outcome
 * view can use them in the browser.
 */
import type { GuidanceId } from '../../guidance.ts';

/** Words written once, or once per guidance. */
export type PerGuidance<T extends string = string> = T | Readonly<Partial<Record<GuidanceId, T>>>;

/** The words for one guidance ('' where the entry has none for it). */
export function forGuidance(value: PerGuidance | undefined, guidance: GuidanceId): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[guidance] ?? '');
}
