/**
 * Content collections. Each schema lives in ./content/schemas.ts with a JSDoc line per field;
 * this file only wires them to their files and adds checks that need the other collections.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { familySchema, glossarySchema, guidanceSchema, sourceSchema } from './content/schemas.ts';
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

/* Each decision tool's words live in its own folder (src/tools/<tool>/wording/), loaded and checked by src/tools/engine/server.ts. */

export const collections = { guidance, families, sources, glossary };
