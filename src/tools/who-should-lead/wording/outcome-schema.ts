/**
 * Schema for wording/outcomes.yaml: the words of the leads, outcomes, must-not roles, roles, statuses and the
 * family version that "Who should be the lead professional?" and the who-leads table show, keyed by the ids
 * rules.ts returns.
 *
 * Each entry's `id` is `<kind>:<key>` (for example `lead:social-worker`, `must-not:foster-carer`), because the
 * same key can name a lead, a must-not role and an also-involved role. Loaded, the file is a lookup from that id
 * to its entry. Any name or sentence can be written once, or once per guidance (`{ england: …, salford: … }`)
 * where the guidances use different words, so an answer never carries another guidance's terms. Rule, duty,
 * check, next-step, role and must-not sentences are in register.yaml with their citations.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { GUIDANCE_IDS } from '../../guidance.ts';
export { forGuidance, type PerGuidance } from './per-guidance.ts';

/** The kinds of words, one per kind of id rules.ts returns (plus the table's own words and the family version). */
export const COPY_KINDS = ['lead', 'outcome', 'must-not', 'role', 'status', 'text', 'family'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

const perGuidance = <S extends z.ZodType<string>>(schema: S) => z.union([schema, z.partialRecord(z.enum(GUIDANCE_IDS), schema)]);

/** A short name or label: no full stop at the end. */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(2)
    .max(max)
    .refine((s) => !/\.$/.test(s), { message: 'a name or label does not end with a full stop' });

/** Running text: one or more full sentences, ending with a full stop (or ? or !). */
const sentences = (max: number) =>
  z
    .string()
    .trim()
    .min(20, 'write a full sentence')
    .max(max, `keep it under ${max} characters`)
    .refine((s) => /[.?!]$/.test(s), { message: 'end the sentence with a full stop' });

/** `<kind>:<key>`; the key is lower-case letters, digits and hyphens (rule ids keep rules.md's capitals). */
const entryId = z.string().regex(/^[a-z-]+:[A-Za-z0-9-]+$/, 'id must be "<kind>:<key>", e.g. "lead:social-worker"');

const citation = z.object({ source: z.string(), at: z.string().trim().min(1) }).strict();

const lead = z
  .object({
    /** "lead:<LeadId>". */
    id: entryId,
    /** Discriminator: the name of a lead id. */
    kind: z.literal('lead'),
    /** Who leads, in plain words that can follow "Who should lead:", e.g. "The child's social worker". */
    name: perGuidance(label(90)),
    /** One or two sentences on who this person is or how they are found. */
    about: perGuidance(sentences(260)),
  })
  .strict();

const outcome = z
  .object({
    /** "outcome:<outcome id>" (the data-outcome value). */
    id: entryId,
    /** Discriminator: the headline of an outcome. */
    kind: z.literal('outcome'),
    /** A short headline for the outcome. */
    title: perGuidance(label(90)),
    /** One or two sentences saying the answer and why, in plain words, in the words of each guidance. */
    summary: perGuidance(sentences(300)),
  })
  .strict();

const mustNot = z
  .object({
    /** "must-not:<MustNotId>" (what they do not do is the register's `mustNot` sentence, with its citations). */
    id: entryId,
    /** Discriminator: someone who does not hold the formal role. */
    kind: z.literal('must-not'),
    /** The role, as a noun phrase. */
    name: perGuidance(label(90)),
  })
  .strict();

const role = z
  .object({
    /** "role:<role id>" (the part they play is the register's `roles` sentence, with its citations). */
    id: entryId,
    /** Discriminator: someone who still plays a part. */
    kind: z.literal('role'),
    /** The role, as a noun phrase. */
    name: perGuidance(label(90)),
  })
  .strict();

const status = z
  .object({
    /** "status:<status id>" (rows of the who-leads table). */
    id: entryId,
    /** Discriminator: a row label of the who-leads table. */
    kind: z.literal('status'),
    /** The status as a row heading. */
    label: label(90),
  })
  .strict();

const text = z
  .object({
    /** "text:<id>" (captions and headings of the who-leads table). */
    id: entryId,
    /** Discriminator: other words the table uses. */
    kind: z.literal('text'),
    /** The words. */
    text: z.string().trim().min(2).max(260),
  })
  .strict();

/**
 * One paragraph of the family version of an answer, in plain words (reading age about 9 to 11: the family pages'
 * readability bar). An answer shows the paragraph for its outcome (or, failing that, its lead), the paragraph for
 * its first next step, and, where the answer is our inference, the paragraph that says so.
 */
const family = z
  .object({
    /** "family:<key>". */
    id: entryId,
    /** Discriminator: a paragraph of the family version. */
    kind: z.literal('family'),
    /** Shown for these outcome ids (before any `leads` paragraph). */
    outcomes: z.array(z.string()).min(1).optional(),
    /** Shown for these lead ids, where no paragraph names the outcome. */
    leads: z.array(z.string()).min(1).optional(),
    /** Shown where the answer's next steps include one of these (what happens next). */
    steps: z.array(z.string()).min(1).optional(),
    /** Shown where the answer is our inference. */
    inference: z.literal(true).optional(),
    /** The paragraph: short sentences and everyday words. */
    text: perGuidance(sentences(700)),
    /** Where the paragraph's facts come from (shown after it, as on the family pages). */
    cites: z.partialRecord(z.enum(GUIDANCE_IDS), z.array(citation).min(1)),
  })
  .strict()
  .refine((e) => [e.outcomes, e.leads, e.steps, e.inference].filter((x) => x !== undefined).length === 1, {
    message: 'say when the paragraph is shown: give exactly one of outcomes, leads, steps or inference',
  });

/** One entry of outcomes.yaml (its `id` keeps the kind: "lead:social-worker"). */
export const outcomeCopySchema = z
  .discriminatedUnion('kind', [lead, outcome, mustNot, role, status, text, family])
  .superRefine((entry, ctx) => {
    if (!entry.id.startsWith(`${entry.kind}:`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id "${entry.id}" must start with "${entry.kind}:"` });
    }
  });

export type OutcomeCopyEntry = z.output<typeof outcomeCopySchema>;
export type OutcomeCopyOf<K extends CopyKind> = Extract<OutcomeCopyEntry, { kind: K }>;
export type FamilyEntry = OutcomeCopyOf<'family'>;
/** The loaded file: `<kind>:<key>` → entry. */
export type OutcomeWording = Readonly<Record<string, OutcomeCopyEntry>>;

/** Loads and checks the file; throws naming the file and the entry. */
export function loadOutcomeWording(file: string): OutcomeWording {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of entries`);
  const out: Record<string, OutcomeCopyEntry> = {};
  data.forEach((entry, i) => {
    const parsed = outcomeCopySchema.safeParse(entry);
    if (!parsed.success) throw new Error(`${file} entry ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (out[parsed.data.id]) throw new Error(`${file}: "${parsed.data.id}" appears twice`);
    out[parsed.data.id] = parsed.data;
  });
  return out;
}
