/**
 * The rules of "We can't agree: what happens next?", against the decision table (the design data's, as settled for
 * the tool): for every guidance, kind of disagreement and rung tried, the next step, its time limit, its strength
 * and whether it is our inference. Then what must hold whatever else was answered: safety first, the route in order
 * with the current step marked, local protocols shown as local agreement, inference marked where the sources are
 * silent, and a family note in plain words.
 */
import { describe, expect, it } from 'vitest';
import { ABOUT, GUIDANCE, TRIED, type About, type Facts, type Guidance, type Tried } from '../../../src/tools/resolve-disagreement/contract.ts';
import { ROUTES, ROUTE_IDS, type Resolution } from '../../../src/tools/resolve-disagreement/rules.ts';
import { loadRouteWording } from '../../../src/tools/resolve-disagreement/wording/route-schema.ts';
import { FAMILY_THRESHOLDS, measureText, problems } from '../../../src/readability/measure.ts';
import { flow, register, resolveWith } from './support.ts';

/**
 * The decision table, with no safety concern. One line per guidance, kind and rung tried ("-": not asked, because
 * that guidance sends this kind of disagreement straight to one step):
 *   guidance about tried → next deadline strength inference
 */
const TABLE = `
england  who-leads       nothing          team-discussion              none              good-practice   no
england  who-leads       team             line-managers                four-working-days local-agreement yes
england  who-leads       coordinator      line-managers                four-working-days local-agreement yes
england  who-leads       managers         service-development-manager  none              local-agreement yes
england  who-leads       heads-of-service managers-and-steering-group  none              good-practice   yes
england  not-delivering  nothing          team-discussion              none              expected        no
england  not-delivering  team             early-help-coordinator       none              local-agreement yes
england  not-delivering  coordinator      managers-and-steering-group  none              good-practice   yes
england  not-delivering  managers         managers-and-steering-group  none              good-practice   yes
england  not-delivering  heads-of-service managers-and-steering-group  none              good-practice   yes
england  approach        nothing          team-discussion              none              expected        no
england  approach        team             early-help-coordinator       none              local-agreement yes
england  approach        coordinator      managers-and-steering-group  none              good-practice   yes
england  approach        managers         managers-and-steering-group  none              good-practice   yes
england  approach        heads-of-service managers-and-steering-group  none              good-practice   yes
salford  who-leads       nothing          team-discussion              none              local-agreement no
salford  who-leads       team             early-help-coordinator       none              local-agreement no
salford  who-leads       coordinator      heads-of-service             none              local-agreement no
salford  who-leads       managers         heads-of-service             none              local-agreement no
salford  who-leads       heads-of-service safeguarding-board           none              local-agreement no
salford  not-delivering  nothing          team-discussion              none              good-practice   no
salford  not-delivering  team             local-protocol               none              local-agreement no
salford  not-delivering  coordinator      local-protocol               none              local-agreement no
salford  not-delivering  managers         local-protocol               none              local-agreement no
salford  not-delivering  heads-of-service local-protocol               none              local-agreement no
salford  approach        nothing          team-discussion              none              good-practice   yes
salford  approach        team             local-protocol               none              local-agreement yes
salford  approach        coordinator      local-protocol               none              local-agreement yes
salford  approach        managers         local-protocol               none              local-agreement yes
salford  approach        heads-of-service local-protocol               none              local-agreement yes
safeh    who-leads       nothing          team-discussion              none              good-practice   no
safeh    who-leads       team             local-protocol               none              local-agreement yes
safeh    who-leads       coordinator      local-protocol               none              local-agreement yes
safeh    who-leads       managers         local-protocol               none              local-agreement yes
safeh    who-leads       heads-of-service local-protocol               none              local-agreement yes
safeh    not-delivering  -                local-protocol               none              local-agreement no
safeh    approach        -                local-protocol               none              local-agreement no
scotland who-leads       nothing          team-discussion              none              good-practice   yes
scotland who-leads       team             line-managers                none              expected        yes
scotland who-leads       coordinator      line-managers                none              expected        yes
scotland who-leads       managers         local-protocol               none              local-agreement yes
scotland who-leads       heads-of-service local-protocol               none              local-agreement yes
scotland not-delivering  nothing          team-discussion              none              expected        yes
scotland not-delivering  team             line-managers                none              expected        yes
scotland not-delivering  coordinator      line-managers                none              expected        yes
scotland not-delivering  managers         local-protocol               none              local-agreement yes
scotland not-delivering  heads-of-service local-protocol               none              local-agreement yes
scotland approach        nothing          team-discussion              none              expected        yes
scotland approach        team             line-managers                none              expected        yes
scotland approach        coordinator      line-managers                none              expected        yes
scotland approach        managers         local-protocol               none              local-agreement yes
scotland approach        heads-of-service local-protocol               none              local-agreement yes
`;

