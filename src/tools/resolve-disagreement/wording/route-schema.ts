/**
 * Schema for wording/route.yaml: the words of every step of every route of "We can't agree: what happens next?",
 * the child protection step per guidance, and the pieces of the family's note. Loaded at build time and checked
 * against the routes in rules.ts, so a step without words (or words for a step a route lacks) fails the build,
 * naming the file. The island receives the loaded words as props; zod never reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { GUIDANCE_IDS } from '../../guidance.ts';
import { ABOUT } from '../contract.ts';
import { ROUTES, ROUTE_IDS, NEXT_IDS, type RouteId, type StepId } from '../rules.ts';

/** One or more full sentences, ending with a full stop. */
const sentences = z
  .string()
  .trim()
  .min(20, 'write a full sentence')
  .max(420, 'keep it under 420 characters')
  .refine((s) => /[.?!]$/.test(s), { message: 'end with a full stop' });

/** A short title: no full stop. */
const title = z
  .string()
  .trim()
  .min(5)
  .max(80)
  .refine((s) => !/\.$/.test(s), { message: 'a title does not end with a full stop' });

const stepWords = z
  .object({
    /** The step in a few words, as it reads in the numbered route. */
    title,
    /** What to do, for practitioners. */
    do: sentences,
    /** Who takes the step. */
    who: sentences,
  })
  .strict();

export const routeWordingSchema = z
  .object({
    /** Per route (rules.ts ROUTE_IDS), per step id: its words. */
    steps: z.record(z.enum(ROUTE_IDS), z.partialRecord(z.enum(NEXT_IDS), stepWords)),
    /** The child protection step, per guidance. */
    safety: z.record(z.enum(GUIDANCE_IDS), stepWords),
    /** The pieces of the family's note, by the keys rules.ts puts together. */
    family: z.record(z.string().regex(/^[a-z.-]+$/), sentences),
  })
  .strict();

export type StepWords = z.infer<typeof stepWords>;
export type RouteWording = z.infer<typeof routeWordingSchema>;

/** Every mismatch between the words and the routes (empty when they match). */
export function routeWordingProblems(words: RouteWording): string[] {
  const problems: string[] = [];
  for (const id of ROUTE_IDS) {
    const steps = ROUTES[id].steps.map((s) => s.step);
    const given = Object.keys(words.steps[id] ?? {}) as StepId[];
    for (const s of steps) if (!given.includes(s)) problems.push(`steps.${id}: no words for step "${s}"`);
    for (const s of given) if (!steps.includes(s)) problems.push(`steps.${id}: words for "${s}", which the route does not have`);
  }
  const family = [
    'safety',
    'scotland',
    ...ABOUT.flatMap((a) => [`open.${a}.first`, `open.${a}.still`]),
    ...new Set(ROUTE_IDS.flatMap((id) => ROUTES[id].steps.map((s) => `next.${s.step}`))),
  ];
  for (const key of family) if (!words.family[key]) problems.push(`family: no words for "${key}"`);
  for (const key of Object.keys(words.family)) if (!family.includes(key)) problems.push(`family: "${key}" is never used`);
  return problems;
}

/** Loads and checks the file; throws naming the file and every problem. */
export function loadRouteWording(file: string): RouteWording {
  const parsed = routeWordingSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const problems = routeWordingProblems(parsed.data);
  if (problems.length) throw new Error(`${file}:\n${problems.join('\n')}`);
  return parsed.data;
}

/** The words of one step of a route. */
export const stepWordsOf = (words: RouteWording, route: RouteId, step: StepId): StepWords | undefined => words.steps[route]?.[step];
