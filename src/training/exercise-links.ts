/**
 * An exercise stores only its tool id and its answers, in that tool's own URL contract; everything a
 * trainer clicks is generated from those answers, so no answer is typed twice:
 *   - the exercise link: /tools/<tool>/?<answers>&mode=exercise (the engine's scenario mode hides the
 *     outcome until "Reveal");
 *   - each "what if" link: the same answers with one or two changed (a null change removes an answer).
 * `checkExerciseTool` says whether the stored answers fit the contract and whether the tool's current
 * rules still give the expected outcome.
 */
import { readFileSync } from 'node:fs';
import { TOOL_IDS } from '../tools/registry.ts';
import { summarise } from '../tools/engine/server.ts';
import type { ToolId } from '../tools/registry.ts';
import type { ExerciseTool, ToolAnswers, ToolChange } from '../content/training/schemas.ts';

/** The engine-level parameter that opens a tool in scenario mode (issue 11). */
export const EXERCISE_MODE = { param: 'mode', value: 'exercise' } as const;

/** The answers as a query string, in the order the exercise gives them (without "?"). */
export function answersQuery(answers: ToolAnswers): string {
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(answers)) out.append(name, String(value));
  return out.toString();
}

/** The answers after a "what if": changed values replace, `null` removes, new names are added at the end. */
export function applyChange(answers: ToolAnswers, change: ToolChange): ToolAnswers {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(answers)) {
    if (!(name in change)) out[name] = value;
    else if (change[name] !== null) out[name] = change[name] as string | number;
  }
  for (const [name, value] of Object.entries(change)) if (!(name in answers) && value !== null) out[name] = value;
  return out;
}

/** The link that opens the tool on these answers in scenario mode. */
export function exerciseHref(toolId: string, answers: ToolAnswers): string {
  const query = answersQuery(answers);
  return `/tools/${toolId}/?${query}${query ? '&' : ''}${EXERCISE_MODE.param}=${EXERCISE_MODE.value}`;
}

/** Whether the tool is on the site today (a link to a tool that is not would be dead). */
export function toolIsBuilt(toolId: string): boolean {
  return (TOOL_IDS as readonly string[]).includes(toolId);
}

/** The tool's title, from its own wording. */
export function toolTitle(toolId: string): string {
  if (!toolIsBuilt(toolId)) throw new Error(`unknown tool "${toolId}"`);
  return (JSON.parse(readFileSync(`src/tools/${toolId}/wording/en.json`, 'utf8')) as Record<string, string>)['tool.title']!;
}

/** One set of answers and the outcome expected from it, labelled for messages. */
interface Case {
  label: string;
  answers: ToolAnswers;
  expect: Record<string, string>;
}

function cases(tool: ExerciseTool): Case[] {
  const base: Case = { label: 'the exercise', answers: tool.answers, expect: tool.expect };
  return [base, ...tool.whatIf.map((w) => ({ label: `what if "${w.label}"`, answers: applyChange(tool.answers, w.change), expect: w.expect }))];
}

/** Whether a built tool's current rules give the expected outcome (each expected attribute) for these answers. */
export function builtToolProblems(toolId: ToolId, query: string, expected: Readonly<Record<string, string>>): string[] {
  const run = summarise(toolId, query);
  if (!run.ok) return run.problems;
  return Object.entries(expected)
    .filter(([key, value]) => run.summary[key] !== value)
    .map(([key, value]) => `the rules now give ${key} "${run.summary[key] ?? '(none)'}", not "${value}"`);
}

/**
 * Everything wrong with an exercise's tool data, one line each (empty when all is well): every answer must be one
 * the tool asks and accepts, the answers must be complete, and the tool's current rules must give the expected
 * outcome, for the exercise and for each "what if".
 */
export function checkExerciseTool(tool: ExerciseTool): string[] {
  const out: string[] = [];
  for (const c of cases(tool)) {
    const problems = toolIsBuilt(tool.id) ? builtToolProblems(tool.id as ToolId, answersQuery(c.answers), c.expect) : [`unknown tool "${tool.id}"`];
    for (const p of problems) out.push(`${c.label}: ${p}`);
  }
  return out;
}
