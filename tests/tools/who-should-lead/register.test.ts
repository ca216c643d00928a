/**
 * The register and the rules that refer to it hold together: every rule a designation, pair or facet uses is in
 * the register and cited for each guidance it is used in, nothing in the register goes unused, the precedence
 * lists name every designation once, the who-leads table is filled from them, and every citation anchor in the
 * register can be found in its seed document (when the seeds are available at ../shared/seeds).
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/tools/engine/register.ts';
import { DESIGNATIONS, FACETS, PAIRS, PRECEDENCE_ENGLAND, PRECEDENCE_SCOTLAND, STATUS_ROWS, registerProblems, type Designation } from '../../../src/tools/who-should-lead/rules.ts';
import { whoLeadsRows } from '../../../src/tools/who-should-lead/table.ts';
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

  it('gives every silent combination and every rule of ours a derivation or a case-by-case citation', () => {
    for (const id of RULE_IDS.filter((x) => x.startsWith('PS-') || x.startsWith('ORDER-') || x.startsWith('INF-'))) {
      expect(register.rules[id]!.inference !== undefined || register.rules[id]!.computed === true, id).toBe(true);
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
    for (const f of FACETS) expect(f.rule ?? f.citeRule).toBeDefined();
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
