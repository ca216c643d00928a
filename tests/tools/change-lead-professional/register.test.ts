/**
 * The register and the rules that refer to it hold together: every id the rules use is in the register and nothing
 * in it goes unused, inferences say they are ours and have no strength of their own, every rule a case shows is
 * cited for its guidance, and every citation anchor is found in its seed document.
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/tools/engine/register.ts';
import { CHECKLIST, registerProblems } from '../../../src/tools/change-lead-professional/rules.ts';
import { GUIDANCE_IDS } from '../../../src/tools/guidance.ts';
import { anchorProblem, loadSeedTexts, seedsAvailable } from '../../support/anchors.ts';
import { DECISIONS, factsOf, outcomeFor, register } from './support.ts';

describe('the register and the rules', () => {
  it('match: every id the rules use is in the register, and every register entry is used', () => {
    expect(registerProblems(register)).toEqual([]);
  });

  it('marks every inference as ours in the sentence people read, and gives it no strength of its own', () => {
    const inferences = Object.values(register.rules).filter((r) => r.inference);
    expect(inferences.length).toBeGreaterThan(10);
    for (const r of inferences) {
      expect(r.text, r.id).toMatch(/our inference/i);
      expect(r.strength, r.id).toBeUndefined();
      expect(r.id.startsWith('INF-') || r.id === 'HO-07', r.id).toBe(true);
    }
    for (const r of Object.values(register.rules).filter((x) => x.id.startsWith('INF-'))) expect(r.inference, r.id).toBeDefined();
  });

  it('cites every rule an answer shows, for the guidance it is shown under', () => {
    for (const d of DECISIONS) {
      const o = outcomeFor(factsOf(d));
      const shown = [o.decidedBy, ...o.nextRules, ...o.handoverRules, ...o.cover, ...o.notifyRules.map((n) => n.rule), ...o.also, ...o.conditions];
      for (const r of shown) expect(r.cites.length, `${d.id}: ${r.id}`).toBeGreaterThan(0);
    }
  });

  it('prints each checklist line under a guidance only where that guidance says it or we mark it as our suggestion', () => {
    for (const line of CHECKLIST) {
      const record = register.sections.checklist![line.id]!;
      for (const g of GUIDANCE_IDS) {
        const cited = (record.cites[g]?.length ?? 0) > 0;
        const ours = line.ours?.includes(g) ?? false;
        expect(cited && ours, `${line.id} under ${g} is either cited or ours, not both`).toBe(false);
      }
    }
  });
});

/** Every citation in the register, once each. */
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
