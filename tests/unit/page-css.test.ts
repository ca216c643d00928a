/** The per-page CSS step keeps the Content-Security-Policy exact: one hash per inline script or style, no others. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withExactHashes } from '../../integrations/page-css.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const POLICY = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-old1=' 'sha256-old2='; style-src 'self' 'sha256-old3=';";

describe('CSP hashes after inlining', () => {
  it('replaces the script and style hashes with those of the inline elements, keeping every other source', () => {
    expect(withExactHashes(POLICY, ['a()'], ['p{color:red}'])).toBe(
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}; style-src 'self' ${hash('p{color:red}')}`,
    );
  });
  it('leaves no hash at all on a page with no inline script', () => {
    const out = withExactHashes(POLICY, [], ['x{}']);
    expect(out).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(out).not.toContain('old');
  });
});
