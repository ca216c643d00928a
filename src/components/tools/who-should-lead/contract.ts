/**
 * The URL contract described for people: one row per parameter, generated from facts.ts (through
 * params.ts), the question definitions and the question words. Used by the share help page, and
 * to check at build time that questions.yaml has words for every question and option.
 */
import type { QuestionCopy } from '../../../content/tools/who-should-lead/question-schema.ts';
import { GUIDANCE, type FactKey, type Guidance } from '../../../machines/who-should-lead/facts.ts';
import { PARAMS, PARAM_NAMES, describeValues } from '../../../machines/who-should-lead/params.ts';
import {
  ITEM_LIMITS,
  QUESTIONS,
  isComplete,
  itemProblem,
  prune,
  questionProblem,
  type Answers,
  type ChecklistQuestion,
  type Question,
} from '../../../machines/who-should-lead/questions.ts';
import { serializeAnswers } from '../../../machines/who-should-lead/url.ts';

const GUIDANCE_WORDS: Record<Guidance, string> = { england: 'England', salford: 'Salford', scotland: 'Scotland' };

/** Everything wrong between the question words and the question definitions (empty when they match). */
export function copyProblems(copy: readonly QuestionCopy[]): string[] {
  const problems: string[] = [];
  const byId = new Map(copy.map((c) => [c.id, c]));
  for (const q of QUESTIONS as readonly Question[]) {
    const words = byId.get(q.id);
    if (!words) {
      problems.push(`no entry for question "${q.id}"`);
      continue;
    }
    const expected = q.kind === 'radios' ? q.values : q.kind === 'checkboxes' ? q.items : [];
    const given = (words.options ?? []).map((o) => o.value);
    const missing = expected.filter((v) => !given.includes(v));
    const extra = given.filter((v) => !(expected as readonly string[]).includes(v));
    if (missing.length) problems.push(`"${q.id}" has no words for option(s): ${missing.join(', ')}`);
    if (extra.length) problems.push(`"${q.id}" has words for unknown option(s): ${extra.join(', ')}`);
    if (q.kind === 'number' && !words.errorInvalid) problems.push(`"${q.id}" needs errorInvalid (it takes a typed number)`);
    if (q.kind === 'checkboxes' && !words.none) problems.push(`"${q.id}" needs a "none" option`);
  }
  for (const c of copy) if (!QUESTIONS.some((q) => q.id === c.id)) problems.push(`entry "${c.id}" is not a question the tool asks`);
  return problems;
}

export interface ContractValue {
  value: string;
  meaning: string;
}

export interface ContractRow {
  param: FactKey;
  /** The question it answers, in the tool's words. */
  question: string;
  /** Allowed values with their meaning, or a range. */
  values: ContractValue[];
  /** "yes or no", "a whole number from 0 to 25", … */
  valuesInWords: string;
  /** Guidance under which the tool uses it. */
  guidance: Guidance[];
  /** When it is asked, beyond the guidance. */
  when: string;
}

function guidanceFor(param: FactKey): Guidance[] {
  return GUIDANCE.filter((g) => {
    const answers: Answers = { guidance: g };
    const own = (QUESTIONS as readonly Question[]).find((q) => q.id === param);
    if (own) {
      const p = questionProblem(own, answers);
      if (p === null || p.why === 'parent') return true;
    }
    return (QUESTIONS as readonly Question[]).some(
      (q) => q.kind === 'checkboxes' && q.guidance.includes(g) && (q.items as readonly string[]).includes(param) && itemProblem(param, g, undefined) === null,
    );
  });
}

function whenAsked(param: FactKey): string {
  const own = (QUESTIONS as readonly Question[]).find((q) => q.id === param);
  const parts: string[] = [];
  const limit = ITEM_LIMITS[param];
  if (limit) {
    if (limit.minAge !== undefined && limit.maxAge !== undefined) parts.push(`only at ages ${limit.minAge} to ${limit.maxAge}`);
    else if (limit.minAge !== undefined) parts.push(`only from age ${limit.minAge}`);
  }
  if (own?.after && own.after.item !== param) {
    const spec = PARAMS[own.after.item];
    parts.push(spec.kind === 'boolean' ? `only when ${own.after.item}=yes` : `only when ${own.after.item} is not "no"`);
  } else if (own?.after && own.after.item === param) {
    parts.push('a status from the checklist: "no" if it does not apply, otherwise which kind');
  } else if ((QUESTIONS as readonly Question[]).some((q) => q.kind === 'checkboxes' && (q.items as readonly string[]).includes(param))) {
    parts.push('a status from the checklist');
  }
  if (param === 'guidance') parts.push('always; every other parameter depends on it');
  return parts.join('; ') || 'always, for this guidance';
}

