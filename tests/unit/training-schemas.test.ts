/** The trainers' content schemas: each refuses bad data with a message that says what is wrong. */
import { describe, expect, it } from 'vitest';
import {
  exerciseSchema,
  knowledgeCheckSchema,
  sessionPlansSchema,
  slideDeckSchema,
  trainingModuleSchema,
} from '../../src/content/training/schemas.ts';

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

const row = (minutes: number) => ({ activity: 'Talk', minutes, method: 'Whole group', materials: 'Slides', uses: ['slides'] });
const plans = (twoHour: number[], halfDay: number[]) => ({
  module: 'introduction',
  plans: [
    { id: 'two-hour', minutes: 120, rows: twoHour.map(row) },
    { id: 'half-day', minutes: 180, rows: halfDay.map(row) },
  ],
});

describe('session plans', () => {
  it('accept rows that add up to the stated length', () => {
    expect(sessionPlansSchema.safeParse(plans([30, 30, 30, 30], [45, 45, 45, 45])).success).toBe(true);
  });

  it('refuse rows that do not add up, saying by how much', () => {
    const result = sessionPlansSchema.safeParse(plans([30, 30, 30, 25], [45, 45, 45, 45]));
    expect(messages(result)).toMatch(/two-hour plan's rows add up to 115 minutes, not the stated 120/);
  });

  it('refuse a length that is not the plan\'s own, and plans in the wrong order', () => {
    const wrong = plans([30, 30, 30, 30], [45, 45, 45, 45]);
    wrong.plans[1]!.minutes = 200;
    expect(messages(sessionPlansSchema.safeParse(wrong))).toMatch(/half-day plan lasts 180 minutes; got 200/);
    const swapped = plans([30, 30, 30, 30], [45, 45, 45, 45]);
    swapped.plans.reverse();
    expect(messages(sessionPlansSchema.safeParse(swapped))).toMatch(/give the plans in this order: two-hour, half-day; got half-day,two-hour/);
  });

  it('refuse a "uses" entry that is not a guidance page, tool, exercise or module page', () => {
    const bad = plans([30, 30, 30, 30], [45, 45, 45, 45]);
    bad.plans[0]!.rows[0]!.uses = ['video'];
    expect(messages(sessionPlansSchema.safeParse(bad))).toMatch(/a use is "guidance:<slug>"/);
  });
});

const question = (id: string, correct = [false, true]) => ({
  id,
  question: 'Who leads for a child on a plan?',
  options: correct.map((c, i) => ({ text: `Option ${i}`, correct: c })),
  explanation: 'Because the named social worker is the lead professional.',
  cite: { source: 'cwdc-2007', at: 'para 2.7' },
});

describe('knowledge checks', () => {
  it('need 8 to 12 questions', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => question(`q${i}`));
    expect(knowledgeCheckSchema.safeParse({ module: 'introduction', questions: ids(8) }).success).toBe(true);
    expect(messages(knowledgeCheckSchema.safeParse({ module: 'introduction', questions: ids(7) }))).toMatch(/8 to 12 questions/);
    expect(messages(knowledgeCheckSchema.safeParse({ module: 'introduction', questions: ids(13) }))).toMatch(/8 to 12 questions/);
  });

  it('need exactly one right answer, a question mark and a citation', () => {
    const base = Array.from({ length: 7 }, (_, i) => question(`q${i}`));
    expect(messages(knowledgeCheckSchema.safeParse({ module: 'm', questions: [...base, question('x', [true, true])] }))).toMatch(/exactly one option/);
    expect(messages(knowledgeCheckSchema.safeParse({ module: 'm', questions: [...base, { ...question('y'), question: 'No question mark' }] }))).toMatch(/ends with "\?"/);
    const { cite: _cite, ...uncited } = question('z');
    expect(messages(knowledgeCheckSchema.safeParse({ module: 'm', questions: [...base, uncited] }))).toMatch(/cite/);
  });
});

