/**
 * The rules data holds together: every rule a designation, pair or facet uses is cited for each guidance
 * it is used in, the precedence lists name every designation once, and every citation anchor can be
 * found in its seed document (when the seeds are available at ../shared/seeds).
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/content/schemas.ts';
import {
  CHECKS,
  CROSS_BORDER,
  DESIGNATIONS,
  DUTIES,
  FACETS,
  PAIRS,
  PRECEDENCE_ENGLAND,
  PRECEDENCE_SCOTLAND,
  RULE_DEFS,
  RULE_IDS,
  STATUS_ROWS,
  THIRD_SECTOR,
  type Designation,
  type RuleId,
} from '../../src/machines/who-should-lead/rules.ts';
import { whoLeadsRows } from '../../src/machines/who-should-lead/table.ts';
import type { Guidance } from '../../src/machines/who-should-lead/facts.ts';
import { anchorProblem, loadSeedTexts, seedsAvailable } from '../support/anchors.ts';

const GUIDANCES: Guidance[] = ['england', 'salford', 'scotland'];

describe('rules data', () => {
  it('cites every rule for each guidance where a designation uses it', () => {
    for (const [id, d] of Object.entries(DESIGNATIONS) as [string, Designation][]) {
      for (const g of GUIDANCES) {
        for (const r of d.by[g] ?? []) expect(RULE_DEFS[r].cites[g]?.length ?? 0, `${id} uses ${r} under ${g}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives every static rule at least one citation, and every computed or inferred rule a derivation', () => {
    for (const id of RULE_IDS) {
      const r = RULE_DEFS[id];
      if (r.computed) continue;
      const total = GUIDANCES.reduce((n, g) => n + (r.cites[g]?.length ?? 0), 0);
      expect(total, id).toBeGreaterThan(0);
    }
    for (const id of RULE_IDS.filter((x) => x.startsWith('PS-') || x.startsWith('ORDER-') || x.startsWith('INF-'))) {
      expect(RULE_DEFS[id].derivedFrom !== undefined || RULE_DEFS[id].computed === true, id).toBe(true);
    }
    for (const id of RULE_IDS) for (const d of RULE_DEFS[id].derivedFrom ?? []) expect(RULE_IDS, `${id} derived from ${d}`).toContain(d);
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

  it('names only known designations in the pairs, and only rules it has', () => {
    for (const p of PAIRS) {
      expect(RULE_IDS).toContain(p.rule);
      for (const w of p.winners) expect(Object.keys(DESIGNATIONS)).toContain(w);
      if (p.losers !== '*') for (const l of p.losers) expect(Object.keys(DESIGNATIONS)).toContain(l);
    }
    for (const f of FACETS) {
      if (f.rule) expect(RULE_IDS).toContain(f.rule);
      if (f.citeRule) expect(RULE_IDS).toContain(f.citeRule);
    }
    expect(RULE_IDS).toContain(CROSS_BORDER.rule);
    expect(RULE_IDS).toContain(THIRD_SECTOR.rule);
  });
});

describe('who-leads table', () => {
  it('has one row per status, each with at least one column filled and sourced', () => {
    expect(whoLeadsRows.map((r) => r.status)).toEqual([...STATUS_ROWS]);
    for (const row of whoLeadsRows) {
      expect(row.england ?? row.salford, row.status).not.toBeNull();
      for (const cell of [row.england, row.salford]) {
        if (!cell) continue;
        expect(cell.rules.length, row.status).toBeGreaterThan(0);
        expect(cell.cites.length, row.status).toBeGreaterThan(0);
      }
    }
  });

  it('shows the sources’ own answers for the key rows', () => {
    const at = (status: string) => whoLeadsRows.find((r) => r.status === status)!;
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

// ---------------------------------------------------------------------------------------------
// Citation anchors against the seeds (the checking lives in tests/support/anchors.ts)
// ---------------------------------------------------------------------------------------------
function allCitations(): Citation[] {
  const out: Citation[] = [];
  for (const id of RULE_IDS) for (const g of GUIDANCES) out.push(...(RULE_DEFS[id as RuleId].cites[g] ?? []));
  for (const table of [DUTIES, CHECKS] as const) {
    for (const entry of Object.values(table) as { cites: Partial<Record<Guidance, readonly Citation[]>> }[]) {
      for (const g of GUIDANCES) out.push(...(entry.cites[g] ?? []));
    }
  }
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(`${c.source}|${c.at}`) && seen.add(`${c.source}|${c.at}`));
}

describe.skipIf(!seedsAvailable())('citation anchors are found in the seeds', () => {
  const seedText = loadSeedTexts();
  it.each(allCitations().map((c) => [`${c.source} ${c.at}`, c] as const))('%s', (_name, c) => {
    expect(seedText.get(c.source), `unknown source ${c.source}`).toBeDefined();
    expect(anchorProblem(c, seedText.get(c.source))).toBeNull();
  });
});
