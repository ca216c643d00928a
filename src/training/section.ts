/**
 * The trainers' section (/training/): its addresses, the pages of each module, and small pure helpers
 * the pages share (plan timings, exercise order). No Astro imports, so unit tests can use it.
 */
import type { PlanData } from '../content/training/schemas.ts';

/**
 * Pagefind weight of a training page's title (an h1 otherwise weighs 7). Trainers' pages retell the guidance,
 * so for the same words the guidance page should come first in search; the "Trainers" filter still finds them.
 */
export const TRAINING_TITLE_WEIGHT = '3';

/** Where the section lives. */
export const TRAINING_HREF = '/training/';

/** The pages every module has, in the order the module's own navigation lists them. */
export const MODULE_PAGES = ['overview', 'session-plans', 'slides', 'presenter', 'handout', 'model-answers', 'knowledge-check'] as const;
export type ModulePage = (typeof MODULE_PAGES)[number];

/** The address of one of a module's pages. */
export function moduleHref(module: string, page: ModulePage = 'overview'): string {
  return page === 'overview' ? `${TRAINING_HREF}${module}/` : `${TRAINING_HREF}${module}/${page}/`;
}

/** The address of an exercise. */
export function exerciseHref(exercise: string): string {
  return `${TRAINING_HREF}exercises/${exercise}/`;
}

/** The address of the list of every exercise. */
export const EXERCISES_HREF = `${TRAINING_HREF}exercises/`;

/** The address of a guidance page, with an optional heading. */
export function guidanceHref(slug: string, section?: string): string {
  return `/guidance/${slug}/${section ? `#${section}` : ''}`;
}

/** A plan row with its start time, as minutes from the start and as "0:45". */
export interface TimedRow<R> {
  row: R;
  start: number;
  clock: string;
}

/** "1:05" for 65 minutes. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Each row of a plan with the time it starts. */
export function timedRows(plan: Pick<PlanData, 'rows'>): TimedRow<PlanData['rows'][number]>[] {
  let start = 0;
  return plan.rows.map((row) => {
    const timed = { row, start, clock: clock(start) };
    start += row.minutes;
    return timed;
  });
}

/** The minutes a plan's rows add up to. */
export function plannedMinutes(plan: Pick<PlanData, 'rows'>): number {
  return plan.rows.reduce((n, r) => n + r.minutes, 0);
}

/** Items in `order`, refusing two with the same order (the message names both). */
export function inOrder<T extends { id: string; data: { order: number } }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.data.order === sorted[i - 1]!.data.order) {
      throw new Error(`${what}: "${sorted[i - 1]!.id}" and "${sorted[i]!.id}" both have order ${sorted[i]!.data.order}`);
    }
  }
  return sorted;
}