interface Row {
  guidance: Guidance;
  about: About;
  tried: Tried | undefined;
  next: string;
  deadline: string;
  strength: string;
  inference: boolean;
}
const ROWS: Row[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [guidance, about, tried, next, deadline, strength, inference] = line.trim().split(/\s+/);
    return { guidance, about, tried: tried === '-' ? undefined : tried, next, deadline, strength, inference: inference === 'yes' } as Row;
  });

const facts = (guidance: Guidance, about: About, safety: boolean, tried: Tried | undefined): Facts => ({ guidance, about, 'safety-concern': safety, ...(tried ? { tried } : {}) });
/** Every combination the tool can be asked: 4 guidance × 3 kinds × 2 × each rung tried it asks for. */
const ALL = GUIDANCE.flatMap((g) => ABOUT.flatMap((a) => [true, false].flatMap((s) => (flow.isAsked('tried', { guidance: g, about: a, 'safety-concern': s ? 'yes' : 'no' }) ? TRIED : [undefined]).map((tr) => facts(g, a, s, tr)))));
const data = (r: Resolution) => ({ next: r.next, deadline: r.deadline, strength: r.strength, inference: r.inference });

describe('the decision table (no safety concern)', () => {
  it('covers every combination the tool asks', () => {
    expect(ROWS).toHaveLength(ALL.length / 2);
    for (const f of ALL.filter((x) => x['safety-concern'] === false)) {
      expect(ROWS.some((r) => r.guidance === f.guidance && r.about === f.about && r.tried === f.tried), JSON.stringify(f)).toBe(true);
    }
  });

  it.each(ROWS.map((r) => [`${r.guidance} ${r.about} ${r.tried ?? '(not asked)'}`, r] as const))('%s', (_name, r) => {
    expect(data(resolveWith(facts(r.guidance, r.about, false, r.tried)))).toEqual({ next: r.next, deadline: r.deadline, strength: r.strength, inference: r.inference });
  });
});

describe('safety first, whatever else was answered', () => {
  const SAFETY: Record<Guidance, { strength: string; inference: boolean }> = {
    england: { strength: 'expected', inference: true },
    safeh: { strength: 'expected', inference: true },
    salford: { strength: 'statutory', inference: false },
    scotland: { strength: 'expected', inference: false },
  };
  it.each(ALL.filter((f) => f['safety-concern']).map((f) => [`${f.guidance} ${f.about} ${f.tried ?? '-'}`, f] as const))('%s', (_name, f) => {
    const r = resolveWith(f);
    const without = resolveWith({ ...f, 'safety-concern': false });
    expect(data(r)).toEqual({ next: 'child-protection-procedures', deadline: 'none', ...SAFETY[f.guidance!] });
    expect(r.steps[0]).toMatchObject({ step: 'child-protection-procedures', status: 'current' });
    // The dispute route is still shown, its next step waiting until the child is safe.
    expect(r.steps.slice(1).map((s) => s.step)).toEqual(without.steps.map((s) => s.step));
    expect(r.steps.find((s) => s.status === 'after-safety')?.step).toBe(without.next);
    expect(r.steps.filter((s) => s.status === 'current')).toHaveLength(1);
    expect(r.familyNote[0]).toBe('safety');
  });
});

describe('the whole route', () => {
  const ORDER: Record<string, string[]> = {
    'england-who-leads': ['team-discussion', 'line-managers', 'service-development-manager', 'managers-and-steering-group'],
    'england-escalation': ['team-discussion', 'early-help-coordinator', 'managers-and-steering-group'],
    'salford-who-leads': ['team-discussion', 'early-help-coordinator', 'heads-of-service', 'safeguarding-board'],
    'salford-escalation': ['team-discussion', 'local-protocol'],
    'salford-approach': ['team-discussion', 'local-protocol'],
    'safeh-who-leads': ['team-discussion', 'local-protocol'],
    'safeh-protocol': ['local-protocol'],
    'scotland-who-leads': ['team-discussion', 'line-managers', 'local-protocol'],
    'scotland-escalation': ['team-discussion', 'line-managers', 'local-protocol'],
  };

  it('gives each guidance and kind of disagreement its route, in order', () => {
    expect(Object.keys(ORDER).sort()).toEqual([...ROUTE_IDS].sort());
    for (const f of ALL.filter((x) => x['safety-concern'] === false)) {
      const r = resolveWith(f);
      expect(r.steps.map((s) => s.step), `${f.guidance} ${f.about}`).toEqual(ORDER[r.route]);
    }
  });

  it('marks the steps before the next one done, the next one current and the rest later', () => {
    for (const f of ALL.filter((x) => x['safety-concern'] === false)) {
      const r = resolveWith(f);
      const at = r.steps.findIndex((s) => s.step === r.next);
      expect(r.steps.map((s) => s.status), JSON.stringify(f)).toEqual(r.steps.map((_, i) => (i < at ? 'done' : i === at ? 'current' : 'later')));
    }
  });

  it('says when what was tried is not a step of this route', () => {
    const note = (g: Guidance, a: About, tr: Tried) => resolveWith(facts(g, a, false, tr)).triedNotOnRoute;
    expect(note('england', 'who-leads', 'coordinator')).toBe(true);
    expect(note('salford', 'who-leads', 'managers')).toBe(true);
    expect(note('scotland', 'approach', 'coordinator')).toBe(true);
    expect(note('scotland', 'approach', 'heads-of-service')).toBe(true);
    expect(note('england', 'who-leads', 'team')).toBe(false);
    expect(note('salford', 'who-leads', 'heads-of-service')).toBe(false);
    expect(note('england', 'who-leads', 'nothing')).toBe(false);
  });

  it('puts a time limit only on the step Poole gives one: the line managers agree within four working days', () => {
    for (const id of ROUTE_IDS) {
      for (const s of ROUTES[id].steps) expect(s.deadline ?? 'none', `${id} ${s.step}`).toBe(id === 'england-who-leads' && s.step === 'line-managers' ? 'four-working-days' : 'none');
    }
  });
});

