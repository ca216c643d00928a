/**
 * Schema for src/content/tools/who-should-lead/outcomes.yaml: every word the "who should lead" tool and the
 * who-leads table show, keyed by the ids src/machines/who-should-lead/rules.ts returns.
 *
 * Ids: each entry's `id` in the file is `<kind>:<key>` (for example `lead:social-worker`, `must-not:foster-carer`,
 * `rule:PR-01`), because the same key can name a lead, a must-not role and an also-involved role. That prefixed
 * id is the collection entry id (unique). The parsed data carries the bare key as `id`, beside `kind`, so
 * `data.id === rec.lead && data.kind === 'lead'` finds the words for a lead.
 */
import { z } from 'astro/zod';

/** The kinds of words, one per kind of id rules.ts returns (plus the table's own words). */
export const COPY_KINDS = ['lead', 'outcome', 'rule', 'must-not', 'role', 'duty', 'check', 'next-step', 'status', 'text'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** The entry id in outcomes.yaml (and the collection) for a kind and a key. */
export const copyId = (kind: CopyKind, key: string): string => `${kind}:${key}`;

/** A short name or label: no full stop at the end. */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(2)
    .max(max)
    .refine((s) => !/\.$/.test(s), { message: 'a name or label does not end with a full stop' });

/** Running text: one or two full sentences, ending with a full stop (or ? or !). */
const sentences = (max: number) =>
  z
    .string()
    .trim()
    .min(20, 'write a full sentence')
    .max(max, `keep it under ${max} characters`)
    .refine((s) => /[.?!]$/.test(s), { message: 'end the sentence with a full stop' });

/** `<kind>:<key>`; the key is lower-case letters, digits and hyphens (rule ids keep rules.md's capitals). */
const entryId = z.string().regex(/^[a-z-]+:[A-Za-z0-9-]+$/, 'id must be "<kind>:<key>", e.g. "lead:social-worker"');

const lead = z
  .object({
    /** "lead:<LeadId>". */
    id: entryId,
    /** Discriminator: the name of a lead id. */
    kind: z.literal('lead'),
    /** Who leads, in plain words that can follow "Who should lead:", e.g. "The child's social worker". */
    name: label(90),
    /** One or two sentences on who this person is or how they are found. */
    about: sentences(260),
  })
  .strict();

const outcome = z
  .object({
    /** "outcome:<outcome id>" (the data-outcome value). */
    id: entryId,
    /** Discriminator: the headline of an outcome. */
    kind: z.literal('outcome'),
    /** A short headline for the outcome. */
    title: label(90),
    /** One sentence saying the answer and why, in plain words. */
    summary: sentences(260),
  })
  .strict();

const rule = z
  .object({
    /** "rule:<rule id>" (ids as in rules.md, e.g. "rule:PR-01"; ORDER- and INF- ids are our inferences). */
    id: entryId,
    /** Discriminator: the wording of a rule. */
    kind: z.literal('rule'),
    /** The rule in our own words; an inference says plainly that it is ours. */
    text: sentences(320),
  })
  .strict();

const mustNot = z
  .object({
    /** "must-not:<MustNotId>". */
    id: entryId,
    /** Discriminator: someone who must not hold the formal role. */
    kind: z.literal('must-not'),
    /** The role, as a noun phrase. */
    name: label(90),
    /** Why this person is not the formal lead professional, and who is. */
    text: sentences(260),
  })
  .strict();

const role = z
  .object({
    /** "role:<role id>" (the alsoInvolved roles). */
    id: entryId,
    /** Discriminator: someone who still plays a part. */
    kind: z.literal('role'),
    /** The role, as a noun phrase. */
    name: label(90),
    /** The part they still play while someone else leads. */
    text: sentences(260),
  })
  .strict();

const duty = z
  .object({
    /** "duty:<duty id>". */
    id: entryId,
    /** Discriminator: something the lead professional does. */
    kind: z.literal('duty'),
    /** The duty, addressed to the lead professional. */
    text: sentences(260),
  })
  .strict();

const check = z
  .object({
    /** "check:<check id>". */
    id: entryId,
    /** Discriminator: a procedural check that comes first. */
    kind: z.literal('check'),
    /** What to check or do before settling the lead. */
    text: sentences(260),
  })
  .strict();

const nextStep = z
  .object({
    /** "next-step:<next step id>". */
    id: entryId,
    /** Discriminator: something to do now that the answer is known. */
    kind: z.literal('next-step'),
    /** The step, addressed to the practitioner using the tool. */
    text: sentences(260),
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

/** One entry of outcomes.yaml. Parsed data has the bare key as `id` (see the file comment). */
export const outcomeCopySchema = z
  .discriminatedUnion('kind', [lead, outcome, rule, mustNot, role, duty, check, nextStep, status, text])
  .superRefine((entry, ctx) => {
    if (!entry.id.startsWith(`${entry.kind}:`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id "${entry.id}" must start with "${entry.kind}:"` });
    }
  })
  .transform((entry) => ({ ...entry, id: entry.id.slice(entry.kind.length + 1) }));

export type OutcomeCopyEntry = z.output<typeof outcomeCopySchema>;
export type OutcomeCopyOf<K extends CopyKind> = Extract<OutcomeCopyEntry, { kind: K }>;

/** The words of one kind for one key, or undefined. */
export function findCopy<K extends CopyKind>(entries: readonly OutcomeCopyEntry[], kind: K, key: string): OutcomeCopyOf<K> | undefined {
  return entries.find((e): e is OutcomeCopyOf<K> => e.kind === kind && e.id === key);
}
