/**
 * The URL contract of "Choosing between candidates": comma-separated lists of roles, `none` for none of them; a round
 * trip; and bad values, candidates who were not named, criteria the guidance does not have and statuses without a
 * statutory responsibility named and dropped, never a crash. Names cannot get in: only listed roles are values.
 */
import { describe, expect, it } from 'vitest';
import type { Ignored } from '../../../src/tools/engine/contract.ts';
import { ignoredMessage } from '../../../src/tools/engine/wording.ts';
import { contractRows } from '../../../src/tools/engine/share.ts';
import { CONTRACT } from '../../../src/tools/choose-lead-professional/contract.ts';
import { flow, tool } from './support.ts';

const reasons = (ignored: Ignored[]) => Object.fromEntries(ignored.map((i) => [`${i.param}=${i.value}`, i.reason.why]));
const message = (i: Ignored) => ignoredMessage(tool.wording, tool.guidances, i);

describe('the contract', () => {
  it('round-trips, writing lists with commas and "none"', () => {
    const answers = { guidance: 'salford', candidates: ['gp', 'youth-worker'], 'statutory-responsibility': ['gp'], 'statutory-status': ['child-in-need-open'], 'main-needs': ['gp', 'youth-worker'], wishes: [], 'young-person': 'yes' };
    const pruned = flow.prune(answers);
    const query = flow.writeLink(pruned);
    expect(query).toBe('guidance=salford&candidates=gp,youth-worker&statutory-responsibility=gp&statutory-status=child-in-need-open&main-needs=gp,youth-worker&wishes=none&young-person=yes');
    const read = flow.readLink(`?${query}`);
    expect(read.ignored).toEqual([]);
    expect(read.answers).toEqual(pruned);
  });

  it('takes roles from a list only, so a name cannot be carried in a link', () => {
    expect(Object.keys(CONTRACT)).toContain('candidates');
    for (const spec of Object.values(CONTRACT)) expect(['enum', 'list', 'boolean']).toContain(spec.kind);
    const read = flow.readLink('guidance=england&candidates=gp,Jane%20Smith');
    expect(read.answers).toEqual({ guidance: 'england' });
    expect(reasons(read.ignored)).toEqual({ 'candidates=gp,Jane Smith': 'invalid' });
  });
});

describe('links it cannot fully use', () => {
  it('names and drops a candidate who was not named, a criterion the guidance lacks, a status without a statutory responsibility, too few candidates', () => {
    const read = flow.readLink('guidance=scotland&candidates=gp,named-person&statutory-responsibility=none&statutory-status=asbo&main-needs=teacher&advocacy=gp&wishes=gp&colour=blue');
    expect(read.answers).toEqual({ guidance: 'scotland', candidates: ['gp', 'named-person'], 'statutory-responsibility': [], wishes: ['gp'] });
    expect(reasons(read.ignored)).toEqual({
      'colour=blue': 'unknown',
      'statutory-status=asbo': 'parent-some',
      'main-needs=teacher': 'not-offered',
      'advocacy=gp': 'guidance',
    });
    for (const i of read.ignored) expect(message(i)).not.toMatch(/ignored\.|\{/);
    expect(reasons(flow.readLink('guidance=england&candidates=gp').ignored)).toEqual({ 'candidates=gp': 'not-offered' });
    expect(reasons(flow.readLink('guidance=england&candidates=gp,named-person').ignored)).toEqual({ 'candidates=gp,named-person': 'not-offered' });
    expect(reasons(flow.readLink('guidance=england&main-needs=gp').ignored)).toEqual({ 'main-needs=gp': 'no-candidates' });
  });
});

describe('the share page', () => {
  it('documents every parameter: the candidates with their roles, each criterion as a list of them, and every example opens on its record', () => {
    const rows = contractRows(flow, tool.questions, tool.wording, tool.guidances);
    expect(rows.map((r) => r.param)).toEqual(Object.keys(CONTRACT));
    expect(rows.find((r) => r.param === 'candidates')!.values.map((v) => v.value)).toContain('named-person');
    const wishes = rows.find((r) => r.param === 'wishes')!;
    expect(wishes.values).toEqual([]);
    expect(wishes.valuesInWords).toMatch(/candidates/);
    expect(rows.find((r) => r.param === 'advocacy')!.guidance).toEqual(['England (Salford handbook)']);
    expect(rows.find((r) => r.param === 'statutory-status')!.when).toMatch(/statutory-responsibility/);
    for (const e of tool.descriptor.examples) {
      const read = flow.readLink(e.query);
      expect(read.ignored, e.title).toEqual([]);
      expect(flow.openingStep(read.answers), e.title).toBe('outcome');
    }
  });
});