/** One row per URL parameter, in the order the tool writes them. */
export function contractRows(copy: readonly QuestionCopy[]): ContractRow[] {
  const byId = new Map(copy.map((c) => [c.id, c]));
  return PARAM_NAMES.map((param) => {
    const spec = PARAMS[param];
    const own = byId.get(param);
    const lists = (QUESTIONS as readonly Question[]).filter(
      (q): q is ChecklistQuestion => q.kind === 'checkboxes' && (q.items as readonly string[]).includes(param),
    );
    const labels = lists.map((l) => ({ id: l.id, label: byId.get(l.id)?.options?.find((o) => o.value === param)?.label }));
    const itemLabel = labels[0]?.label;
    const distinct = [...new Set(labels.map((l) => l.label))];
    const question = own && !itemLabel
      ? own.question
      : itemLabel
        ? `Checklist status: "${distinct.join('" (England and Salford); "')}"${distinct.length > 1 ? ' (Scotland)' : ''}`
        : param;
    let values: ContractValue[] = [];
    if (spec.kind === 'enum') {
      values = spec.values.map((v) => ({
        value: v,
        meaning: own?.options?.find((o) => o.value === v)?.label ?? (v === 'no' ? 'Does not apply (not ticked)' : v),
      }));
    } else if (spec.kind === 'boolean') {
      const yes = own?.options?.find((o) => o.value === 'yes')?.label ?? (itemLabel ? 'Applies (ticked)' : 'Yes');
      const no = own?.options?.find((o) => o.value === 'no')?.label ?? (itemLabel ? 'Does not apply (not ticked)' : 'No');
      values = [
        { value: 'yes', meaning: yes },
        { value: 'no', meaning: no },
      ];
    }
    return { param, question, values, valuesInWords: describeValues(spec), guidance: guidanceFor(param), when: whenAsked(param) };
  });
}

export function guidanceWords(gs: readonly Guidance[]): string {
  return gs.map((g) => GUIDANCE_WORDS[g]).join(', ') || 'none';
}

/** A worked example for the share page: a complete scenario and its link. */
export interface Example {
  guidance: Guidance;
  title: string;
  answers: Answers;
  query: string;
}

const EXAMPLES: { guidance: Guidance; title: string; answers: Answers }[] = [
  {
    guidance: 'england',
    title: 'England: a 14-year-old in a children\'s home who is on a community order',
    answers: {
      guidance: 'england',
      age: 14,
      'additional-needs': 'yes',
      practitioners: 4,
      statuses: ['looked-after', 'youth-justice'],
      placement: 'residential',
      'youth-justice': 'community',
    },
  },
  {
    guidance: 'salford',
    title: 'Salford: a Year 9 pupil with an education, health and care plan',
    answers: {
      guidance: 'salford',
      age: 14,
      'additional-needs': 'yes',
      practitioners: 3,
      statuses: ['sen'],
      sen: 'ehcp',
      'year-group': 9,
      'needs-beyond-school': 'no',
    },
  },
  {
    guidance: 'scotland',
    title: 'Scotland: a child who needs a co-ordinated support plan, with three agencies involved',
    answers: {
      guidance: 'scotland',
      age: 10,
      agencies: 3,
      'scotland-statuses': ['co-ordinated-support-plan'],
      'third-sector-sla': 'no',
    },
  },
];

/** The examples, pruned to the questions the tool asks, each with its link. Throws if one is incomplete. */
export function examples(): Example[] {
  return EXAMPLES.map((e) => {
    const answers = prune(e.answers);
    if (!isComplete(answers)) throw new Error(`share example "${e.title}" does not answer every question the tool asks`);
    return { ...e, answers, query: serializeAnswers(answers) };
  });
}
