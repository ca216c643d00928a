/**
 * The URL contract of a decision tool that is not built yet, copied exactly from its issue (issue 10: "We can't
 * agree: what happens next?"), so that training exercises can store their answers in it today and be checked for
 * typing mistakes. When the tool lands, its own contract replaces its entry here, and this file goes.
 *
 * Plain data: no Astro, Preact or XState imports.
 */
import { STRENGTHS } from '../content/strength.ts';

/** One query parameter: its allowed values, and the answer it depends on (asked only then). */
export interface PendingParam {
  values: readonly string[];
  /** Only valid with this other answer, e.g. `status-ended` only with `reason=status-ended`. */
  onlyWith?: { param: string; value: string };
  /** Must be given. */
  required?: true;
}

/** What an exercise on this tool expects the outcome to be, attribute by attribute (the outcome element's data-*). */
export interface PendingOutcome {
  /** The outcome element's attribute for each field, e.g. `newLead` is `data-new-lead`. */
  attributes: Record<string, string>;
  /** Allowed values per field. */
  values: Record<string, readonly string[]>;
}

export interface PendingTool {
  /** The tool id: /tools/<id>/. */
  id: string;
  /** Its title, from its issue. */
  title: string;
  /** The issue that specifies it. */
  issue: number;
  params: Record<string, PendingParam>;
  outcome: PendingOutcome;
}

const GUIDANCE_FOUR = ['england', 'salford', 'safeh', 'scotland'] as const;

export const PENDING_TOOLS = {
  'resolve-disagreement': {
    id: 'resolve-disagreement',
    title: "We can't agree: what happens next?",
    issue: 10,
    params: {
      guidance: { values: GUIDANCE_FOUR, required: true },
      about: { values: ['who-leads', 'not-delivering', 'approach'], required: true },
      'safety-concern': { values: ['yes', 'no'], required: true },
      tried: { values: ['nothing', 'team', 'coordinator', 'managers', 'heads-of-service'], required: true },
    },
    outcome: {
      attributes: { next: 'data-next', deadline: 'data-deadline', strength: 'data-strength' },
      values: {
        next: [
          'child-protection-procedures',
          'team-discussion',
          'early-help-coordinator',
          'line-managers',
          'heads-of-service',
          'safeguarding-board',
          'service-development-manager',
          'local-protocol',
          'managers-and-steering-group',
        ],
        deadline: ['four-working-days', 'none'],
        strength: STRENGTHS,
      },
    },
  },
} as const satisfies Record<string, PendingTool>;

export type PendingToolId = keyof typeof PENDING_TOOLS;
export const PENDING_TOOL_IDS = Object.keys(PENDING_TOOLS) as PendingToolId[];

/** What is wrong with a set of answers for a pending tool, one line each (empty when they fit its contract). */
export function pendingAnswerProblems(tool: PendingTool, answers: Readonly<Record<string, string | number>>): string[] {
  const out: string[] = [];
  for (const [name, raw] of Object.entries(answers)) {
    const spec = tool.params[name];
    if (!spec) {
      out.push(`"${name}" is not a parameter of ${tool.id} (issue ${tool.issue}); allowed: ${Object.keys(tool.params).join(', ')}`);
      continue;
    }
    const value = String(raw);
    if (!spec.values.includes(value)) out.push(`${name}=${value} is not allowed; ${name} is one of ${spec.values.join(', ')}`);
    if (spec.onlyWith && String(answers[spec.onlyWith.param]) !== spec.onlyWith.value) {
      out.push(`${name} is only used with ${spec.onlyWith.param}=${spec.onlyWith.value}`);
    }
  }
  for (const [name, spec] of Object.entries(tool.params)) {
    if (spec.required && answers[name] === undefined) out.push(`${tool.id} needs "${name}"`);
  }
  return out;
}

/** What is wrong with an expected outcome for a pending tool (empty when every field is known and allowed). */
export function pendingOutcomeProblems(tool: PendingTool, expected: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const field of Object.keys(tool.outcome.values)) {
    if (expected[field] === undefined) out.push(`the expected outcome needs "${field}"`);
  }
  for (const [field, value] of Object.entries(expected)) {
    const allowed = tool.outcome.values[field];
    if (!allowed) out.push(`"${field}" is not part of ${tool.id}'s outcome; fields: ${Object.keys(tool.outcome.values).join(', ')}`);
    else if (!allowed.includes(value)) out.push(`${field}: "${value}" is not one of ${allowed.join(', ')}`);
  }
  return out;
}
