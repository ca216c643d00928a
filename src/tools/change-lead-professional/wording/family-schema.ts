/**
 * Schema for wording/family.yaml: the sentences the plain-words version of an answer is made from, in four parts
 * (what has happened, what the rule means, who chooses, the handover), keyed as rules.ts `familyKeys` asks for them.
 * Loaded at build time and passed to the island as a flat lookup (`<part>.<key>` → sentence). Server and tests only.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** One or two short sentences, each ending with a full stop. */
const sentences = z
  .string()
  .trim()
  .min(10, 'write a full sentence')
  .max(220, 'keep it short: two sentences at most')
  .refine((s) => /[.?!]$/.test(s), { message: 'end the sentence with a full stop' });
const part = z.record(z.string().regex(/^[A-Za-z0-9.-]+$/, 'a key is letters, digits, hyphens and dots'), sentences);

export const familyWordingSchema = z
  .object({
    /** What has happened, by reason (and status, referral answer, social worker or guidance where the words differ). */
    situation: part,
    /** What the deciding rule means for the family, by register id (and guidance where the words differ). */
    rule: part,
    /** Who chooses the new lead, by chooser (and change, where it may not happen). */
    chooses: part,
    /** How the change is made, by who arranges it (and change). */
    handover: part,
  })
  .strict();

/** The loaded file: `<part>.<key>` → sentences. */
export type FamilyWording = Readonly<Record<string, string>>;

/** Loads and checks the file; throws naming the file and the problem. */
export function loadFamilyWording(file: string): FamilyWording {
  const parsed = familyWordingSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return Object.fromEntries(Object.entries(parsed.data).flatMap(([name, records]) => Object.entries(records).map(([key, text]) => [`${name}.${key}`, text])));
}
