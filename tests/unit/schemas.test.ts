import { describe, expect, it } from 'vitest';
import { familySchema, glossarySchema, guidanceSchema, sourceSchema } from '../../src/content/schemas.ts';

const goodGuidance = {
  title: 'When a lead professional is needed',
  summary: 'A lead professional is needed when more than one practitioner supports a child.',
  jurisdiction: 'england',
  section: 'the-role',
  order: 2,
  lastReviewed: '2026-11-23',
};

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('guidance front matter', () => {
  it('accepts a complete page and defaults the audience to practitioners', () => {
    const parsed = guidanceSchema.parse(goodGuidance);
    expect(parsed.audience).toBe('practitioners');
    expect(parsed.lastReviewed).toBeInstanceOf(Date);
  });

  it.each([
    ['jurisdiction', { jurisdiction: 'wales' }, /jurisdiction must be one of "england", "scotland", "both"; got "wales"/],
    ['audience', { audience: 'parents' }, /audience must be one of "practitioners", "families", "trainers"/],
    ['section', { section: 'misc' }, /section must be one of "the-role"/],
    ['summary of two sentences', { summary: 'It is needed. It is also useful for many families.' }, /exactly one sentence/],
    ['summary without a full stop', { summary: 'A lead professional is needed when two practitioners help' }, /exactly one sentence/],
    ['order', { order: 0 }, /order/],
  ])('rejects a bad %s with a message naming the allowed values', (_name, patch, message) => {
    const result = guidanceSchema.safeParse({ ...goodGuidance, ...patch });
    expect(result.success).toBe(false);
    expect(messages(result)).toMatch(message);
  });

  it('rejects a missing summary and an unknown field', () => {
    const { summary: _omit, ...rest } = goodGuidance;
    expect(messages(guidanceSchema.safeParse(rest))).toMatch(/summary/);
    expect(messages(guidanceSchema.safeParse({ ...goodGuidance, autor: 'x' }))).toMatch(/autor/);
  });
});

describe('family front matter', () => {
  it('requires the practitioner pages the family page simplifies', () => {
    const result = familySchema.safeParse({ title: 'What is a lead professional?', summary: 'This page tells you what a lead professional does.', jurisdiction: 'both', order: 1, lastReviewed: '2026-11-23', simplifies: [] });
    expect(result.success).toBe(false);
    expect(messages(result)).toMatch(/simplifies/);
  });
});

describe('sources and glossary data', () => {
  it('rejects a source with an unknown scope', () => {
    const result = sourceSchema.safeParse({ id: 'x', seed: 'x', title: 'x', shortTitle: 'x', publisher: 'x', year: 2000, date: '2000', when: '2000', jurisdiction: 'england', scope: 'regional', status: 'x', statusKind: 'local', citationStyle: 'paragraphs', citationExample: 'x', covers: ['x'] });
    expect(messages(result)).toMatch(/scope must be one of "national", "local"; got "regional"/);
  });

  it('requires a source to say where an official copy is, or that none is known, and what happened since or why that is unknown', () => {
    const base = { id: 'x', seed: 'x', title: 'x', fullTitle: 'x', shortTitle: 'x', publisher: 'x', year: 2000, date: '2000', when: '2000', jurisdiction: 'england', scope: 'national', status: 'x', statusKind: 'local', citationStyle: 'paragraphs', citationExample: 'x', covers: ['x'] };
    expect(messages(sourceSchema.safeParse(base))).toMatch(/give either officialCopy or noOfficialCopy[\s\S]*say what has happened since/);
    const since = [{ fact: 'It was replaced by a later edition in 2023.', checkedOn: '2026-11-26', checkedAgainst: [{ url: 'https://www.gov.uk/x', what: 'The publisher’s page' }] }];
    expect(sourceSchema.safeParse({ ...base, noOfficialCopy: 'None known.', since }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, noOfficialCopy: 'None known.', sinceUnknown: 'Undated.' }).success).toBe(true);
    const copy = { url: 'https://www.example.org/x.pdf', label: 'The publisher’s copy', checkedOn: '2026-11-26' };
    expect(messages(sourceSchema.safeParse({ ...base, officialCopy: copy, noOfficialCopy: 'None.', since }))).toMatch(/not both/);
    expect(messages(sourceSchema.safeParse({ ...base, officialCopy: { ...copy, url: 'http://www.example.org/x.pdf' }, since }))).toMatch(/officialCopy\.url/);
  });

  it('rejects a glossary citation without "at"', () => {
    const result = glossarySchema.safeParse({ id: 'x', term: 'X', meaning: 'm', plain: 'p', jurisdiction: 'both', cites: [{ source: 'cwdc-2007', at: ' ' }] });
    expect(messages(result)).toMatch(/needs "at"/);
  });
});
