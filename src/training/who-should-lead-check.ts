/**
 * Runs the CURRENT rules of "Who should be the lead professional?" on an exercise's answers, exactly as the tool
 * does when it opens a link: the tool's own flow reads the query string and the rules decide, under the tool's
 * register. Training content never restates who leads: it states an expected lead and strength, and this module
 * says whether the rules agree. It builds the tool from its own files (register, flow, relevance), so it works
 * wherever the content is checked: the content config, the pages and the unit tests.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createFlow, type Flow } from '../tools/engine/flow.ts';
import { computeRelevance } from '../tools/engine/relevance.ts';
import { loadRegister, type Register } from '../tools/engine/register.ts';
import { questionCopySchema, type QuestionCopy } from '../tools/engine/question-schema.ts';
import { answerText } from '../tools/engine/components/CheckAnswers.tsx';
import { ignoredMessage, t, type Wording } from '../tools/engine/wording.ts';
import { loadGuidances } from '../tools/engine/guidances.ts';
import engineWording from '../tools/engine/en.json' with { type: 'json' };
import tool from '../tools/who-should-lead/tool.ts';
import { GUIDANCE, type Facts, type Guidance } from '../tools/who-should-lead/contract.ts';
import { LEAD_IDS, recommendLead, type LeadId, type Recommendation } from '../tools/who-should-lead/rules.ts';
import type { Strength } from '../content/strength.ts';

export { LEAD_IDS, GUIDANCE };
export type { LeadId, Guidance, Recommendation };

const FOLDER = 'src/tools/who-should-lead';

let built: { flow: Flow; register: Register; wording: Wording; questions: QuestionCopy[] } | undefined;

/** The tool as its page builds it (once per process). */
function whoShouldLead() {
  if (built) return built;
  const register = loadRegister(`${FOLDER}/register.yaml`);
  const flow = createFlow(tool.flow, computeRelevance(tool.flow, tool.outcomeOf(register)));
  const own = JSON.parse(readFileSync(`${FOLDER}/wording/en.json`, 'utf8')) as Record<string, string>;
  const questions = (parse(readFileSync(`${FOLDER}/wording/questions.yaml`, 'utf8')) as unknown[]).map((q) => questionCopySchema.parse(q));
  built = { flow, register, wording: { ...engineWording, ...own }, questions };
  return built;
}

/** What the tool concludes from a query string, or why it cannot. */
export type ToolRun =
  | { ok: true; recommendation: Recommendation; guidance: Guidance }
  | { ok: false; problems: string[] };

/** Opens the tool on a query string (without the engine's own parameters) and reads its answer. */
export function runWhoShouldLead(query: string): ToolRun {
  const { flow, register } = whoShouldLead();
  const link = flow.readLink(query);
  const problems = link.ignored.map((i) => ignoredMessage(whoShouldLead().wording, loadGuidances(), i));
  const missing = flow.firstUnanswered(link.answers);
  if (missing) problems.push(`the answers stop short: the tool would still ask "${missing}"`);
  const guidance = link.facts.guidance as Guidance | undefined;
  if (!guidance) problems.push('the answers do not say which guidance to follow');
  if (problems.length > 0 || !guidance) return { ok: false, problems };
  return { ok: true, recommendation: recommendLead(flow.toFacts(link.answers) as Facts, guidance, register), guidance };
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
export function answerLines(query: string): AnswerLine[] {
  const { flow, wording, questions } = whoShouldLead();
  const { answers } = flow.readLink(query);
  const copy = (id: string) => {
    const found = questions.find((q) => q.id === id);
    if (!found) throw new Error(`${FOLDER}/wording/questions.yaml has no words for "${id}"`);
    return found;
  };
  return flow.asked(answers).map((q) => ({ id: q.id, question: copy(q.id).question, answer: answerText(flow, copy(q.id), wording, answers[q.id], answers) }));
}

/** The register the tool runs on, and a word of its wording (for model answers). */
export const whoShouldLeadRegister = (): Register => whoShouldLead().register;
export const whoShouldLeadWord = (key: string): string => t(whoShouldLead().wording, key);
