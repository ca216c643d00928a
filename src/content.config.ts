/**
 * Content collections. Each schema lives in ./content/schemas.ts with a JSDoc line per field;
 * this file only wires them to their files and adds checks that need the other collections.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { familySchema, glossarySchema, guidanceSchema, helpRouteSchema, sourceSchema } from './content/schemas.ts';
import { citationProblem, sourceIds } from './content/registry.ts';
import {
  exerciseSchema,
  knowledgeCheckSchema,
  sessionPlansSchema,
  slideDeckSchema,
  trainingModuleSchema,
} from './content/training/schemas.ts';
import {
  TRAINING_DIRS,
  exerciseProblems,
  knowledgeCheckProblems,
  moduleProblems,
  sessionPlanProblems,
  slideDeckProblems,
} from './training/refs.ts';
import type { z } from 'astro/zod';

const ids = sourceIds();

/** Practitioner guidance pages: /guidance/<id>/ */
const guidance = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guidance' }),
  schema: guidanceSchema,
});

/** Plain-language pages for parents, carers and young people: /families/<id>/ */
const families = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/families' }),
  schema: familySchema,
});

/** The five source documents: /sources/<id>/ */
const sources = defineCollection({
  loader: file('src/content/sources.yaml'),
  schema: sourceSchema,
});

/** Glossary terms: /glossary/#<id>. Every citation must name a known source. */
const glossary = defineCollection({
  loader: file('src/content/glossary.yaml'),
  schema: glossarySchema.superRefine((term, ctx) => {
    for (const c of term.cites) {
      const problem = citationProblem(c.source, c.at, ids);
      if (problem) ctx.addIssue({ code: 'custom', message: `glossary term "${term.term}": ${problem}` });
    }
  }),
});

/** Where families can go when not happy, beyond the sources, each checked against the body's own material. */
const helpRoutes = defineCollection({
  loader: file('src/content/help-routes.yaml'),
  schema: helpRouteSchema,
});

/* Each decision tool's words live in its own folder (src/tools/<tool>/wording/), loaded and checked by src/tools/engine/server.ts. */

/** Adds each problem a cross-file check finds to the entry, so the build fails naming the file. */
function refined<S extends z.ZodType>(schema: S, problems: (data: z.output<S>) => string[]) {
  return schema.superRefine((data, ctx) => {
    for (const message of problems(data as z.output<S>)) ctx.addIssue({ code: 'custom', message });
  });
}

/** Training modules: /training/<id>/ (front matter: outcomes, key rules, who-leads rows; body: trainer's notes). */
const trainingModules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${TRAINING_DIRS.modules}` }),
  schema: refined(trainingModuleSchema, (m) => moduleProblems(m, ids)),
});

/** Scenario exercises: /training/exercises/<id>/ (front matter: facts, questions, tool answers; body: model answer). */
const trainingExercises = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${TRAINING_DIRS.exercises}` }),
  schema: refined(exerciseSchema, (e) => exerciseProblems(e, ids)),
});

/** Each module's 2-hour and half-day session plans, whose minutes must add up. */
const trainingPlans = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `./${TRAINING_DIRS.plans}` }),
  schema: refined(sessionPlansSchema, sessionPlanProblems),
});

/** Each module's knowledge check: 8 to 12 questions with cited feedback. */
const trainingChecks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `./${TRAINING_DIRS.checks}` }),
  schema: refined(knowledgeCheckSchema, (k) => knowledgeCheckProblems(k, ids)),
});

/** Each module's slide deck, with speaker notes. */
const trainingSlides = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `./${TRAINING_DIRS.slides}` }),
  schema: refined(slideDeckSchema, (d) => slideDeckProblems(d, ids)),
});

export const collections = {
  guidance,
  families,
  sources,
  glossary,
  helpRoutes,
  trainingModules,
  trainingExercises,
  trainingPlans,
  trainingChecks,
  trainingSlides,
};
