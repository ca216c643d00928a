/**
 * Links: the exact names and values of issue 9's URL contract; every situation the table lists opens from its link
 * on the answer with nothing dropped; links round-trip; unknown, bad and contradictory parameters are named, with
 * the reason in words, and dropped, never fatal.
 */
import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../../src/tools/change-lead-professional/contract.ts';
import { ignoredMessage } from '../../../src/tools/engine/wording.ts';
import { DECISIONS, flow, queryOf, tool } from './support.ts';

describe('the URL contract', () => {
  it('has exactly the names and values issue 9 gives', () => {
    expect(Object.keys(CONTRACT)).toEqual(['guidance', 'reason', 'status-ended', 'referral-accepted', 'current-lead']);
    expect(CONTRACT.guidance.values).toEqual(['england', 'salford', 'safeh', 'scotland']);
    expect(CONTRACT.reason.values).toEqual([
      'leaving-post', 'long-term-sickness', 'short-absence', 'work-complete', 'family-request', 'legal-proceedings', 'statutory-involvement',
      'status-ended', 'family-disengaged', 'needs-changed', 'family-moving', 'plan-no-longer-needed', 'school-move',
    ]);
    expect(CONTRACT['status-ended'].values).toEqual(['child-protection', 'looked-after', 'child-in-need']);
    expect(CONTRACT['referral-accepted'].kind).toBe('boolean');
    expect(CONTRACT['current-lead'].values).toEqual(['social-worker', 'other']);
  });

  it.each(DECISIONS.map((d) => [d.id, queryOf(d)] as const))('opens %s on the answer, uses every parameter, and writes the same link back', (_id, query) => {
    const link = flow.readLink(query);
    expect(link.ignored).toEqual([]);
    expect(flow.openingStep(link.answers)).toBe('outcome');
    expect(new URLSearchParams(flow.writeLink(link.answers)).toString()).toBe(new URLSearchParams(query).toString());
  });
});

describe('links the tool cannot fully use', () => {
  const reasons = (query: string) => flow.readLink(query).ignored.map((i) => [i.param, i.reason.why]);

  it('names and drops unknown parameters, bad values and repeats, and keeps the rest', () => {
    const link = flow.readLink('guidance=Salford&colour=red&reason=retired&reason=family-request&guidance=england');
    expect(link.answers).toEqual({ guidance: 'salford', reason: 'family-request' });
    expect(link.ignored.map((i) => [i.param, i.value, i.reason.why])).toEqual([
      ['colour', 'red', 'unknown'],
      ['reason', 'retired', 'invalid'],
      ['guidance', 'england', 'repeated'],
    ]);
    expect(flow.openingStep(link.answers)).toBe('current-lead');
  });

  it('drops a follow-up given with another situation, or before the situation is known', () => {
    expect(reasons('guidance=england&reason=leaving-post&status-ended=looked-after&referral-accepted=yes&current-lead=other')).toEqual([
      ['status-ended', 'reason'],
      ['referral-accepted', 'reason'],
    ]);
    expect(reasons('guidance=england&current-lead=other')).toEqual([['current-lead', 'no-reason']]);
    expect(reasons('reason=short-absence')).toEqual([['reason', 'no-guidance']]);
  });

  it('drops who leads now where it cannot change the answer', () => {
    expect(reasons('guidance=salford&reason=short-absence&current-lead=social-worker')).toEqual([['current-lead', 'irrelevant']]);
    expect(reasons('guidance=salford&reason=status-ended&status-ended=child-protection&current-lead=other')).toEqual([['current-lead', 'irrelevant']]);
    expect(reasons('guidance=salford&reason=status-ended&status-ended=child-in-need&current-lead=other')).toEqual([]);
  });

  it('drops a status that does not exist under the guidance chosen, and asks again', () => {
    const link = flow.readLink('guidance=scotland&reason=status-ended&status-ended=child-in-need');
    expect(link.ignored.map((i) => [i.param, i.reason])).toEqual([['status-ended', { why: 'guidance', guidance: 'scotland' }]]);
    expect(flow.openingStep(link.answers)).toBe('status-ended');
  });

  it('says why in words, for every reason it can give', () => {
    const query = 'colour=red&guidance=scotland&reason=status-ended&status-ended=child-in-need&referral-accepted=maybe&reason=x';
    const messages = flow.readLink(query).ignored.map((i) => ignoredMessage(tool.wording, tool.guidances, i));
    expect(messages).toEqual([
      '"colour=red" is not something this tool asks about.',
      '"referral-accepted=maybe" is not a value we recognise: referral-accepted should be yes or no.',
      '"reason=x" appears more than once; the first one was used.',
      '"status-ended=child-in-need" does not apply under Scotland\'s GIRFEC guidance (2010).',
    ]);
    for (const q of ['guidance=england&reason=leaving-post&status-ended=looked-after', 'guidance=england&current-lead=other', 'reason=leaving-post', 'guidance=england&reason=short-absence&current-lead=other']) {
      for (const i of flow.readLink(q).ignored) expect(ignoredMessage(tool.wording, tool.guidances, i), q).not.toMatch(/ignored\.|\{/);
    }
  });
});
