/**
 * What the island receives from the page (content collections, passed as props) and small
 * helpers to look words up by id. No rules and no routing here: only words.
 */
import type { QuestionCopy } from '../../../content/tools/who-should-lead/question-schema.ts';
import type { OutcomeCopyEntry } from '../../../content/tools/who-should-lead/outcome-schema.ts';
import type { Citation } from '../../../content/schemas.ts';
import { citationLabel } from '../../../content/citations.ts';
import {
  checklistItems,
  question,
  type AnswerValue,
  type Answers,
  type ChecklistQuestion,
  type QuestionId,
} from '../../../machines/who-should-lead/questions.ts';

/** A source document, as much as the outcome needs to cite it. */
export interface SourceSummary {
  id: string;
  title: string;
  shortTitle: string;
  year: number | null;
  /** Date as the document gives it, in words. */
  date: string;
  /** Short date for inline citations: "2007", "after 2018", "undated". */
  when: string;
  jurisdiction: 'england' | 'scotland' | 'both';
  scope: 'national' | 'local';
}

/** One entry of the outcomes collection (bare key as `id`, beside `kind`). */
export type OutcomeCopy = OutcomeCopyEntry;

/** The kinds of outcome words the island uses (the table's own words stay on the server). */
export const ISLAND_KINDS: readonly OutcomeCopy['kind'][] = ['lead', 'outcome', 'rule', 'must-not', 'role', 'duty', 'check', 'next-step'];

export interface ToolCopy {
  questions: readonly QuestionCopy[];
  outcomes: readonly OutcomeCopy[];
  sources: readonly SourceSummary[];
}

export function questionCopy(copy: ToolCopy, id: QuestionId): QuestionCopy {
  const found = copy.questions.find((q) => q.id === id);
  if (!found) throw new Error(`questions.yaml has no entry for "${id}"`);
  return found;
}

export function optionLabel(q: QuestionCopy, value: string, short = false): string {
  const option = q.options?.find((o) => o.value === value);
  if (!option) return value;
  return short ? (option.short ?? option.label) : option.label;
}

/** How an answer reads on "Check your answers" and in the printed summary. */
export function answerText(copy: ToolCopy, id: QuestionId, value: AnswerValue | undefined, answers: Answers): string[] {
  const q = questionCopy(copy, id);
  if (value === undefined) return ['Not answered'];
  if (typeof value === 'number') {
    if (value === 0 && q.answerZero) return [q.answerZero];
    if (q.answerText) return [q.answerText.replace('{n}', String(value))];
    return [q.suffix ? `${value} ${q.suffix}` : String(value)];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [q.none?.label ?? 'None'];
    const offered = checklistItems(question(id) as ChecklistQuestion, answers);
    return offered.filter((item) => value.includes(item)).map((item) => optionLabel(q, item, true));
  }
  return [optionLabel(q, value as string, true)];
}

export function sourceById(copy: ToolCopy, id: string): SourceSummary | undefined {
  return copy.sources.find((s) => s.id === id);
}

/** "CWDC managers' guide, 2007, para 3.14" */
export function citeLabel(copy: ToolCopy, c: Citation): string {
  const s = sourceById(copy, c.source);
  return s ? citationLabel(s, c.at) : `${c.source}, ${c.at}`;
}

/** The source each guidance choice follows (for its name and date beside an answer). */
export const GUIDANCE_SOURCE: Record<'england' | 'salford' | 'scotland', string> = {
  england: 'cwdc-2007',
  salford: 'salford',
  scotland: 'girfec-2010',
};

type Of<K extends OutcomeCopy['kind']> = Extract<OutcomeCopy, { kind: K }>;

/** The words of one kind for one key (rules.ts ids), or undefined. */
export function findWords<K extends OutcomeCopy['kind']>(copy: ToolCopy, kind: K, key: string): Of<K> | undefined {
  return copy.outcomes.find((e): e is Of<K> => e.kind === kind && e.id === key);
}

/** Looks up the words for each kind of id the Recommendation uses; a missing entry shows its id. */
export function outcomeWords(copy: ToolCopy) {
  return {
    lead: (id: string) => findWords(copy, 'lead', id)?.name ?? id,
    leadAbout: (id: string) => findWords(copy, 'lead', id)?.about,
    outcomeTitle: (id: string) => findWords(copy, 'outcome', id)?.title ?? id,
    outcome: (id: string) => findWords(copy, 'outcome', id)?.summary ?? id,
    rule: (id: string) => findWords(copy, 'rule', id)?.text ?? id,
    mustNot: (id: string) => findWords(copy, 'must-not', id),
    role: (id: string) => findWords(copy, 'role', id),
    duty: (id: string) => findWords(copy, 'duty', id)?.text ?? id,
    check: (id: string) => findWords(copy, 'check', id)?.text ?? id,
    nextStep: (id: string) => findWords(copy, 'next-step', id)?.text ?? id,
  };
}
