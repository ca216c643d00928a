/**
 * The words for every guidance a tool can follow (src/content/guidances.yaml), loaded and checked once: every
 * tool's "Which guidance?" options, its outcome and its messages use them. Build time and tests only.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { GUIDANCE_IDS } from '../guidance.ts';
import type { GuidanceWords } from './wording.ts';

const guidanceWordsSchema = z
  .object({
    /** A guidance id of src/tools/guidance.ts. */
    id: z.enum(GUIDANCE_IDS),
    /** The option label on "Which guidance?". */
    label: z.string().min(3),
    /** The option hint: what the document is, and its date. */
    hint: z.string().min(3).optional(),
    /** Short form for answers and outcomes: "England (national guidance, 2007)". */
    short: z.string().min(3),
    /** As it reads inside a sentence: "does not apply under Salford's handbook". */
    phrase: z.string().min(3),
    /** Words that name it in a search query, the first being how a search offer names it (src/search/tool-offers.ts). */
    words: z.array(z.string().trim().min(2)).min(1).optional(),
  })
  .strict();

/** The words for every guidance. */
export function loadGuidances(): GuidanceWords[] {
  const file = 'src/content/guidances.yaml';
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  const parsed = z.array(guidanceWordsSchema).safeParse(data);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

