/** The shared table markup: tables with a header row stack on a phone; others scroll in a labelled region. */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { layoutTables, SCROLL_REGION_LABEL } from '../../src/markdown/table-layout.ts';

/** The HTML a fragment becomes once its tables have the shared layout. */
function out(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  layoutTables(tree);
  return toHtml(tree);
}

const WITH_HEAD = '<table><caption>Who leads</caption><thead><tr><th>Status</th><th>England (2007)</th><th>Salford</th></tr></thead><tbody><tr><th scope="row">Looked after</th><td>Social worker</td><td>Social worker</td></tr></tbody></table>';

describe('table layout', () => {
  it('stacks a table with a header row: each cell names its column, with explicit table roles, and no scrolling region', () => {
    const html = out(WITH_HEAD);
    expect(html).toMatch(/^<div class="lp-table-wrap"><table class="lp-table--stack" role="table">/);
    expect(html).toContain('<td role="cell" data-label="England (2007)">Social worker</td><td role="cell" data-label="Salford">Social worker</td>');
    expect(html).toContain('<th scope="row" role="rowheader">Looked after</th>');
    expect(html).toContain('<thead role="rowgroup"><tr role="row"><th role="columnheader">Status</th>');
    expect(html).not.toContain('tabindex');
  });

  it('treats a first row of header cells as the header row when there is no <thead>', () => {
    const html = out('<table><tr><th>Age</th><th>What happens</th></tr><tr><td>16</td><td>Pathway plan</td></tr></table>');
    expect(html).toContain('<td role="cell" data-label="Age">16</td><td role="cell" data-label="What happens">Pathway plan</td>');
  });

  it('keeps the grid of a table it cannot stack, in a focusable region named by the caption', () => {
    const html = out('<table><caption>Ages, by source</caption><tr><td colspan="2">Merged</td></tr><tr><td>a</td><td>b</td></tr></table>');
    expect(html).toMatch(/^<div class="lp-table-wrap" role="region" tabindex="0" aria-labelledby="table-ages-by-source"><table><caption id="table-ages-by-source">/);
    expect(html).not.toContain('data-label');
  });

  it('names a scrolling region without a caption in words', () => {
    expect(out('<table><tr><td>a</td><td>b</td></tr></table>')).toContain(`aria-label="${SCROLL_REGION_LABEL}"`);
  });

  it('reuses a wrapper a component already made, dropping its scrolling region once the table stacks', () => {
    const html = out(`<div class="lp-table-wrap" tabindex="0" role="region" aria-label="Who leads (scrolls)">${WITH_HEAD}</div>`);
    expect(html.match(/lp-table-wrap/g)).toHaveLength(1);
    expect(html).toMatch(/^<div class="lp-table-wrap"><table class="lp-table--stack"/);
  });

  it('leaves a wrapper its own label when its table still scrolls', () => {
    const html = out('<div class="lp-table-wrap" tabindex="0" role="region" aria-label="Ages (scrolls)"><table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table></div>');
    expect(html).toMatch(/^<div class="lp-table-wrap" role="region" tabindex="0" aria-label="Ages \(scrolls\)">/);
  });
});
