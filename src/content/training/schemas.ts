/**
 * Zod schemas for the trainers' section (/training/), one per concern: modules, exercises, session plans,
 * knowledge checks, slide decks and the section's interface wording. Shape only: the checks that need
 * other files (guidance pages, exercises, sources, the tools' rules) are added in src/content.config.ts
 * from src/training/refs.ts, so these schemas stay testable without Astro.
 */
import { z } from 'astro/zod';
import { citationSchema } from '../schemas.ts';
import { STRENGTHS } from '../strength.ts';
import { LEAD_IDS } from '../../tools/who-should-lead/rules.ts';
import { DEADLINES, NEXT_IDS } from '../../tools/resolve-disagreement/rules.ts';
import { CHANGES, NEXT_LEADS } from '../../tools/change-lead-professional/rules.ts';

/** A message that names the allowed values, for enum fields. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z.enum(values, {
    error: (issue) =>
      `${field} must be one of ${values.map((v) => `"${v}"`).join(', ')}; got ${JSON.stringify(issue.input)}`,
  });

/** An id: lower-case letters, digits and hyphens. */
const slug = (what: string) => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} must be lower-case letters, digits and hyphens`);

/** One or more full sentences, ending with a full stop, question mark or exclamation mark. */
const sentences = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `write at least ${min} characters`)
    .max(max, `keep it to ${max} characters or fewer`)
    .refine((s) => /[.?!]$/.test(s), { message: 'end with a full stop (or ? or !)' });

/** A short label or heading: no full stop at the end. */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(2)
    .max(max, `keep it to ${max} characters or fewer`)
    .refine((s) => !/\.$/.test(s), { message: 'a label or heading does not end with a full stop' });

/** The two session lengths every module offers. */
export const PLAN_IDS = ['two-hour', 'half-day'] as const;
export type PlanId = (typeof PLAN_IDS)[number];
/** How long each plan is, in minutes: two hours, and a half day of three hours including a break. */
export const PLAN_MINUTES: Record<PlanId, number> = { 'two-hour': 120, 'half-day': 180 };

/** Who a module is written for. */
export const MODULE_GROUPS = ['practitioners', 'managers'] as const;

// ---------------------------------------------------------------------------------------------------------
// Modules: src/content/training/modules/<module>.mdx (front matter; the body is the trainer's notes)
// ---------------------------------------------------------------------------------------------------------

/** A learning outcome: what participants will be able to do, and the guidance page that teaches it. */
export const outcomeSchema = z
  .object({
    /** Stable id within the module (used for anchors). */
    id: slug('outcome id'),
    /** "Participants will be able to …" completed in plain words: starts with a verb, one sentence. */
    text: sentences(20, 200),
    /** Slug of the guidance page that teaches it: /guidance/<guidance>/. */
    guidance: slug('guidance'),
    /** Optional heading id on that page, e.g. "the-three-functions". */
    section: slug('section').optional(),
  })
  .strict();

/** A key rule for the participants' handout, in plain words, with where it comes from. */
export const keyRuleSchema = z
  .object({
    /** The rule in plain English (the handout must read at Flesch Reading Ease 60 or more). */
    text: sentences(20, 220),
    /** Where the sources say it. */
    cites: z.array(citationSchema).min(1, 'a key rule needs at least one citation'),
  })
  .strict();

/** Front matter of a training module. */
export const trainingModuleSchema = z
  .object({
    /** The module's title, as the sources name it where they do (CWDC managers' guide, para 5.16). */
    title: label(90),
    /** A shorter name for slides, breadcrumbs and lists. */
    shortTitle: label(40),
    /** One sentence: what the module covers and for whom. */
    summary: sentences(30, 220),
    /** Every training page is for trainers (the search filter "Trainers"). */
    audience: z.literal('trainers').default('trainers'),
    /** Who the participants are. */
    group: oneOf(MODULE_GROUPS, 'group'),
    /** Position among the modules (1 = first); unique. */
    order: z.number().int().positive(),
    /** Where the sources name or shape this module. */
    basis: z.array(citationSchema).min(1, 'say where the sources name or shape this module'),
    /** What participants will be able to do by the end: 4 to 7 outcomes. */
    outcomes: z.array(outcomeSchema).min(4, 'a module needs at least 4 learning outcomes').max(7, 'keep a module to 7 learning outcomes or fewer'),
    /** The key rules printed on the participants' handout: 3 to 6. */
    keyRules: z.array(keyRuleSchema).min(3).max(6),
    /**
     * Rows of the generated who-leads summary on the handout and slides: status ids of the who-leads table
     * (STATUS_ROWS in src/tools/who-should-lead/rules.ts). The leads and strengths come from the rules.
     */
    whoLeads: z.array(z.string()).min(3).max(8),
    /** The date the module was last checked against its sources (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
  })
  .strict();
export type TrainingModuleData = z.infer<typeof trainingModuleSchema>;

// ---------------------------------------------------------------------------------------------------------
// Exercises: src/content/training/exercises/<exercise>.mdx (front matter; the body is the model answer)
// ---------------------------------------------------------------------------------------------------------

/** Answers in a tool's URL contract: parameter name to value, exactly as they appear in the link. */
export const toolAnswersSchema = z.record(z.string().regex(/^[a-z0-9-]+$/, 'parameter names are lower-case letters, digits and hyphens'), z.union([z.string(), z.number().int()]));
export type ToolAnswers = z.infer<typeof toolAnswersSchema>;

/** A change to some answers for a "what if": a new value, or null to remove the answer. */
export const toolChangeSchema = z.record(z.string(), z.union([z.string(), z.number().int(), z.null()]));
export type ToolChange = z.infer<typeof toolChangeSchema>;

const whatIf = <E extends z.ZodTypeAny>(expect: E) =>
  z
    .object({
      /** The question the trainer asks the room, e.g. "What if she were looked after?". */
      label: z.string().trim().min(10).max(120).refine((s) => /\?$/.test(s), { message: 'a "what if" is a question ending with "?"' }),
      /** The answers that change (null removes one). */
      change: toolChangeSchema.refine((c) => Object.keys(c).length > 0, { message: 'a "what if" changes at least one answer' }),
      /** The outcome the tool should then give. */
      expect,
    })
    .strict();

const whoShouldLeadExpect = z
  .object({
    /** The lead the tool gives (data-lead): an id of LEAD_IDS in the tool's rules. */
    lead: oneOf(LEAD_IDS, 'lead'),
    /** How firm (data-strength). */
    strength: oneOf(STRENGTHS, 'strength'),
  })
  .strict();

const changeExpect = z
  .object({
    /** data-change. */
    change: oneOf(CHANGES, 'change'),
    /** data-new-lead: a lead id of the tool, `unchanged` or `none`. */
    newLead: oneOf([...NEXT_LEADS, 'unchanged', 'none'] as const, 'newLead'),
    /** data-strength: how firm the answer to "does the lead change?" is. */
    strength: oneOf(STRENGTHS, 'strength'),
  })
  .strict();
const resolveExpect = z
  .object({
    /** data-next: the next step. */
    next: oneOf(NEXT_IDS, 'next'),
    /** data-deadline. */
    deadline: oneOf(DEADLINES, 'deadline'),
    /** data-strength. */
    strength: oneOf(STRENGTHS, 'strength'),
  })
  .strict();

/** The tool an exercise opens, its answers in that tool's URL contract, and the outcome expected. */
export const exerciseToolSchema = z.discriminatedUnion('id', [
  z
    .object({
      /** "Who should be the lead professional?" */
      id: z.literal('who-should-lead'),
      /** The case's answers (parameter names of src/tools/who-should-lead/contract.ts). */
      answers: toolAnswersSchema,
      /** What the tool's rules give: checked against the current rules at build time and by a test. */
      expect: whoShouldLeadExpect,
      /** Answers to change in the room, each with the outcome it should give. */
      whatIf: z.array(whatIf(whoShouldLeadExpect)).max(3).default([]),
    })
    .strict(),
  z
    .object({
      /** "Does the lead professional need to change?" */
      id: z.literal('change-lead-professional'),
      /** The case's answers (parameter names of src/tools/change-lead-professional/contract.ts). */
      answers: toolAnswersSchema,
      /** What the tool's rules give: checked against the current rules at build time and by a test. */
      expect: changeExpect,
      whatIf: z.array(whatIf(changeExpect)).max(3).default([]),
    })
    .strict(),
  z
    .object({
      /** "We can't agree: what happens next?" */
      id: z.literal('resolve-disagreement'),
      /** The case's answers (parameter names of src/tools/resolve-disagreement/contract.ts). */
      answers: toolAnswersSchema,
      /** What the tool's rules give: checked against the current rules at build time and by a test. */
      expect: resolveExpect,
      whatIf: z.array(whatIf(resolveExpect)).max(3).default([]),
    })
    .strict(),
]);
export type ExerciseTool = z.infer<typeof exerciseToolSchema>;

/** Where a case comes from: a source's case study, or invented by us from the sources' rules. */
export const exerciseCaseSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** A case study or example in one of the sources, retold in our words. */
      kind: z.literal('source'),
      /** Where it is. */
      cite: citationSchema,
    })
    .strict(),
  z
    .object({
      /** A composite case we invented to test a rule; always labelled as invented. */
      kind: z.literal('invented'),
      /** The rules it was built to test, cited. */
      tests: z.array(citationSchema).min(1, 'say which rules the invented case tests'),
    })
    .strict(),
]);

/** Front matter of a scenario exercise. */
export const exerciseSchema = z
  .object({
    /** The exercise's title: the case and its point, e.g. "Samantha and Diane: a GP who knows the family". */
    title: label(90),
    /** One sentence for lists and search. */
    summary: sentences(30, 220),
    /** Every training page is for trainers. */
    audience: z.literal('trainers').default('trainers'),
    /** The module it belongs to (a file name in src/content/training/modules/). */
    module: slug('module'),
    /** Position within its module (1 = first); unique within the module. */
    order: z.number().int().positive(),
    /** Which jurisdiction the case is set in. */
    jurisdiction: oneOf(['england', 'scotland'] as const, 'jurisdiction'),
    /** Where the case comes from. */
    case: exerciseCaseSchema,
    /** The facts, in plain words for participants (handout and slides): 2 to 5 short points. */
    facts: z.array(sentences(15, 170)).min(2).max(5),
    /** What the group discusses: 2 to 3 questions. */
    questions: z.array(z.string().trim().min(10).max(150).refine((s) => /\?$/.test(s), { message: 'a discussion question ends with "?"' })).min(2).max(3),
    /** The tool the exercise opens, with the case's answers and the expected outcome. */
    tool: exerciseToolSchema,
    /** The date the exercise was last checked against its sources (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
  })
  .strict();
export type ExerciseData = z.infer<typeof exerciseSchema>;

// ---------------------------------------------------------------------------------------------------------
// Session plans: src/content/training/session-plans/<module>.yaml
// ---------------------------------------------------------------------------------------------------------

/** What a plan row uses: a guidance page, a tool, an exercise, or one of the module's own pages. */
export const PLAN_USE = /^(?:(?:guidance|tool|exercise):[a-z0-9-]+|slides|handout|knowledge-check|model-answers)$/;

/** One row of a session plan. */
export const planRowSchema = z
  .object({
    /** What happens. */
    activity: label(90),
    /** How long it takes, in whole minutes. */
    minutes: z.number().int().min(5, 'an activity takes at least 5 minutes').max(60, 'split an activity longer than 60 minutes'),
    /** How it is run, e.g. "Trainer input", "Small groups", "Whole group". */
    method: label(60),
    /** What the trainer needs, e.g. "Slides 4 to 6; handout page 1". */
    materials: label(120),
    /**
     * What it uses, each "guidance:<slug>", "tool:<id>", "exercise:<id>", or one of the module's pages:
     * "slides", "handout", "knowledge-check", "model-answers".
     */
    uses: z.array(z.string().regex(PLAN_USE, 'a use is "guidance:<slug>", "tool:<id>", "exercise:<id>", "slides", "handout", "knowledge-check" or "model-answers"')).default([]),
  })
  .strict();

/** One session plan: its length and its timed rows, which add up to the length. */
export const planSchema = z
  .object({
    /** Which plan: the 2-hour or the half-day session. */
    id: oneOf(PLAN_IDS, 'plan id'),
    /** Its length in minutes: 120 for two-hour, 180 for half-day. */
    minutes: z.number().int(),
    /** The activities in order. */
    rows: z.array(planRowSchema).min(4),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const expected = PLAN_MINUTES[plan.id];
    if (plan.minutes !== expected) ctx.addIssue({ code: 'custom', path: ['minutes'], message: `a ${plan.id} plan lasts ${expected} minutes; got ${plan.minutes}` });
    const total = plan.rows.reduce((n, r) => n + r.minutes, 0);
    if (total !== plan.minutes) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: `the ${plan.id} plan's rows add up to ${total} minutes, not the stated ${plan.minutes}` });
    }
  });
