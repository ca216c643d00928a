/**
 * Runs the CURRENT rules of "Who should be the lead professional?" on an exercise's answers, exactly as
 * the tool does when it opens a link: the query string is parsed by the tool's own URL layer (parseQuery),
 * the answers become facts (toFacts) and the rules decide (recommendLead). Training content never restates
 * who leads: it states an expected lead and strength, and this module says whether the rules agree.
 *
 * This is the only place the training section imports the tool's internals; when the tool moves onto the
 * shared engine (issue 7), repoint these imports and nothing else changes.
 */
import { parseQuery, ignoredMessage } from '../machines/who-should-lead/url.ts';
import { askedQuestions, firstUnanswered, toFacts, type AnswerValue, type QuestionId } from '../machines/who-should-lead/questions.ts';
import { answerText, questionCopy, type ToolCopy } from '../components/tools/who-should-lead/copy.ts';
import { LEAD_IDS, recommendLead, type LeadId, type Recommendation } from '../machines/who-should-lead/rules.ts';
import { GUIDANCE, type Guidance } from '../machines/who-should-lead/facts.ts';
import type { Strength } from '../content/strength.ts';

export { LEAD_IDS, GUIDANCE };
export type { LeadId, Guidance, Recommendation, ToolCopy };

/** What the tool concludes from a query string, or why it cannot. */
export type ToolRun =
  | { ok: true; recommendation: Recommendation; guidance: Guidance }
  | { ok: false; problems: string[] };

/** Opens the tool on a query string (without the engine's own parameters) and reads its answer. */
export function runWhoShouldLead(query: string): ToolRun {
  const parsed = parseQuery(query);
  const problems = parsed.ignored.map((i) => ignoredMessage(i));
  const missing = firstUnanswered(parsed.answers);
  if (missing) problems.push(`the answers stop short: the tool would still ask "${missing}"`);
  const guidance = parsed.facts.guidance;
  if (!guidance) problems.push('the answers do not say which guidance to follow');
  if (problems.length > 0 || !guidance) return { ok: false, problems };
  return { ok: true, recommendation: recommendLead(toFacts(parsed.answers), guidance), guidance };
}

/** Whether the tool's answer for `query` is `lead` with `strength`; the reasons when it is not. */
export function whoShouldLeadProblems(query: string, expected: { lead: LeadId; strength: Strength }): string[] {
  const run = runWhoShouldLead(query);
  if (!run.ok) return run.problems;
  const { lead, strength } = run.recommendation;
  const out: string[] = [];
  if (lead !== expected.lead) out.push(`the rules now say the lead is "${lead}", not "${expected.lead}"`);
  if (strength !== expected.strength) out.push(`the rules now give the strength "${strength}", not "${expected.strength}"`);
  return out;
}

/** One answer a link gives, as the tool shows it on "Check your answers": its question and the answer in words. */
export interface AnswerLine {
  id: string;
  question: string;
  answer: string[];
}

/** The answers a query string gives the tool, question by question, in the tool's own words. */
export function answerLines(query: string, copy: ToolCopy): AnswerLine[] {
  const { answers } = parseQuery(query);
  return askedQuestions(answers).map((q) => {
    const id = q.id as QuestionId;
    return { id, question: questionCopy(copy, id).question, answer: answerText(copy, id, answers[id] as AnswerValue | undefined, answers) };
  });
}
