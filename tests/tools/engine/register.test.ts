/**
 * The rule register loader: a sentence can be worded once or per guidance, and a file whose wording and citations
 * do not match fails with messages that name the file and the record.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister, textFor, textsOf } from '../../../src/tools/engine/register.ts';

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