export type PlanData = z.infer<typeof planSchema>;

/** A module's session plans: exactly one 2-hour and one half-day plan. */
export const sessionPlansSchema = z
  .object({
    /** The module (a file name in src/content/training/modules/). */
    module: slug('module'),
    /** The 2-hour plan first, then the half-day plan. */
    plans: z.array(planSchema).length(2, 'give exactly two plans: two-hour and half-day'),
  })
  .strict()
  .superRefine((data, ctx) => {
    const ids = data.plans.map((p) => p.id).join(',');
    if (ids !== PLAN_IDS.join(',')) ctx.addIssue({ code: 'custom', path: ['plans'], message: `give the plans in this order: ${PLAN_IDS.join(', ')}; got ${ids}` });
  });
export type SessionPlansData = z.infer<typeof sessionPlansSchema>;

// ---------------------------------------------------------------------------------------------------------
// Knowledge checks: src/content/training/knowledge-checks/<module>.yaml
// ---------------------------------------------------------------------------------------------------------

/** One answer option. */
export const checkOptionSchema = z
  .object({
    /** The option as the participant reads it. */
    text: z.string().trim().min(2).max(160),
    /** True on the one right answer. */
    correct: z.boolean().default(false),
  })
  .strict();

/** One knowledge-check question. */
export const checkQuestionSchema = z
  .object({
    /** Stable id within the check. */
    id: slug('question id'),
    /** The question. */
    question: z.string().trim().min(10).max(200).refine((s) => /\?$/.test(s), { message: 'a question ends with "?"' }),
    /** Two to four options, exactly one of them correct. */
    options: z
      .array(checkOptionSchema)
      .min(2)
      .max(4)
      .refine((o) => o.filter((x) => x.correct).length === 1, { message: 'mark exactly one option "correct: true"' }),
    /** Why the right answer is right, shown after each answer. */
    explanation: sentences(20, 320),
    /** Where the sources say it. */
    cite: citationSchema,
  })
  .strict();

