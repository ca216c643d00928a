/**
 * Rehype step: gives prose elements from Markdown the govuk-frontend classes, and gives tables the
 * site's shared table layout (stacked rows on a phone, or a keyboard-focusable scrolling region):
 * see src/markdown/table-layout.ts.
 */
import type { Element, Root, Parent } from 'hast';
import { layoutTables } from './table-layout.ts';

/** thead, tbody and tr get no class: GOV.UK Frontend has no styles for govuk-table__head, __body or __row. */
const CLASSES: Record<string, string> = {
  p: 'govuk-body',
  h2: 'govuk-heading-l',
  h3: 'govuk-heading-m',
  h4: 'govuk-heading-s',
  ul: 'govuk-list govuk-list--bullet',
  ol: 'govuk-list govuk-list--number',
  a: 'govuk-link',
  table: 'govuk-table',
  caption: 'govuk-table__caption govuk-table__caption--m',
  th: 'govuk-table__header',
  td: 'govuk-table__cell',
  blockquote: 'govuk-inset-text',
};

function addClass(el: Element, cls: string) {
  const existing: unknown = el.properties.className;
  const list: string[] = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(' ') : [];
  if (list.some((c) => c.startsWith('govuk-') || c.startsWith('lp-'))) return;
  el.properties.className = [...list, ...cls.split(' ')];
}

function walk(node: Parent) {
  for (const child of node.children) {
    // Prose inside MDX components (<Differ>, <Inset>…) is still Markdown prose.
    if (child.type !== 'element') {
      if ('children' in child && Array.isArray(child.children)) walk(child as Parent);
      continue;
    }
    const cls = CLASSES[child.tagName];
    if (cls) addClass(child, cls);
    walk(child);
  }
}

export default function rehypeGovuk() {
  return (tree: Root) => {
    walk(tree);
    layoutTables(tree);
  };
}
