/**
 * The rule register loader: a sentence can be worded once or per guidance, and a file whose wording and citations
 * do not match fails with messages that name the file and the record.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister, textFor, textsOf, type RuleRecord } from '../../../src/tools/engine/register.ts';
import { TOOL_IDS } from '../../../src/tools/registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'lp-register-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, yaml: string) => {
  const path = join(dir, name);
  writeFileSync(path, yaml);
  return path;
};

const PER_GUIDANCE = `
rules:
  - id: R-1
    strength: expected
    text:
      england: The national guide says the social worker is the lead professional.
      salford: Salford's handbook says the lead social worker is the lead professional.
    cites:
      england:
        - { source: cwdc-2007, at: Box 1 'Looked after child' }
      salford:
        - { source: salford, at: thresholds table 'Looked After Child' }
  - id: R-2
    text:
      england: We infer the social worker leads, because no source ranks these.
      salford: We infer the social worker leads, because the handbook does not rank these.
    inference: { derivedFrom: [ R-1 ] }
    computed: true
    cites: {}
duties:
  - id: d-1
    text: Keep the child and family at the centre of every decision.
    cites:
      england:
        - { source: cwdc-2007, at: para 2.8 }
`;

describe('loadRegister', () => {
  it('reads a sentence worded per guidance, and gives each guidance its own', () => {
    const register = loadRegister(file('ok.yaml', PER_GUIDANCE));
    const r = register.rules['R-1']!;
    expect(textFor(r, 'england')).toMatch(/^The national guide/);
    expect(textFor(r, 'salford')).toMatch(/^Salford's handbook/);
    expect(textFor(r, 'scotland')).toBe('');
    expect(textsOf(register.sections.duties!['d-1']!)).toEqual([['*', 'Keep the child and family at the centre of every decision.']]);
    // A computed rule may be worded per guidance without citations of its own.
    expect(textFor(register.rules['R-2']!, 'salford')).toMatch(/handbook/);
  });

  it('fails, naming the file and the record, where a guidance is cited without words or worded without a citation', () => {
    const missing = PER_GUIDANCE.replace("      salford: Salford's handbook says the lead social worker is the lead professional.\n", '');
    expect(() => loadRegister(file('missing.yaml', missing))).toThrow(/missing\.yaml[\s\S]*rules "R-1": cited under salford but has no text for salford/);
    const extra = PER_GUIDANCE.replace(
      '      salford: Salford',
      "      scotland: The briefing says nothing of the kind, so this sentence has no source.\n      salford: Salford",
    );
    expect(() => loadRegister(file('extra.yaml', extra))).toThrow(/rules "R-1": has text for scotland but no citation under scotland/);
  });
});

describe('the tools\' registers together', () => {
  it('give a rule id the same strength, and the same inference marking, in every tool that shows it', () => {
    // Each tool words a rule for its own question, but how firm the source's words are does not depend on the tool.
    const byId = new Map<string, { tool: string; rule: RuleRecord }[]>();
    for (const tool of TOOL_IDS) {
      for (const rule of Object.values(loadRegister(`src/tools/${tool}/register.yaml`).rules)) byId.set(rule.id, [...(byId.get(rule.id) ?? []), { tool, rule }]);
    }
    const shared = [...byId.values()].filter((uses) => uses.length > 1);
    expect(shared.length, 'rules shown by more than one tool').toBeGreaterThan(20);
    const differing = shared
      .filter((uses) => new Set(uses.map(({ rule }) => `${rule.strength ?? 'none'} ${rule.inference ? 'inference' : 'sourced'}`)).size > 1)
      .map((uses) => uses.map(({ tool, rule }) => `${tool} ${rule.id}: ${rule.strength ?? 'none'}${rule.inference ? ' (inference)' : ''}`).join('; '));
    expect(differing).toEqual([]);
  });
});