/** A module's knowledge check: 8 to 12 questions. */
export const knowledgeCheckSchema = z
  .object({
    /** The module (a file name in src/content/training/modules/). */
    module: slug('module'),
    /** The questions, in order. */
    questions: z
      .array(checkQuestionSchema)
      .min(8, 'a knowledge check has 8 to 12 questions')
      .max(12, 'a knowledge check has 8 to 12 questions')
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'question ids must be unique' }),
  })
  .strict();
export type KnowledgeCheckData = z.infer<typeof knowledgeCheckSchema>;

// ---------------------------------------------------------------------------------------------------------
// Slide decks: src/content/training/slides/<module>.yaml
// ---------------------------------------------------------------------------------------------------------

/** Speaker notes: what the trainer says or does on this slide. */
const notes = sentences(20, 700);

/**
 * One slide, one idea. Most kinds take their content from the module: its title, outcomes, an exercise,
 * the generated who-leads summary or a tool's generated diagram. Only a `point` slide has its own words.
 */
export const slideSchema = z.discriminatedUnion('kind', [
  z.object({ /** The module's title and who it is for. */ kind: z.literal('title'), notes }).strict(),
  z.object({ /** The module's learning outcomes. */ kind: z.literal('outcomes'), notes }).strict(),
  z
    .object({
      /** One idea in a heading and up to three short points. */
      kind: z.literal('point'),
      /** The idea, as a heading. */
      heading: label(80),
      /** Up to three short points. */
      points: z.array(z.string().trim().min(3).max(110)).max(3).default([]),
      /** Where the sources say it. */
      cites: z.array(citationSchema).min(1, 'a point slide cites its source'),
      notes,
    })
    .strict(),
  z
    .object({
      /** An exercise's facts and questions. */
      kind: z.literal('exercise'),
      /** The exercise id (a file name in src/content/training/exercises/). */
      exercise: slug('exercise'),
      notes,
    })
    .strict(),
  z
    .object({
      /** The tool's generated decision diagram, taken from /tools/<tool>/diagram/ when the site is built. */
      kind: z.literal('diagram'),
      /** The tool id. */
      tool: slug('tool'),
      notes,
    })
    .strict(),
  z.object({ /** The module's who-leads summary, generated from the rules. */ kind: z.literal('who-leads'), notes }).strict(),
  z.object({ /** A pointer to the knowledge check. */ kind: z.literal('check'), notes }).strict(),
]);
export type SlideData = z.infer<typeof slideSchema>;

/** A module's slide deck. */
export const slideDeckSchema = z
  .object({
    /** The module (a file name in src/content/training/modules/). */
    module: slug('module'),
    /** The slides in order; the first is the title slide. */
    slides: z
      .array(slideSchema)
      .min(6)
      .max(30)
      .refine((s) => s[0]?.kind === 'title', { message: 'the first slide is the title slide (kind: title)' }),
  })
  .strict();
export type SlideDeckData = z.infer<typeof slideDeckSchema>;

// ---------------------------------------------------------------------------------------------------------
// Wording: src/content/training/wording.yaml
// ---------------------------------------------------------------------------------------------------------

/** The interface words of the training pages, keyed (see src/training/wording.ts). Values may hold {name} slots. */
export const wordingSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'wording keys are lower-case words joined by dots or hyphens'),
  z.string().trim().min(1),
);
