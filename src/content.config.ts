/**
 * Content collections. Each schema lives in ./content/schemas.ts with a JSDoc line per field;
 * this file only wires them to their files and adds checks that need the other collections.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { questionCopySchema } from './content/tools/who-should-lead/question-schema.ts';
import { outcomeCopySchema } from './content/tools/who-should-lead/outcome-schema.ts';
import { familySchema, glossarySchema, guidanceSchema, helpRouteSchema, sourceSchema } from './content/schemas.ts';
import { citationProblem, sourceIds } from './content/registry.ts';

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

/** Question text, hints and option labels for the "who should lead" tool. */
const whoShouldLeadQuestions = defineCollection({
  loader: file('src/content/tools/who-should-lead/questions.yaml'),
  schema: questionCopySchema,
});

/** Wording of the "who should lead" outcomes, leads, rules, roles and duties, keyed by the ids rules.ts uses. */
const whoShouldLeadOutcomes = defineCollection({
  loader: file('src/content/tools/who-should-lead/outcomes.yaml'),
  schema: outcomeCopySchema,
});

export const collections = { guidance, families, sources, glossary, helpRoutes, whoShouldLeadQuestions, whoShouldLeadOutcomes };