const exercise = {
  title: 'A case',
  summary: 'A short case about who should lead for one child and why.',
  module: 'introduction',
  order: 1,
  jurisdiction: 'england',
  case: { kind: 'invented', tests: [{ source: 'cwdc-2007', at: 'para 3.14' }] },
  facts: ['The child is ten and has two workers.', 'The family trusts the school.'],
  questions: ['Who should lead?', 'Why that worker?'],
  tool: { id: 'who-should-lead', answers: { guidance: 'england' }, expect: { lead: 'senco', strength: 'good-practice' } },
  lastReviewed: '2026-11-24',
};

describe('exercises', () => {
  it('accept a complete exercise, with no "what if" by default', () => {
    const parsed = exerciseSchema.parse(exercise);
    expect(parsed.tool.whatIf).toEqual([]);
  });

  it('refuse an expected lead or strength the tool does not have', () => {
    expect(messages(exerciseSchema.safeParse({ ...exercise, tool: { ...exercise.tool, expect: { lead: 'headteacher', strength: 'good-practice' } } }))).toMatch(/lead must be one of/);
    expect(messages(exerciseSchema.safeParse({ ...exercise, tool: { ...exercise.tool, expect: { lead: 'senco', strength: 'firm' } } }))).toMatch(/strength must be one of/);
  });

  it('refuse an unknown tool, and an invented case that names no rule', () => {
    expect(exerciseSchema.safeParse({ ...exercise, tool: { ...exercise.tool, id: 'who-pays' } }).success).toBe(false);
    expect(messages(exerciseSchema.safeParse({ ...exercise, case: { kind: 'invented', tests: [] } }))).toMatch(/say which rules the invented case tests/);
  });

  it('refuse a "what if" that is not a question or changes nothing', () => {
    const whatIf = (label: string, change: Record<string, string>) => ({ ...exercise, tool: { ...exercise.tool, whatIf: [{ label, change, expect: exercise.tool.expect }] } });
    expect(messages(exerciseSchema.safeParse(whatIf('Suppose she were looked after', { 'looked-after': 'yes' })))).toMatch(/ending with "\?"/);
    expect(messages(exerciseSchema.safeParse(whatIf('What if nothing changed?', {})))).toMatch(/changes at least one answer/);
  });
});

describe('modules and slides', () => {
  it('a module needs 4 to 7 outcomes, each linked to a guidance page', () => {
    const outcome = { id: 'a', text: 'Say what a lead professional does.', guidance: 'what-is-a-lead-professional' };
    const module = {
      title: 'A module',
      shortTitle: 'Module',
      summary: 'A module for practitioners about the lead professional role.',
      group: 'practitioners',
      order: 1,
      basis: [{ source: 'cwdc-2007', at: 'para 5.16' }],
      outcomes: [outcome],
      keyRules: Array.from({ length: 3 }, () => ({ text: 'The lead answers to their own agency.', cites: [{ source: 'cwdc-2007', at: 'para 5.8' }] })),
      whoLeads: ['universal', 'sen', 'child-protection'],
      lastReviewed: '2026-11-24',
    };
    expect(messages(trainingModuleSchema.safeParse(module))).toMatch(/at least 4 learning outcomes/);
    const ok = { ...module, outcomes: ['a', 'b', 'c', 'd'].map((id) => ({ ...outcome, id })) };
    expect(trainingModuleSchema.safeParse(ok).success).toBe(true);
    expect(messages(trainingModuleSchema.safeParse({ ...ok, group: 'parents' }))).toMatch(/group must be one of "practitioners", "managers"/);
  });

  it('a deck starts with its title slide, and a point slide cites its source', () => {
    const notes = 'Say this to the group before moving on.';
    const slides = [{ kind: 'outcomes', notes }, ...Array.from({ length: 5 }, () => ({ kind: 'check', notes }))];
    expect(messages(slideDeckSchema.safeParse({ module: 'm', slides }))).toMatch(/first slide is the title slide/);
    const point = { kind: 'point', heading: 'One idea', points: ['A point'], cites: [], notes };
    expect(messages(slideDeckSchema.safeParse({ module: 'm', slides: [{ kind: 'title', notes }, point, ...slides.slice(1)] }))).toMatch(/point slide cites its source/);
  });
});
