/**
 * The register and the rules hold together: every rule the framing, rows, statuses and points use is in the register,
 * every criterion of every guidance has its statement cited for that guidance, nothing goes unused, and every citation
 * anchor is found in its seed document (when the seeds are available at ../shared/seeds).
 */
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src/tools/engine/register.ts';
import { registerProblems } from '../../../src/tools/choose-lead-professional/rules.ts';
import { anchorProblem, loadSeedTexts, seedsAvailable } from '../../support/anchors.ts';
import { registerCitations } from '../../support/register.ts';
import { register } from './support.ts';

describe('the register and the rules', () => {
  it('match', () => {
    expect(registerProblems(register)).toEqual([]);
  });

  it('would report a missing rule, a missing criterion statement and an unused entry', () => {
    const { 'CR-08': _r, ...rules } = register.rules;
    const { 'salford-advocacy': _c, ...criteria } = register.sections.criteria!;
    const broken: Register = { rules: { ...rules, 'XX-01': { id: 'XX-01', strength: 'expected', text: 'x', cites: {} } }, sections: { criteria } };
    expect(registerProblems(broken)).toEqual(
      expect.arrayContaining(['rules: "CR-08" is used but not in the register', 'criteria: "salford-advocacy" is missing', 'rules: "XX-01" is in the register but nothing uses it']),
    );
  });
});

describe.skipIf(!seedsAvailable())('every citation in the register is found in the seeds', () => {
  const seedText = loadSeedTexts();
  it.each(registerCitations(register).map((c) => [`${c.source} ${c.at}`, c] as const))('%s', (_name, c) => {
    expect(seedText.get(c.source), `unknown source ${c.source}`).toBeDefined();
    expect(anchorProblem(c, seedText.get(c.source))).toBeNull();
  });
});
