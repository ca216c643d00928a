/**
 * The trainers' content as it is on disk: every exercise's answers fit its tool and, for "Who should be the
 * lead professional?", the tool's CURRENT rules give the lead and strength the model answer states (so a rule
 * change that contradicts a model answer fails here and in the build); every exercise body ends with where
 * England, Salford and Scotland differ; every session plan adds up to its length; every module has its plans,
 * knowledge check and slides, and every reference resolves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  exerciseSchema,
  knowledgeCheckSchema,
  sessionPlansSchema,
  slideDeckSchema,
  trainingModuleSchema,
  PLAN_MINUTES,
} from '../../src/content/training/schemas.ts';
import {
  TRAINING_DIRS,
  exerciseProblems,
  knowledgeCheckProblems,
  moduleProblems,
  namesIn,
  sessionPlanProblems,
  slideDeckProblems,
} from '../../src/training/refs.ts';
import { checkExerciseTool } from '../../src/training/exercise-links.ts';
import { exerciseBodyProblems } from '../../src/markdown/remark-training-exercise.ts';
import { wording } from '../../src/training/wording.ts';
import { readMdxDir } from '../support/mdx.ts';

const exercises = readMdxDir(TRAINING_DIRS.exercises).map((f) => ({ ...f, data: exerciseSchema.parse(f.frontmatter) }));
const modules = readMdxDir(TRAINING_DIRS.modules).map((f) => ({ ...f, data: trainingModuleSchema.parse(f.frontmatter) }));
const yamlOf = (dir: string, id: string): unknown => parse(readFileSync(join(dir, `${id}.yaml`), 'utf8'));
const moduleIds = modules.map((m) => m.slug);

describe('exercises', () => {
  it('there are exercises from the sources and invented ones, in every module', () => {
    expect(exercises.filter((e) => e.data.case.kind === 'source').length).toBeGreaterThanOrEqual(7);
    expect(exercises.filter((e) => e.data.case.kind === 'invented').length).toBeGreaterThanOrEqual(4);
    for (const m of moduleIds) expect(exercises.some((e) => e.data.module === m), m).toBe(true);
  });

  const onWhoShouldLead = exercises.filter((e) => e.data.tool.id === 'who-should-lead');
  it.each(onWhoShouldLead.map((e) => [e.slug, e] as const))('%s: the current who-should-lead rules give the stated lead and strength', (_slug, e) => {
    expect(checkExerciseTool(e.data.tool)).toEqual([]);
  });

  const pending = exercises.filter((e) => e.data.tool.id !== 'who-should-lead');
  it.each(pending.map((e) => [e.slug, e.data.tool.id, e] as const))('%s: its answers and expected outcome fit the contract of %s (its rules are checked once it is built)', (_slug, _tool, e) => {
    expect(checkExerciseTool(e.data.tool)).toEqual([]);
  });

  it.each(exercises.map((e) => [e.slug, e] as const))('%s: every reference resolves and the body ends with the three places', (_slug, e) => {
    expect(exerciseProblems(e.data)).toEqual([]);
    expect(exerciseBodyProblems(e.tree)).toEqual([]);
  });

  it('an exercise body without its differences is refused, naming what is missing', () => {
    const body = readMdxDir(TRAINING_DIRS.exercises)[0]!.tree;
    const cut = { ...body, children: body.children.slice(0, -1) };
    expect(exerciseBodyProblems(cut).join(' ')).toMatch(/needs exactly one <Differences>/);
  });
});

describe('modules', () => {
  it('are the three modules the issue names', () => {
    expect(modules.map((m) => m.data.title).sort()).toEqual([
      'Introduction to the lead professional',
      'Supporting and managing lead professionals',
      'The lead professional in practice',
    ]);
  });

  it.each(moduleIds)('%s: references resolve, and it has its session plans, knowledge check and slides', (id) => {
    const m = modules.find((x) => x.slug === id)!;
    expect(moduleProblems(m.data)).toEqual([]);
    for (const dir of [TRAINING_DIRS.plans, TRAINING_DIRS.checks, TRAINING_DIRS.slides]) expect(namesIn(dir, '.yaml'), dir).toContain(id);
    const plans = sessionPlansSchema.parse(yamlOf(TRAINING_DIRS.plans, id));
    const check = knowledgeCheckSchema.parse(yamlOf(TRAINING_DIRS.checks, id));
    const deck = slideDeckSchema.parse(yamlOf(TRAINING_DIRS.slides, id));
    for (const data of [plans, check, deck]) expect(data.module).toBe(id);
    expect(sessionPlanProblems(plans)).toEqual([]);
    expect(knowledgeCheckProblems(check)).toEqual([]);
    expect(slideDeckProblems(deck)).toEqual([]);
    expect(check.questions.length).toBeGreaterThanOrEqual(8);
    expect(check.questions.length).toBeLessThanOrEqual(12);
  });
});

describe('session plans add up to their stated length', () => {
  const plans = moduleIds.flatMap((id) => {
    const data = yamlOf(TRAINING_DIRS.plans, id) as { plans: { id: 'two-hour' | 'half-day'; minutes: number; rows: { minutes: number }[] }[] };
    return data.plans.map((p) => [`${id} ${p.id}`, p] as const);
  });
  it.each(plans)('%s', (_name, plan) => {
    const total = plan.rows.reduce((n, r) => n + r.minutes, 0);
    expect(total).toBe(plan.minutes);
    expect(plan.minutes).toBe(PLAN_MINUTES[plan.id]);
  });
});

describe('wording', () => {
  it('every fixed key the training pages look up is in wording.yaml', () => {
    const files = ['src/components/training', 'src/pages/training', 'src/pages/training/[module]', 'src/pages/training/exercises', 'src/training']
      .flatMap((dir) => ['.astro', '.ts'].flatMap((ext) => namesIn(dir, ext).map((n) => join(dir, `${n}${ext}`))));
    const keys = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-z0-9.-]+)'/g)].map((m) => m[1]!)));
    const known = Object.keys(wording());
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((k) => !known.includes(k))).toEqual([]);
  });
});
