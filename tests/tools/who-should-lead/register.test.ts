/**
 * The register and the rules that refer to it hold together: every rule a designation, pair or facet uses is in
 * the register and cited for each guidance it is used in, nothing in the register goes unused, the precedence
 * lists name every designation once, the who-leads table is filled from them, and every citation anchor in the
 * register can be found in its seed document (when the seeds are available at ../shared/seeds).
 */
import { describe, expect, it } from 'vitest';
import { textFor, type Citation } from '../../../src/tools/engine/register.ts';
import {
  DESIGNATIONS,
  FACETS,
  PAIRS,
  PRECEDENCE_ENGLAND,
  PRECEDENCE_SCOTLAND,
  STATUS_ROWS,
  TIER_ORDER,
  registerProblems,
  type Designation,
  type DesignationId,
} from '../../../src/tools/who-should-lead/rules.ts';
import { TABLE_PARTS, whoLeadsRows } from '../../../src/tools/who-should-lead/table.ts';
import type { Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import { anchorProblem, loadSeedTexts, seedsAvailable } from '../../support/anchors.ts';
import { register } from './support.ts';

const GUIDANCES: Guidance[] = ['england', 'salford', 'scotland'];
const RULE_IDS = Object.keys(register.rules);

describe('the register and the rules', () => {
  it('match: every id the rules use is in the register, and every register entry is used', () => {
    expect(registerProblems(register)).toEqual([]);
  });

  it('cites every rule for each guidance where a designation uses it', () => {
    for (const [id, d] of Object.entries(DESIGNATIONS) as [string, Designation][]) {
      for (const g of GUIDANCES) {
        for (const r of d.by[g] ?? []) expect(register.rules[r]!.cites[g]?.length ?? 0, `${id} uses ${r} under ${g}`).toBeGreaterThan(0);
      }
    }
  });

  it('marks as ours every rule no source states, and only those: the inferred pairs of rules.md, YPP-05 and every INF- rule', () => {
    // PS-06 to PS-08 follow youth justice's "in all situations" rule and PS-11 the guidance's own choosing process:
    // sourced, so not ours (issue 8, section 2).
    const ours = RULE_IDS.filter((id) => register.rules[id]!.inference !== undefined).sort();
    expect(ours).toEqual(
      [...['PS-01', 'PS-02', 'PS-03', 'PS-04', 'PS-05', 'PS-09', 'PS-10', 'YPP-05'], ...RULE_IDS.filter((id) => id.startsWith('INF-'))].sort(),
    );
  });

  it('never gives our inference a strength the sources did not use (it is badged as ours), and gives every other rule one', () => {
    for (const id of RULE_IDS) {
      const r = register.rules[id]!;
      if (r.inference) expect(r.strength, `${id} is ours`).toBeUndefined();
      else expect(r.strength, `${id} is sourced`).toBeDefined();
    }
  });

  it('records when every rule and cited statement was last checked against the cited passages', () => {
    const records = [...Object.values(register.rules), ...Object.values(register.sections).flatMap((s) => Object.values(s))];
    for (const r of records) {
      expect(r.reviewed, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.reviewed! >= '2026-11-26', `${r.id} was reviewed before the issue 8 review`).toBe(true);
    }
  });

  it('orders each precedence list by tier, so a firmer rule is always tried first', () => {
    // One practitioner sits between the roles named for complex needs (which stand when they are the only
    // practitioner) and the roles named at the additional-needs level (which N-03 and N-01 settle).
    const rank = (id: DesignationId) => TIER_ORDER.indexOf(DESIGNATIONS[id].tier);
    for (const list of [PRECEDENCE_ENGLAND, PRECEDENCE_SCOTLAND] as const) {
      const tiers = list.filter((id) => id !== 'universal' && !(DESIGNATIONS[id] as Designation).fallback && DESIGNATIONS[id].tier !== 'one-practitioner');
      for (let i = 1; i < tiers.length; i++) expect(rank(tiers[i]!), `${tiers[i - 1]} before ${tiers[i]}`).toBeGreaterThanOrEqual(rank(tiers[i - 1]!));
    }
  });

  it('has every explicit pair PR-01..PR-17 and silent combination PS-01..PS-11', () => {
    for (let i = 1; i <= 17; i++) expect(RULE_IDS).toContain(`PR-${String(i).padStart(2, '0')}`);
    for (let i = 1; i <= 11; i++) expect(RULE_IDS).toContain(`PS-${String(i).padStart(2, '0')}`);
  });

  it('lists every designation exactly once in one precedence list', () => {
    const all = [...PRECEDENCE_ENGLAND, ...PRECEDENCE_SCOTLAND];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(Object.keys(DESIGNATIONS).sort());
    for (const id of PRECEDENCE_SCOTLAND) expect(Object.keys(DESIGNATIONS[id].by)).toEqual(['scotland']);
    for (const id of PRECEDENCE_ENGLAND) expect(Object.keys(DESIGNATIONS[id].by)).not.toContain('scotland');
  });

  it('names only known designations in the pairs and facets', () => {
    for (const p of PAIRS) {
      for (const w of p.winners) expect(Object.keys(DESIGNATIONS)).toContain(w);
      if (p.losers !== '*') for (const l of p.losers) expect(Object.keys(DESIGNATIONS)).toContain(l);
    }
    for (const f of FACETS) expect(f.rule ?? f.roles, 'a facet adds a rule or people').toBeDefined();
    for (const f of FACETS) if (f.mustNot) expect(f.rule, 'a bar names the rule that bars').toBeDefined();
  });
});

describe('who-leads table', () => {
  const rows = whoLeadsRows(register);
  it('has one row per status, each with at least one column filled and sourced', () => {
    expect(rows.map((r) => r.status)).toEqual([...STATUS_ROWS]);
    for (const row of rows) {
      expect(row.england ?? row.salford, row.status).not.toBeNull();
      for (const cell of [row.england, row.salford]) {
        if (!cell) continue;
        expect(cell.rules.length, row.status).toBeGreaterThan(0);
        expect(cell.cites.length, row.status).toBeGreaterThan(0);
      }
    }
  });

  it('is shown in parts (one a guidance page) that hold every status exactly once', () => {
    const shown = Object.values(TABLE_PARTS).flat();
    expect([...shown].sort()).toEqual([...STATUS_ROWS].sort());
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('shows the sources’ own answers for the key rows', () => {
    const at = (status: string) => rows.find((r) => r.status === status)!;
    expect(at('looked-after').england).toMatchObject({ lead: 'social-worker', strength: 'statutory' });
    expect(at('sen-year-9').england).toMatchObject({ lead: 'connexions-personal-adviser', strength: 'good-practice' });
    expect(at('sen-year-9').salford).toMatchObject({ lead: 'senco', strength: 'good-practice' });
    expect(at('early-help').salford).toMatchObject({ lead: 'eha-author', strength: 'good-practice' });
    expect(at('cin-open').england).toMatchObject({ lead: 'social-worker', strength: 'good-practice' });
    expect(at('cin-open').salford).toMatchObject({ lead: 'social-worker', strength: 'expected' });
    expect(at('youth-justice-cin-plan').england).toMatchObject({ lead: 'agreed-locally', strength: 'local-agreement' });
    expect(at('youth-justice-cin-plan').salford).toMatchObject({ lead: 'social-worker', strength: 'statutory' });
    expect(at('young-persons-plan').england).toBeNull();
    expect(at('cross-border').england).toBeNull();
    expect(at('cross-border').salford).toMatchObject({ lead: 'check-responsible-authority' });
    expect(at('disability-key-worker').england).toMatchObject({ lead: 'key-worker', strength: 'expected' });
    expect(at('disability-key-worker').salford).toMatchObject({ lead: 'key-worker', strength: 'good-practice' });
    expect(at('stepped-down').england).toMatchObject({ lead: 'chosen-by-team-with-family', strength: 'good-practice', rules: ['PR-17'] });
    expect(at('stepped-down').salford).toMatchObject({ lead: 'chosen-with-family-and-social-worker', strength: 'expected' });
  });
});

/** Every citation in the register: rules, duties, checks and next steps, once each. */
function allCitations(): Citation[] {
  const records = [...Object.values(register.rules), ...Object.values(register.sections).flatMap((s) => Object.values(s))];
  const out = records.flatMap((r) => Object.values(r.cites).flatMap((list) => list ?? []));
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(`${c.source}|${c.at}`) && seen.add(`${c.source}|${c.at}`));
}

describe.skipIf(!seedsAvailable())('every citation in the register is found in the seeds', () => {
  const seedText = loadSeedTexts();
  it.each(allCitations().map((c) => [`${c.source} ${c.at}`, c] as const))('%s', (_name, c) => {
    expect(seedText.get(c.source), `unknown source ${c.source}`).toBeDefined();
    expect(anchorProblem(c, seedText.get(c.source))).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Citations corrected in issue 8: each now points where the seed says it, and the wrong place is gone.
// (The five the issue names first, then those the sentence-by-sentence review found.)
// ---------------------------------------------------------------------------------------------
type Where = [section: string, id: string, guidance: Guidance];
const citesOf = ([section, id, g]: Where): string[] => {
  const record = section === 'rules' ? register.rules[id] : register.sections[section]?.[id];
  if (!record) throw new Error(`${section} ${id} is not in the register`);
  return (record.cites[g] ?? []).map((c) => `${c.source} ${c.at}`);
};
const corrected: [string, Where, string[], string[]][] = [
  // [why, where, must cite, must no longer cite]
  ['wishes and feelings: national duty is para 2.8, not the choosing para 3.13', ['duties', 'involve-child-and-family', 'england'], ['cwdc-2007 para 2.8'], ['cwdc-2007 para 3.13']],
  ["wishes and feelings: Salford's key-functions list, not 'How is the Lead Professional identified?'", ['duties', 'involve-child-and-family', 'salford'], ["salford 'Ascertaining the needs, wishes and feelings'"], ["salford 'How is the Lead Professional identified?'"]],
  ["views and wishes: Scotland 'Roles and tasks' bullet 4, not 'Choosing…'", ['duties', 'involve-child-and-family', 'scotland'], ["girfec-2010 'When the Child's Plan has been agreed' bullet 4"], ["girfec-2010 'Choosing the most appropriate Lead Professional'"]],
  ['local early help contact point: only 001 says it (England), named as one local framework', ['nextSteps', 'tell-the-team', 'england'], ['safeh Guideline 12'], ["safeh 'aim to' list"]],
  ["youth justice 'never' and the seconded social worker are 003 Annex C, not Salford's row", ['rules', 'PR-01', 'england'], ["cwdc-2007 Annex C 'Children involved with youth justice services'", "cwdc-2007 Annex C 'Children involved with youth justice services' item 5"], []],
  ['custody key worker: 003 Annex C youth justice item 4, not only Box 1', ['roles', 'custody-key-worker', 'england'], ["cwdc-2007 Annex C 'Children involved with youth justice services' item 4"], []],
  ['custody key worker (Salford): add 003 Annex C item 4', ['roles', 'custody-key-worker', 'salford'], ["cwdc-2007 Annex C 'Children involved with youth justice services' item 4"], []],
  ['Connexions adviser, Year 9: the transition plan only (Box 1, Annex C SEN)', ['roles', 'connexions-personal-adviser', 'england'], ["cwdc-2007 Annex C 'Children with special educational needs'"], ['cwdc-2007 para 3.4']],
  ['Connexions adviser, E2E: para 3.8', ['roles', 'e2e-personal-adviser', 'england'], ['cwdc-2007 para 3.8'], []],
  ["Child's Plan duty: the paragraph after the tasks list", ['duties', 'childs-plan', 'scotland'], ["girfec-2010 'responsible for ensuring an agreed multi-agency'"], []],
  ["Child's Plan tasks: the list itself", ['duties', 'childs-plan-tasks', 'scotland'], ["girfec-2010 'When the Child's Plan has been agreed' bullet 8"], ["girfec-2010 'Roles and tasks of the Lead Professional in planning and taking action to help a child'"]],
  ['handover (England): add para 2.19', ['duties', 'planned-handover', 'england'], ['cwdc-2007 para 2.19'], []],
  ["handover (Scotland): 'Roles and tasks' bullet 10", ['duties', 'planned-handover', 'scotland'], ["girfec-2010 'When the Child's Plan has been agreed' bullet 10"], ["girfec-2010 'Roles and tasks of the Lead Professional in planning and taking action to help a child'"]],
  ['set a review: para 3.2 for "still the right person"; 001 is a local framework', ['nextSteps', 'set-review', 'england'], ['cwdc-2007 para 3.2'], ['safeh Guideline 8']],
  ["explain to the family: Annex C child protection ('fully explained')", ['nextSteps', 'explain-to-family', 'england'], ["cwdc-2007 Annex C 'Children who are the subject of a child protection plan'"], []],
  ['record the plan: para 5.6 (the lead oversees the agreed actions); 001 is a local framework', ['nextSteps', 'record-in-plan', 'england'], ['cwdc-2007 para 5.6'], ["safeh 'Definition' item 2"]],
  ["agree with the family: 'Hints and tips' and para 3.13; 001 is a local framework", ['nextSteps', 'agree-with-family', 'england'], ['cwdc-2007 para 3.13'], ['safeh Guideline 5']],
  ['tell the team (Scotland): bullet 2, not the tasks heading', ['nextSteps', 'tell-the-team', 'scotland'], ["girfec-2010 'When the Child's Plan has been agreed' bullet 2"], ["girfec-2010 'Roles and tasks of the Lead Professional in planning and taking action to help a child'"]],
  ['record the plan (Scotland): add the roles paragraph', ['nextSteps', 'record-in-plan', 'scotland'], ["girfec-2010 'The relationship between Lead Professionals and others in contact with the child and family'"], []],
  ['agree with the family (Salford): add the Level 2 row', ['nextSteps', 'agree-with-family', 'salford'], ["salford thresholds table 'Children receiving Targeted and Co-ordinated Help (Level 2)'"], []],
  ["SENCO's job: 003 Annex C SEN, not Box 1 or para 3.4", ['roles', 'senco', 'england'], ["cwdc-2007 Annex C 'Children with special educational needs'"], ["cwdc-2007 Box 1 'Child with special educational needs'", 'cwdc-2007 para 3.4']],
  ['SENCO with no lead: Annex C SEN and para 2.18', ['roles', 'senco-without-lead', 'england'], ["cwdc-2007 Annex C 'Children with special educational needs'", 'cwdc-2007 para 2.18'], ['cwdc-2007 para 3.4']],
  ["SENCO (Salford): add 003 Annex C SEN, labelled the national guide's", ['roles', 'senco', 'salford'], ["cwdc-2007 Annex C 'Children with special educational needs'"], []],
  ['care co-ordinator (Salford): 004 does not describe the role; add 003 Annex C mental health', ['roles', 'care-coordinator', 'salford'], ["cwdc-2007 Annex C 'Children diagnosed with complex mental health problems'"], []],
  ['prevention worker: add Annex C item 1 (final warnings)', ['roles', 'yot-prevention-officer', 'england'], ["cwdc-2007 Annex C 'Children involved with youth justice services' item 1"], []],
  ['Named Person: resumes responsibility, bullet 9', ['roles', 'named-person', 'scotland'], ["girfec-2010 'When the Child's Plan has been agreed' bullet 9"], []],
  ['seconded social worker: Annex C youth justice item 5', ['roles', 'seconded-social-worker-in-yot', 'england'], ["cwdc-2007 Annex C 'Children involved with youth justice services' item 5"], ["cwdc-2007 Box 1 'Young offender'"]],
  ['CIN-01 (Salford): the statutory basis is 003 Annex C', ['rules', 'CIN-01', 'salford'], ["cwdc-2007 Annex C 'All children in need, during assessment phase'"], []],
  ['L-01 (Salford): the care plan is 003 Annex C', ['rules', 'L-01', 'salford'], ["cwdc-2007 Annex C 'Looked after children'"], []],
  ['AD-01 (Salford): "throughout" and the statutory basis are 003 Annex C', ['rules', 'AD-01', 'salford'], ["cwdc-2007 Annex C 'Children for whom adoption is the plan'"], []],
  ['PS-09 (Salford): the statutory footing is 003 Annex C', ['rules', 'PS-09', 'salford'], ["cwdc-2007 Annex C 'Children for whom adoption is the plan'"], []],
  ['PS-11: the choosing process, paras 3.13 and 3.14', ['rules', 'PS-11', 'england'], ['cwdc-2007 para 3.13', 'cwdc-2007 para 3.14'], ['cwdc-2007 para 3.15']],
  ['CR-02 is the national guide only; Salford has its own criteria (CR-04)', ['rules', 'CR-02', 'salford'], [], ['cwdc-2007 para 3.14']],
];
describe('citations corrected in issue 8', () => {
  it.each(corrected)('%s', (_why, where, must, mustNot) => {
    const cites = citesOf(where);
    for (const c of must) expect(cites, `${where.join(' ')} should cite ${c}`).toContain(c);
    for (const c of mustNot) expect(cites, `${where.join(' ')} should no longer cite ${c}`).not.toContain(c);
  });

  it('takes the local contact point out of the Salford and Scottish next step, which their sources do not give', () => {
    for (const g of ['salford', 'scotland'] as const) expect(textFor(register.sections.nextSteps!['tell-the-team']!, g)).not.toMatch(/contact point|early help team/);
    expect(textFor(register.sections.nextSteps!['tell-the-team']!, 'england')).toMatch(/one local framework/);
  });

  it('describes the Connexions adviser by the plan the cited places cover', () => {
    for (const id of ['connexions-personal-adviser', 'e2e-personal-adviser', 'connexions-personal-adviser-without-lead', 'e2e-personal-adviser-without-lead']) {
      expect(textFor(register.sections.roles![id]!, 'england'), id).not.toMatch(/learning, training and transition plans/);
    }
  });
});
