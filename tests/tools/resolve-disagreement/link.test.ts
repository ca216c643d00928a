/**
 * The URL contract of "We can't agree: what happens next?": exactly the names and values, a round trip, and
 * bad values, repeats, unknown parameters and contradictions named and dropped, never a crash.
 */
import { describe, expect, it } from 'vitest';
import type { Ignored } from '../../../src/tools/engine/contract.ts';
import { ignoredMessage } from '../../../src/tools/engine/wording.ts';
import { contractRows } from '../../../src/tools/engine/share.ts';
import { CONTRACT } from '../../../src/tools/resolve-disagreement/contract.ts';
import { flow, tool } from './support.ts';

const reasons = (ignored: Ignored[]) => Object.fromEntries(ignored.map((i) => [`${i.param}=${i.value}`, i.reason.why]));
const message = (i: Ignored) => ignoredMessage(tool.wording, tool.guidances, i);

describe('the contract', () => {
  it('has exactly the names and values of issue 10', () => {
    expect(Object.keys(CONTRACT)).toEqual(['guidance', 'about', 'safety-concern', 'tried']);
    expect(CONTRACT.guidance.values).toEqual(['england', 'salford', 'safeh', 'scotland']);
    expect(CONTRACT.about.values).toEqual(['who-leads', 'not-delivering', 'approach']);
    expect(CONTRACT['safety-concern'].kind).toBe('boolean');
    expect(CONTRACT.tried.values).toEqual(['nothing', 'team', 'coordinator', 'managers', 'heads-of-service']);
  });

  it('writes answers with those names and values, and reads them back', () => {
    const answers = { guidance: 'salford', about: 'approach', 'safety-concern': 'yes', tried: 'heads-of-service' };
    const query = flow.writeLink(answers);
    expect(query).toBe('guidance=salford&about=approach&safety-concern=yes&tried=heads-of-service');
    const read = flow.readLink(`?${query}`);
    expect(read.ignored).toEqual([]);
    expect(read.answers).toEqual(answers);
    expect(read.facts).toEqual({ guidance: 'salford', about: 'approach', 'safety-concern': true, tried: 'heads-of-service' });
  });

  it('matches values without regard to capital letters or spaces', () => {
    expect(flow.readLink('guidance=England&about=%20WHO-LEADS&safety-concern=No&tried=Team').answers).toEqual({ guidance: 'england', about: 'who-leads', 'safety-concern': 'no', tried: 'team' });
  });
});

describe('links it cannot fully use', () => {
  it('names and drops unknown parameters, bad values and repeats, and keeps the rest', () => {
    const read = flow.readLink('guidance=wales&guidance=scotland&guidance=england&about=money&safety-concern=maybe&tried=&name=Sam');
    expect(read.answers).toEqual({ guidance: 'scotland' });
    expect(reasons(read.ignored)).toEqual({
      'guidance=wales': 'invalid',
      'guidance=england': 'repeated',
      'about=money': 'invalid',
      'safety-concern=maybe': 'invalid',
      'tried=': 'invalid',
      'name=Sam': 'unknown',
    });
    for (const i of read.ignored) expect(message(i)).not.toMatch(/ignored\.|values\./);
    expect(message(read.ignored.find((i) => i.param === 'about')!)).toContain('who-leads, not-delivering or approach');
  });

  it('drops "tried" where the guidance sends the disagreement straight to one step, saying why', () => {
    const read = flow.readLink('guidance=safeh&about=not-delivering&safety-concern=no&tried=managers');
    expect(read.answers).toEqual({ guidance: 'safeh', about: 'not-delivering', 'safety-concern': 'no' });
    expect(reasons(read.ignored)).toEqual({ 'tried=managers': 'irrelevant' });
    expect(flow.openingStep(read.answers)).toBe('outcome');
  });

  it('does not use answers without the guidance, saying so', () => {
    const read = flow.readLink('about=who-leads&tried=team');
    expect(read.answers).toEqual({});
    expect(reasons(read.ignored)).toEqual({ 'about=who-leads': 'no-guidance', 'tried=team': 'no-guidance' });
  });
});

describe('the share page', () => {
  it('documents every parameter with its values, from the contract', () => {
    const rows = contractRows(flow, tool.questions, tool.wording, tool.guidances);
    expect(rows.map((r) => r.param)).toEqual(['guidance', 'about', 'safety-concern', 'tried']);
    expect(rows.find((r) => r.param === 'tried')!.values.map((v) => v.value)).toEqual(['nothing', 'team', 'coordinator', 'managers', 'heads-of-service']);
    expect(rows.find((r) => r.param === 'tried')!.when).toBe(tool.wording['share.when.relevance']);
    for (const e of tool.descriptor.examples) {
      const read = flow.readLink(e.query);
      expect(read.ignored, e.title).toEqual([]);
      expect(flow.openingStep(read.answers), e.title).toBe('outcome');
    }
  });
});
