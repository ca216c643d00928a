/**
 * Exercise links and checks: a link is generated from the stored answers (never typed), a "what if" changes
 * only what it names, and the check fails when the answers do not fit the tool or when the tool's current
 * rules no longer give the expected outcome.
 */
import { describe, expect, it } from 'vitest';
import { answersQuery, applyChange, checkExerciseTool, exerciseHref, toolIsBuilt } from '../../src/training/exercise-links.ts';
import { exerciseToolSchema, type ExerciseTool } from '../../src/content/training/schemas.ts';

const tool = (data: unknown): ExerciseTool => exerciseToolSchema.parse(data);
const samantha = { guidance: 'england', age: 1, 'additional-needs': 'yes', practitioners: 5, 'child-protection': 'no' };

describe('exercise links', () => {
  it('are the tool address, the answers in their order, and mode=exercise', () => {
    expect(exerciseHref('who-should-lead', { guidance: 'england', age: 9 })).toBe('/tools/who-should-lead/?guidance=england&age=9&mode=exercise');
    expect(answersQuery({ reason: 'status-ended', 'status-ended': 'looked-after' })).toBe('reason=status-ended&status-ended=looked-after');
  });

  it('a "what if" replaces, removes (null) and adds answers, leaving the rest alone', () => {
    expect(applyChange({ a: '1', b: '2', c: 3 }, { b: 'x', c: null, d: 'new' })).toEqual({ a: '1', b: 'x', d: 'new' });
  });

  it('link only to tools on the site', () => {
    expect(toolIsBuilt('who-should-lead')).toBe(true);
    expect(toolIsBuilt('change-lead-professional')).toBe(true);
    expect(toolIsBuilt('resolve-disagreement')).toBe(true);
    expect(toolIsBuilt('no-such-tool')).toBe(false);
  });
});

describe('checking an exercise against "Who should be the lead professional?"', () => {
  it('passes when the current rules give the expected lead and strength', () => {
    expect(checkExerciseTool(tool({ id: 'who-should-lead', answers: samantha, expect: { lead: 'chosen-by-team-with-family', strength: 'good-practice' } }))).toEqual([]);
  });

  it('fails, naming what the rules now say, when the expected lead or strength disagrees', () => {
    const problems = checkExerciseTool(tool({ id: 'who-should-lead', answers: samantha, expect: { lead: 'social-worker', strength: 'statutory' } }));
    expect(problems.join('\n')).toMatch(/the rules now give lead "chosen-by-team-with-family", not "social-worker"/);
    expect(problems.join('\n')).toMatch(/strength "good-practice", not "statutory"/);
  });

  it('checks each "what if" too, and names it', () => {
    const problems = checkExerciseTool(
      tool({
        id: 'who-should-lead',
        answers: samantha,
        expect: { lead: 'chosen-by-team-with-family', strength: 'good-practice' },
        whatIf: [{ label: 'What if there were a plan?', change: { 'child-protection': 'yes' }, expect: { lead: 'senco', strength: 'statutory' } }],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^what if "What if there were a plan\?": the rules now give lead "social-worker"/);
  });

  it('fails on answers the tool does not ask, cannot use, or that stop short', () => {
    const expect_ = { lead: 'senco', strength: 'good-practice' };
    expect(checkExerciseTool(tool({ id: 'who-should-lead', answers: { ...samantha, colour: 'blue' }, expect: expect_ })).join('\n')).toMatch(/"colour=blue" is not something this tool asks about/);
    // A Year 6 pupil with SEN support: the year group cannot change the answer, so the tool never asks it.
    const year6 = { guidance: 'england', age: 11, 'additional-needs': 'yes', practitioners: 4, sen: 'support', 'year-group': 6, 'needs-beyond-school': 'no' };
    expect(checkExerciseTool(tool({ id: 'who-should-lead', answers: year6, expect: expect_ })).join('\n')).toMatch(/year-group=6" cannot change the answer/);
    expect(checkExerciseTool(tool({ id: 'who-should-lead', answers: { guidance: 'england', age: 4 }, expect: expect_ })).join('\n')).toMatch(/the answers stop short/);
  });
});

describe('checking an exercise against "We can\'t agree: what happens next?"', () => {
  it('runs the tool\'s current rules on the answers and names any disagreement', () => {
    const answers = { guidance: 'england', about: 'who-leads', 'safety-concern': 'no', tried: 'team' };
    expect(checkExerciseTool(tool({ id: 'resolve-disagreement', answers, expect: { next: 'line-managers', deadline: 'four-working-days', strength: 'local-agreement' } }))).toEqual([]);
    expect(checkExerciseTool(tool({ id: 'resolve-disagreement', answers, expect: { next: 'heads-of-service', deadline: 'none', strength: 'local-agreement' } })).join('\n')).toMatch(/the rules now give next "line-managers", not "heads-of-service"/);
  });
});

describe('checking an exercise against "Does the lead professional need to change?"', () => {
  it('runs the tool\'s current rules on the answers and names any disagreement', () => {
    const leaving = { guidance: 'salford', reason: 'leaving-post', 'current-lead': 'other' };
    expect(checkExerciseTool(tool({ id: 'change-lead-professional', answers: leaving, expect: { change: 'changes', newLead: 'none', strength: 'expected' } })).join('\n')).toMatch(/the rules now give newLead "[a-z-]+", not "none"/);
    expect(checkExerciseTool(tool({ id: 'change-lead-professional', answers: { guidance: 'salford' }, expect: { change: 'changes', newLead: 'none', strength: 'expected' } })).join('\n')).toMatch(/the answers stop short/);
  });
});
