/**
 * The markup every data table on the site shares, so that one set of styles in src/styles/site.scss
 * ("Data tables") makes it read on a 320 px screen and use the full width on a desktop:
 *
 * - A table with one row of column headers (in <thead>, or a first row of <th>) is **stacked** below
 *   tablet width: each row becomes a block, and each cell shows its column's header as a label.
 *   `<table class="… lp-table--stack">`, `<td data-label="<column header text>">`, and explicit ARIA
 *   table roles, because some browsers drop table semantics once a table is no longer displayed as one.
 * - Any other table (no header row, or merged cells) keeps its grid and **scrolls sideways** inside its
 *   own region: `<div class="lp-table-wrap" role="region" tabindex="0" aria-labelledby="<caption id>">`,
 *   with shadows at the edges that show there is more to see.
 * - Either way the table sits in `<div class="lp-table-wrap">`, which lets it use the full content width.
 *
 * Used by the Markdown step (src/markdown/rehype-govuk.ts) for tables written in MDX, and by
 * <DataTable> (src/components/content/DataTable.astro) for tables rendered by components.
 */
import type { Element, ElementContent, Parent, Properties } from 'hast';
import { toText } from 'hast-util-to-text';

/** The accessible name of a scrolling region whose table has no caption. */
export const SCROLL_REGION_LABEL = 'Table (scrolls sideways on small screens)';

const isElement = (node: unknown, tag?: string): node is Element =>
  typeof node === 'object' && node !== null && (node as Element).type === 'element' && (tag === undefined || (node as Element).tagName === tag);

function classList(el: Element): string[] {
  const value: unknown = el.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
function addClasses(el: Element, ...classes: string[]) {
  el.properties.className = [...new Set([...classList(el), ...classes])];
}
const childElements = (el: Element | Parent): Element[] => (el.children as ElementContent[]).filter((c): c is Element => isElement(c));

/** The table's rows in document order, with the section each sits in. */
function rowsOf(table: Element): { row: Element; section: 'head' | 'body' }[] {
  const out: { row: Element; section: 'head' | 'body' }[] = [];
  for (const child of childElements(table)) {
    if (child.tagName === 'tr') out.push({ row: child, section: 'body' });
    if (child.tagName === 'thead') for (const row of childElements(child).filter((r) => r.tagName === 'tr')) out.push({ row, section: 'head' });
    if (child.tagName === 'tbody' || child.tagName === 'tfoot') for (const row of childElements(child).filter((r) => r.tagName === 'tr')) out.push({ row, section: 'body' });
  }
  return out;
}
const cellsOf = (row: Element) => childElements(row).filter((c) => c.tagName === 'td' || c.tagName === 'th');
const spans = (cell: Element) => Number(cell.properties.colSpan ?? 1) > 1 || Number(cell.properties.rowSpan ?? 1) > 1;

/**
 * The column labels of a table that can be stacked: one header row of <th> cells, no merged cells,
 * and every body row as wide as the header row. Null when the table must keep its grid.
 */
export function stackLabels(table: Element): string[] | null {
  const rows = rowsOf(table);
  const head = rows.filter((r) => r.section === 'head');
  let headerRow: Element | undefined;
  let bodyRows: Element[];
  if (head.length === 1) {
    headerRow = head[0].row;
    bodyRows = rows.filter((r) => r.section === 'body').map((r) => r.row);
  } else if (head.length === 0 && rows.length > 1 && cellsOf(rows[0].row).every((c) => c.tagName === 'th')) {
    headerRow = rows[0].row;
    bodyRows = rows.slice(1).map((r) => r.row);
  } else {
    return null;
  }
  const headers = cellsOf(headerRow);
  if (headers.length < 2 || headers.some((c) => c.tagName !== 'th')) return null;
  if (bodyRows.length === 0) return null;
  const all = [headerRow, ...bodyRows];
  if (all.some((r) => cellsOf(r).some(spans)) || bodyRows.some((r) => cellsOf(r).length !== headers.length)) return null;
  return headers.map((h) => toText(h, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim());
}

const ROLE: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup', tr: 'row' };

function stack(table: Element, labels: string[]) {
  addClasses(table, 'lp-table--stack');
  table.properties.role = 'table';
  const rows = rowsOf(table);
  const headerRow = rows.find((r) => r.section === 'head')?.row ?? rows[0].row;
  for (const child of childElements(table)) if (ROLE[child.tagName] && child.tagName !== 'tr') child.properties.role = ROLE[child.tagName];
  for (const { row } of rows) {
    row.properties.role = 'row';
    cellsOf(row).forEach((cell, i) => {
      if (row === headerRow) {
        cell.properties.role = 'columnheader';
        return;
      }
      if (cell.tagName === 'th') {
        cell.properties.role = 'rowheader';
        if (!cell.properties.scope) cell.properties.scope = 'row';
      } else {
        cell.properties.role = 'cell';
      }
      // A row header is the block's heading, so it needs no label of its own.
      if (cell.tagName === 'td' && labels[i]) cell.properties.dataLabel = labels[i];
    });
  }
}

/** An id for a table's caption, made from its text, so the same caption gets the same id in every build. */
function captionId(caption: Element): string {
  if (typeof caption.properties.id === 'string' && caption.properties.id) return caption.properties.id;
  const slug = toText(caption).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '');
  const id = `table-${slug || 'caption'}`;
  caption.properties.id = id;
  return id;
}

/** The wrapper's properties: a plain block for a table that stacks, a labelled focusable region for one that scrolls. */
function wrapProperties(table: Element, stacked: boolean, existing: Properties = {}): Properties {
  const { role: _role, tabIndex: _tabIndex, ariaLabel, ariaLabelledBy, ...rest } = existing;
  const className = [...new Set([...classList({ type: 'element', tagName: 'div', properties: existing, children: [] }), 'lp-table-wrap'])];
  if (stacked) return { ...rest, className };
  const scrolling = { ...rest, className, role: 'region', tabIndex: 0 };
  if (ariaLabel) return { ...scrolling, ariaLabel };
  if (ariaLabelledBy) return { ...scrolling, ariaLabelledBy };
  const caption = childElements(table).find((c) => c.tagName === 'caption');
  return caption ? { ...scrolling, ariaLabelledBy: [captionId(caption)] } : { ...scrolling, ariaLabel: SCROLL_REGION_LABEL };
}

/**
 * Gives every table under `root` the shared layout: stacked or scrolling, inside an `.lp-table-wrap`.
 * A table already inside an `.lp-table-wrap` keeps that wrapper (its label too, when it scrolls).
 */
export function layoutTables(root: Parent): void {
  // A table inside a cell is laid out too (rare, but it must not break the page).
  const visitCells = (table: Element) => rowsOf(table).forEach(({ row }) => cellsOf(row).forEach((cell) => visit(cell)));
  const visit = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i];
      if (!isElement(child)) {
        if ('children' in child && Array.isArray(child.children)) visit(child as Parent);
        continue;
      }
      const wrapped = classList(child).includes('lp-table-wrap') ? childElements(child).find((c) => c.tagName === 'table') : undefined;
      const table = wrapped ?? (child.tagName === 'table' ? child : undefined);
      if (!table) {
        visit(child);
        continue;
      }
      const labels = stackLabels(table);
      if (labels) stack(table, labels);
      if (wrapped) {
        child.properties = wrapProperties(table, labels !== null, child.properties);
        visitCells(table);
      } else {
        parent.children[i] = { type: 'element', tagName: 'div', properties: wrapProperties(table, labels !== null), children: [table] };
        visitCells(table);
      }
    }
  };
  visit(root);
}
