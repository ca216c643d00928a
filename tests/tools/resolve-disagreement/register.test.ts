/**
 * The register and the routes hold together: every rule a route, the safety step or the context uses is in the
 * register and cited for the guidance that uses it, nothing in the register goes unused, the route wording has words
 * for every step and nothing else, and every citation anchor in the register is found in its seed document (when the
 * seeds are available at ../shared/seeds).
 */
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src/tools/engine/register.ts';
import { registerProblems } from '../../../src/tools/resolve-disagreement/rules.ts';
import { loadRouteWording, routeWordingProblems } from '../../../src/tools/resolve-disagreement/wording/route-schema.ts';
import { anchorProblem, loadSeedTexts, seedsAvailable } from '../../support/anchors.ts';
import { registerCitations } from '../../support/register.ts';
import { register } from './support.ts';

describe('the register and the routes', () => {
  it('match: every rule the routes use is in the register and cited for its guidance, and every entry is used', () => {
    expect(registerProblems(register)).toEqual([]);
  });

  it('would report a rule the routes use that the register lacks, and an entry nothing uses', () => {
    const { 'DR-06c': _gone, ...rest } = register.rules;
    const broken: Register = { ...register, rules: { ...rest, 'XX-01': { id: 'XX-01', strength: 'expected', text: 'x', cites: {} } } };
    expect(registerProblems(broken)).toEqual(expect.arrayContaining([expect.stringContaining('"DR-06c" is used'), expect.stringContaining('"XX-01" is in the register but nothing uses it')]));
  });

  it('has words for every step of every route, and the pieces of every family note', () => {
    const words = loadRouteWording('src/tools/resolve-disagreement/wording/route.yaml');
    expect(routeWordingProblems(words)).toEqual([]);
    const { 'team-discussion': _gone, ...rest } = words.steps['salford-who-leads'];
    expect(routeWordingProblems({ ...words, steps: { ...words.steps, 'salford-who-leads': rest } })).toEqual(['steps.salford-who-leads: no words for step "team-discussion"']);
  });
});

describe.skipIf(!seedsAvailable())('every citation in the register is found in the seeds', () => {
  const seedText = loadSeedTexts();
  it.each(registerCitations(register).map((c) => [`${c.source} ${c.at}`, c] as const))('%s', (_name, c) => {
    expect(seedText.get(c.source), `unknown source ${c.source}`).toBeDefined();
    expect(anchorProblem(c, seedText.get(c.source))).toBeNull();
  });
});
