/**
 * The tool's URL contract: parse and serialise round-trip, and garbage or contradictions are
 * dropped with the right reasons, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { writeParams, type Ignored } from '../../../src/tools/engine/contract.ts';
import type { Answers } from '../../../src/tools/engine/flow.ts';
import { ignoredMessage } from '../../../src/tools/engine/wording.ts';
import { copyProblems } from '../../../src/tools/engine/server.ts';
import { contractRows } from '../../../src/tools/engine/share.ts';
import { CONTRACT, GUIDANCE } from '../../../src/tools/who-should-lead/contract.ts';
import { flow, tool } from './support.ts';

const PARAMS = CONTRACT;
const PARAM_NAMES = Object.keys(CONTRACT);
const { prune, isComplete, toFacts } = flow;
const parseQuery = (q: string) => flow.readLink(q);
const serializeAnswers = (a: Answers) => flow.writeLink(a);
const serializeFacts = (f: Record<string, string | number | boolean>) => writeParams(CONTRACT, f);
const message = (i: Ignored) => ignoredMessage(tool.wording, tool.guidances, i);

const reasons = (ignored: Ignored[]) => Object.fromEntries(ignored.map((i) => [`${i.param}=${i.value}`, i.reason.why]));

const SALFORD_YPP: Answers = {
  guidance: 'salford',
  age: 16,
  'additional-needs': 'yes',
  practitioners: 3,
  statuses: ['young-persons-plan', 'youth-justice', 'sen'],
  'youth-justice': 'community',
  sen: 'ehcp',
  'year-group': 11,
  'needs-beyond-school': 'yes',
};

const ENGLAND_LAC: Answers = {
  guidance: 'england',
  age: 9,
  'additional-needs': 'yes',
  practitioners: 2,
  statuses: ['looked-after', 'mental-health'],
  placement: 'foster',
  'mental-health': 'camhs-and-social-care',
};

const SALFORD_NEW: Answers = {
  guidance: 'salford',
  age: 12,
  'additional-needs': 'yes',
  practitioners: 4,
  statuses: ['stepped-down-from', 'mental-health', 'several-health-professionals'],
  'stepped-down-from': 'child-protection',
  'mental-health': 'cpa-and-social-care',
};

const SCOTLAND: Answers = {
  guidance: 'scotland',
  age: 8,
  agencies: 2,
  'scotland-statuses': ['complex-health'],
  'third-sector-sla': 'yes',
};

describe('serialise and parse', () => {
  it.each([
    ['Salford with a YPP', SALFORD_YPP],
    ['England, looked after', ENGLAND_LAC],
    ['Scotland', SCOTLAND],
    ['Salford with the new step-down, CPA-and-social-care and health answers', SALFORD_NEW],
    ['Scotland, third sector without an agreement', { ...SCOTLAND, 'third-sector-sla': 'no-agreement' }],
  ])('round-trips %s', (_name, given) => {
    const answers = prune(given);
    const query = serializeAnswers(answers);
    const parsed = parseQuery(`?${query}`);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.answers).toEqual(answers);
    expect(serializeAnswers(parsed.answers)).toBe(query);
  });

  it('writes exactly the contract names and values: yes/no, digits, enum values', () => {
    const query = serializeAnswers(prune(SALFORD_YPP));
    const params = new URLSearchParams(query);
    for (const [name, value] of params) {
      expect(PARAM_NAMES).toContain(name);
      const spec = PARAMS[name as keyof typeof PARAMS] as (typeof PARAMS)[keyof typeof PARAMS];
      if (spec.kind === 'boolean') expect(['yes', 'no']).toContain(value);
      if (spec.kind === 'integer') expect(value).toMatch(/^\d+$/);
      if (spec.kind === 'enum') expect(spec.values).toContain(value);
    }
    expect(params.get('guidance')).toBe('salford');
    expect(params.get('young-persons-plan')).toBe('yes');
    // Unticked statuses are written as an explicit no, so a shared link is unambiguous.
    expect(params.get('looked-after')).toBe('no');
    expect(params.get('care-leaver')).toBe('no');
  });

  it('writes facts in contract order whatever order they were given in', () => {
    expect(serializeFacts({ sen: 'ehcp', guidance: 'england', 'looked-after': false, age: 4 })).toBe('guidance=england&age=4&looked-after=no&sen=ehcp');
  });

  it('reads values without regard to case or spaces, and accepts a query without "?"', () => {
    const parsed = parseQuery('guidance=%20Salford%20&age=16&young-persons-plan=YES');
    expect(parsed.answers.guidance).toBe('salford');
    expect(parsed.answers.statuses).toEqual(['young-persons-plan']);
    expect(parsed.ignored).toEqual([]);
  });

  it('takes statuses left out of a link as not ticked once any status is given', () => {
    const parsed = parseQuery('?guidance=england&age=12&additional-needs=yes&practitioners=3&looked-after=yes&placement=residential');
    expect(parsed.answers.statuses).toEqual(['looked-after']);
    expect(isComplete(parsed.answers)).toBe(true);
    expect(parsed.facts['child-protection']).toBe(false);
    expect(parsed.facts.sen).toBe('no');
  });

  it('leaves the checklist unanswered when no status is given', () => {
    const parsed = parseQuery('?guidance=england&age=12&additional-needs=yes&practitioners=3');
    expect(parsed.answers.statuses).toBeUndefined();
    expect(isComplete(parsed.answers)).toBe(false);
  });
});

describe('garbage and contradictions', () => {
  it('never throws, whatever the input', () => {
    const inputs = ['', '?', '??&&==', '%E0%A4%A', 'guidance', '=yes', 'a=1&a=2&a=3', `x=${'y'.repeat(5000)}`, Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&'), 'guidance=england&age=-1&age=1e3&practitioners=3.5'];
    for (const input of inputs) expect(() => parseQuery(input)).not.toThrow();
  });

  it('lists unknown parameters, bad values and repeats', () => {
    const parsed = parseQuery('?guidance=england&utm_source=mail&age=ten&age=12&practitioners=3.5&looked-after=true&sen=maybe&guidance=scotland');
    expect(reasons(parsed.ignored)).toEqual({
      'utm_source=mail': 'unknown',
      'age=ten': 'invalid',
      'practitioners=3.5': 'invalid',
      'looked-after=true': 'invalid',
      'sen=maybe': 'invalid',
      'guidance=scotland': 'repeated',
    });
    // The first usable value wins: age=12 after age=ten is kept.
    expect(parsed.answers).toEqual({ guidance: 'england', age: 12 });
  });

  it('rejects numbers out of range', () => {
    const parsed = parseQuery('?guidance=salford&age=26&practitioners=100');
    expect(reasons(parsed.ignored)).toEqual({ 'age=26': 'invalid', 'practitioners=100': 'invalid' });
    expect(message(parsed.ignored[0]!)).toMatch(/whole number from 0 to 25/);
  });

  it('drops a Young Person\'s Plan at age 12, keeping the rest', () => {
    const parsed = parseQuery('?guidance=salford&age=12&young-persons-plan=yes&child-protection=yes');
    expect(reasons(parsed.ignored)).toEqual({ 'young-persons-plan=yes': 'age-range' });
    expect(message(parsed.ignored[0]!)).toMatch(/ages 15 to 17.*12/);
    expect(parsed.answers.statuses).toEqual(['child-protection']);
  });

  it.each(['england', 'scotland'])('drops a Young Person\'s Plan under %s guidance', (g) => {
    const parsed = parseQuery(`?guidance=${g}&age=16&young-persons-plan=yes`);
    expect(reasons(parsed.ignored)['young-persons-plan=yes']).toBe('guidance');
  });

  it('drops placement without looked-after=yes', () => {
    for (const q of ['?guidance=england&age=9&looked-after=no&placement=foster', '?guidance=england&age=9&child-protection=yes&placement=foster']) {
      const parsed = parseQuery(q);
      expect(reasons(parsed.ignored)).toEqual({ 'placement=foster': 'parent-yes' });
      expect(message(parsed.ignored[0]!)).toMatch(/only used when looked-after=yes/);
      expect(parsed.answers.placement).toBeUndefined();
    }
  });

  it('drops year group and needs beyond school when there are no special educational needs', () => {
    const parsed = parseQuery('?guidance=england&age=14&sen=no&year-group=9&needs-beyond-school=yes');
    expect(reasons(parsed.ignored)).toEqual({ 'year-group=9': 'parent-given', 'needs-beyond-school=yes': 'parent-given' });
  });

  it('drops England\'s parameters under Scottish guidance and Scotland\'s under England\'s', () => {
    const scot = parseQuery('?guidance=scotland&agencies=3&sen=ehcp&practitioners=4&cross-border=yes&asbo=yes');
    expect(reasons(scot.ignored)).toEqual({ 'sen=ehcp': 'guidance', 'practitioners=4': 'guidance', 'cross-border=yes': 'guidance' });
    expect(scot.answers['scotland-statuses']).toEqual(['asbo']);
    const eng = parseQuery('?guidance=england&age=10&asbo=yes&agencies=2&third-sector-sla=yes');
    expect(reasons(eng.ignored)).toEqual({ 'asbo=yes': 'guidance', 'agencies=2': 'guidance', 'third-sector-sla=yes': 'guidance' });
  });

  it('drops care leaver and post-16 statuses under 16', () => {
    const parsed = parseQuery('?guidance=england&age=13&care-leaver=relevant&post-16=e2e&sen=support');
    expect(reasons(parsed.ignored)).toEqual({ 'care-leaver=relevant': 'age-from', 'post-16=e2e': 'age-from' });
    expect(parsed.answers.statuses).toEqual(['sen']);
  });

  it('does not report a "no" for a status that does not exist for this child', () => {
    const parsed = parseQuery('?guidance=england&age=12&care-leaver=no&post-16=no&young-persons-plan=no&sen=support');
    expect(parsed.ignored).toEqual([]);
    expect(parsed.answers.statuses).toEqual(['sen']);
  });

  it('without guidance, keeps nothing else and says why', () => {
    const parsed = parseQuery('?age=12&looked-after=yes');
    expect(reasons(parsed.ignored)).toEqual({ 'age=12': 'no-guidance', 'looked-after=yes': 'no-guidance' });
    expect(parsed.answers).toEqual({});
  });

  it('gives every ignored parameter a plain sentence', () => {
    const parsed = parseQuery('?guidance=salford&zzz=1&age=x&age=14&young-persons-plan=yes&placement=foster&agencies=1&looked-after=no');
    const messages = parsed.ignored.map(message);
    expect(messages).toHaveLength(parsed.ignored.length);
    for (const m of messages) expect(m).toMatch(/^".+"\s.+\.$/);
  });
});

describe('contradictory answers (issue 8): named and dropped, the rest kept', () => {
  it.each([
    ['a plan that has ended while still given as current', 'guidance=england&age=12&child-protection=yes&stepped-down-from=child-protection', 'stepped-down-from=child-protection', /contradicts .*child-protection=yes/],
    ['care that has ended while still looked after', 'guidance=salford&age=12&looked-after=yes&placement=foster&stepped-down-from=looked-after', 'stepped-down-from=looked-after', /looked-after=yes/],
    ['care that has ended for a care leaver (the care leaver rules apply)', 'guidance=england&age=17&care-leaver=relevant&stepped-down-from=looked-after', 'stepped-down-from=looked-after', /care-leaver=relevant/],
    ['"open to CAMHS only" with a case open to children\'s social care', 'guidance=salford&age=12&child-in-need=open&mental-health=camhs-only', 'mental-health=camhs-only', /child-in-need=open/],
    ['"open to CAMHS only" with a child protection plan', 'guidance=england&age=12&child-protection=yes&mental-health=camhs-only', 'mental-health=camhs-only', /child-protection=yes/],
  ])('drops %s', (_name, query, dropped, why) => {
    const parsed = parseQuery(query);
    const [param] = dropped.split('=');
    expect(reasons(parsed.ignored)).toEqual({ [dropped]: 'contradicts' });
    expect(message(parsed.ignored[0]!)).toMatch(why);
    // The status stays ticked and its question is asked again, offering only what fits.
    const q = flow.question(param!);
    if (q.kind !== 'radios') throw new Error('a follow-up is a radios question');
    expect(flow.offeredValues(q, parsed.answers)).not.toContain(dropped.split('=')[1]);
    expect(parsed.answers[param!]).toBeUndefined();
    expect(flow.isAsked(param!, parsed.answers)).toBe(true);
  });

  it('asks about several health professionals only under Salford, and only with two or more practitioners', () => {
    expect(reasons(parseQuery('guidance=england&age=9&practitioners=3&several-health-professionals=yes').ignored)).toEqual({ 'several-health-professionals=yes': 'guidance' });
    const one = parseQuery('guidance=salford&age=9&practitioners=1&several-health-professionals=yes&sen=support');
    expect(reasons(one.ignored)).toEqual({ 'several-health-professionals=yes': 'few-practitioners' });
    expect(message(one.ignored[0]!)).toMatch(/at least 2 practitioners/);
    // A "no" that cannot apply loses nothing, so it is not reported.
    expect(parseQuery('guidance=salford&age=9&practitioners=1&several-health-professionals=no&sen=support').ignored).toEqual([]);
  });
});

describe('every existing name and value keeps working (issue 8 adds, never removes)', () => {
  // The contract before issue 8: every parameter and every value a shared link may carry.
  const BEFORE: Record<string, readonly string[] | 'number' | 'boolean'> = {
    guidance: ['england', 'salford', 'scotland'], age: 'number', 'additional-needs': 'boolean', practitioners: 'number',
    'child-protection': 'boolean', 'looked-after': 'boolean', placement: ['foster', 'residential', 'adoptive', 'other'],
    'care-leaver': ['no', 'eligible', 'relevant'], 'adoption-plan': 'boolean', 'child-in-need': ['no', 'assessment', 'open', 'assessed', 'stepping-down'],
    'young-persons-plan': 'boolean', 'youth-justice': ['no', 'prevention', 'community', 'custody'],
    'mental-health': ['no', 'cpa', 'camhs-only', 'camhs-and-social-care', 'other'], disability: ['no', 'key-worker', 'no-key-worker'],
    sen: ['no', 'support', 'ehcp'], 'year-group': 'number', 'needs-beyond-school': 'boolean', 'post-16': ['no', 'further-education', 'e2e'],
    'cross-border': 'boolean', assessment: ['no', 'completed', 'reviewed'], agencies: 'number', 'compulsory-measures': 'boolean',
    'co-ordinated-support-plan': 'boolean', asbo: 'boolean', 'complex-health': 'boolean', 'third-sector-sla': ['yes', 'no'],
  };

  it.each(Object.entries(BEFORE))('%s is still a parameter, with every value it had', (param, before) => {
    const spec = PARAMS[param as keyof typeof PARAMS];
    expect(spec, param).toBeDefined();
    if (before === 'number') expect(spec.kind).toBe('integer');
    else if (before === 'boolean') expect(['boolean', 'enum']).toContain(spec.kind);
    else {
      expect(spec.kind).toBe('enum');
      expect((spec as { values: readonly string[] }).values).toEqual(expect.arrayContaining([...before]));
    }
  });

  it('reads a Scottish link written before the third-sector split the cautious way: "no" claims no bar', () => {
    const parsed = parseQuery('guidance=scotland&agencies=3&co-ordinated-support-plan=yes&third-sector-sla=no');
    expect(parsed.ignored).toEqual([]);
    expect(isComplete(parsed.answers)).toBe(true);
    expect(parsed.facts['third-sector-sla']).toBe('no');
  });

  it('opens a link written before issue 8 on its answer, without asking the new questions', () => {
    for (const query of [
      'guidance=england&age=16&additional-needs=yes&practitioners=4&looked-after=yes&placement=residential&youth-justice=community&child-protection=no&care-leaver=no&adoption-plan=no&child-in-need=no&mental-health=no&disability=no&sen=no&post-16=no&assessment=no',
      'guidance=salford&age=14&additional-needs=yes&practitioners=3&sen=ehcp&year-group=9',
      'guidance=salford&age=10&additional-needs=yes&practitioners=3&mental-health=camhs-and-social-care&disability=key-worker',
    ]) {
      const parsed = parseQuery(query);
      expect(parsed.ignored, query).toEqual([]);
      expect(isComplete(parsed.answers), query).toBe(true);
    }
  });
});

describe('question words and the share page', () => {
  it('questions.yaml has words for every question and option, and no others', () => {
    expect(copyProblems(flow.def, tool.questions)).toEqual([]);
  });

  it('the parameter table has one row per parameter of the contract, each used by some guidance', () => {
    const rows = contractRows(flow, tool.questions, tool.wording, tool.guidances);
    expect(rows.map((r) => r.param).sort()).toEqual([...PARAM_NAMES].sort());
    for (const r of rows) expect(r.guidance.length, r.param).toBeGreaterThan(0);
    expect(rows.find((r) => r.param === 'young-persons-plan')?.guidance).toEqual(['England (Salford handbook)']);
    expect(rows.find((r) => r.param === 'placement')?.when).toBe('Only when looked-after=yes');
    // The new answers are documented with their values and where they apply.
    expect(rows.find((r) => r.param === 'several-health-professionals')?.guidance).toEqual(['England (Salford handbook)']);
    expect(rows.find((r) => r.param === 'stepped-down-from')?.values.map((v) => v.value)).toEqual(['no', 'child-protection', 'looked-after']);
    expect(rows.find((r) => r.param === 'third-sector-sla')?.values.map((v) => v.value)).toEqual(['yes', 'no-agreement', 'no']);
    expect(rows.find((r) => r.param === 'mental-health')?.values.map((v) => v.value)).toContain('cpa-and-social-care');
  });

  it('has a complete example link for each guidance', () => {
    const ex = tool.descriptor.examples.map((e) => parseQuery(e.query));
    expect(ex.map((e) => e.facts.guidance).sort()).toEqual([...GUIDANCE].sort());
    for (const parsed of ex) {
      expect(parsed.ignored).toEqual([]);
      expect(isComplete(parsed.answers)).toBe(true);
    }
  });
});