describe('honest strength', () => {
  it('shows every step of a local protocol as local agreement', () => {
    // Poole's protocol, Salford's protocol and escalation policy, the SAFeh area's protocol, local structures in Scotland.
    for (const id of ['DR-05a', 'DR-05b', 'DR-05c', 'DR-05d', 'DR-06a', 'DR-06b', 'DR-06c', 'DR-06d', 'DR-07', 'DR-08b', 'SC-02']) {
      expect(register.rules[id]?.strength, id).toBe('local-agreement');
    }
    for (const f of ALL) {
      for (const s of resolveWith(f).steps) if (/^DR-0[5-7]|^DR-08b/.test(s.rule.id)) expect(s.strength, `${s.rule.id}`).toBe('local-agreement');
    }
  });

  it('marks as our inference every dispute step where the sources are silent: all of Scotland, and the Poole route applied to England', () => {
    for (const f of ALL.filter((x) => x.guidance === 'scotland')) for (const s of resolveWith(f).steps.filter((x) => x.step !== 'child-protection-procedures')) expect(s.inference).toBe(true);
    for (const f of ALL.filter((x) => x.guidance === 'england' && x.about === 'who-leads')) {
      for (const s of resolveWith(f).steps.filter((x) => ['line-managers', 'service-development-manager'].includes(x.step))) expect(s.ours?.id).toBe('INF-POOLE-ROUTE');
    }
  });

  it('never badges an inference as statutory, and gives a strength only to an inference that is itself a step, the weakest of what it rests on', () => {
    const order = ['statutory', 'expected', 'good-practice', 'local-agreement'];
    for (const r of Object.values(register.rules).filter((x) => x.inference)) {
      expect(r.strength, r.id).not.toBe('statutory');
      if (!r.strength) continue;
      const weakest = r.inference!.derivedFrom.map((d) => order.indexOf(register.rules[d]!.strength!)).reduce((a, b) => Math.max(a, b));
      expect(r.strength, r.id).toBe(order[weakest]);
    }
  });

  it('cites every step for the guidance it is shown under, and says what each inference was derived from', () => {
    for (const f of ALL) {
      const r = resolveWith(f);
      for (const s of r.steps) {
        expect(s.rule.cites.length + (s.ours?.cites.length ?? 0), `${JSON.stringify(f)} ${s.step}`).toBeGreaterThan(0);
        for (const inf of [s.rule, s.ours].filter((x) => x?.inference)) expect(register.rules[inf!.id]!.inference!.derivedFrom.length).toBeGreaterThan(0);
      }
      for (const c of r.context) expect(c.cites.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('the note for the family', () => {
  const words = loadRouteWording('src/tools/resolve-disagreement/wording/route.yaml');
  it.each(ALL.map((f) => [`${f.guidance} ${f.about} ${f['safety-concern'] ? 'safety' : 'no safety'} ${f.tried ?? '-'}`, f] as const))('reads at about age 9 to 11: %s', (_name, f) => {
    const r = resolveWith(f);
    const text = r.familyNote.map((k) => words.family[k]);
    expect(text.every((x) => x !== undefined), r.familyNote.join(' ')).toBe(true);
    expect(problems(measureText(text.join(' ')), FAMILY_THRESHOLDS)).toEqual([]);
    if (f.guidance === 'scotland') expect(r.familyNote).toContain('scotland');
  });
});
