/**
 * Slides take a tool's generated diagram from its built diagram page: the SVG with data-state nodes is copied
 * into each slot; a page without a diagram, or no page at all, leaves the slot's link to the tool; an inline
 * <style> in the SVG gets its hash added to the page's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractDiagramSvg, inlineDiagrams } from '../../src/training/diagram.ts';

const slot = (tool: string) =>
  `<div class="lp-diagram" data-diagram-slot="${tool}" data-diagram-caption="The decision diagram" data-diagram-href="/tools/${tool}/diagram/"><p class="lp-diagram__fallback">Open <a href="/tools/${tool}/">the tool</a></p></div>`;
const slidesPage = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-abc=';"></head><body>${body}</body></html>`;
const diagramPage = (svgInner: string) =>
  `<html><body><main><svg class="logo" viewBox="0 0 1 1"><path d="M0 0"/></svg><svg viewBox="0 0 100 50" role="img" aria-label="Flow">${svgInner}</svg></main></body></html>`;

describe('extracting the diagram', () => {
  it('takes the svg whose nodes carry data-state, not any other svg on the page', () => {
    const svg = extractDiagramSvg(diagramPage('<g data-state="guidance"><rect width="10" height="5"/><text>Guidance</text></g>'));
    expect(svg?.properties.ariaLabel).toBe('Flow');
  });
  it('finds nothing on a page without one', () => {
    expect(extractDiagramSvg('<html><body><svg><path d="M0 0"/></svg></body></html>')).toBeNull();
  });
});

describe('inlining diagrams into slides', () => {
  const page = slidesPage(`<section>${slot('who-should-lead')}</section><p>after</p>`);

  it('copies the svg in, keeps data-state and data-from/to, and links the caption to the diagram page', () => {
    const result = inlineDiagrams(page, () => diagramPage('<g data-state="age"><text>Age</text></g><path data-from="guidance" data-to="age" d="M0 0"/>'));
    expect(result.inlined).toEqual(['who-should-lead']);
    expect(result.html).toContain('data-state="age"');
    expect(result.html).toContain('data-from="guidance"');
    expect(result.html).toContain('<figcaption class="lp-diagram__caption"><a class="govuk-link" href="/tools/who-should-lead/diagram/">The decision diagram</a></figcaption>');
    expect(result.html).not.toContain('lp-diagram__fallback');
    expect(result.html).not.toContain('class="logo"');
    expect(result.html).toContain('<p>after</p>');
  });

  it('leaves the link to the tool when there is no diagram page, or it has no diagram', () => {
    for (const source of [() => null, () => '<html><body><p>No diagram</p></body></html>']) {
      const result = inlineDiagrams(page, source);
      expect(result.missing).toEqual(['who-should-lead']);
      expect(result.html).toBe(page);
    }
  });

  it('adds the hash of a <style> inside the svg to the page policy', () => {
    const css = '.node{fill:#fff}';
    const result = inlineDiagrams(page, () => diagramPage(`<style>${css}</style><g data-state="age"></g>`));
    const hash = createHash('sha256').update(css).digest('base64');
    expect(result.html).toContain(`style-src 'self' 'sha256-abc=' 'sha256-${hash}';`);
  });
});
