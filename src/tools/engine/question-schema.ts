/**
 * Schema for a tool's wording/questions.yaml: the words of every question the tool can ask, one entry per
 * question id. Which questions exist, their order, their option values and when they are asked live in the tool's
 * flow.ts; this file holds only what people read. Option `value`s are the URL values of the tool's contract (for a
 * checklist, each status's parameter name); `copyProblems` (server.ts) checks that they match, at build time.
 * The "Which guidance?" question takes its options from src/content/guidances.yaml, so it lists none.
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens');

/** One radio or checkbox option. */
export const optionCopySchema = z
  .object({
    /** The value as it appears in the URL (`yes`/`no`, an enum value, or a status's parameter name). */
    value: slug,
    /** The option label, in plain words. */
    label: z.string().trim().min(1),
    /** Optional hint under the option. */
    hint: z.string().trim().min(1).optional(),
    /** Optional shorter wording for the "Check your answers" list and the printed summary. */
    short: z.string().trim().min(1).optional(),
  })
  .strict();
export type OptionCopy = z.infer<typeof optionCopySchema>;

/** The words of one question. */
export const questionCopySchema = z
  .object({
    /** Question id: the URL parameter name it answers, or the checklist's id (`statuses`, `scotland-statuses`). */
    id: slug,
    /** The question, shown as the page heading inside the legend (or label). Ends with a question mark. */
    question: z.string().trim().refine((s) => s.endsWith('?'), { message: 'question must end with a question mark' }),
    /** Optional hint under the question. */
    hint: z.string().trim().min(1).optional(),
    /** Optional short paragraph above the options, for a little context (plain text). */
    lead: z.string().trim().min(1).optional(),
    /** The options of a radios or checkboxes question, in the order shown. Absent for number questions and for `guidance`. */
    options: z.array(optionCopySchema).min(2).optional(),
    /**
     * A list question whose options are answers to an earlier question (the candidates named earlier, say): that
     * question's id. Its option words are used here, and the question lists no options of its own.
     */
    optionsFrom: slug.optional(),
    /** A checklist's exclusive "None of these" option. */
    none: optionCopySchema.omit({ value: true }).optional(),
    /** Unit after a number box, e.g. "years". */
    suffix: z.string().trim().min(1).optional(),
    /** How a number answer reads on "Check your answers", with {n} for the number, e.g. "Year {n}". Default: the number and the suffix. */
    answerText: z.string().trim().includes('{n}').optional(),
    /** How the answer 0 reads, where it has its own name, e.g. "Reception". */
    answerZero: z.string().trim().min(1).optional(),
    /** Error message when the question is not answered (GOV.UK style: "Select …", "Enter …"). */
    errorRequired: z.string().trim().min(5),
    /** Error message when a typed answer is not a valid number in range. */
    errorInvalid: z.string().trim().min(5).optional(),
    /** Short label for the "Check your answers" list and the printed summary. */
    checkLabel: z.string().trim().min(1),
  })
  .strict()
  .refine((q) => !q.options || new Set(q.options.map((o) => o.value)).size === q.options.length, {
    message: 'option values must be unique',
  });
export type QuestionCopy = z.infer<typeof questionCopySchema>;
