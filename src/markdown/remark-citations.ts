/**
 * Remark step for MDX pages: checks every <Cite source="…" at="…"> against the sources
 * collection while the page compiles, failing the build with a message that names the file,
 * and records the page's citations (in order, without repeats) in its front matter as
 * `citations`, so the layout can list them at the page's foot.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { citationProblem, sourceIds } from '../content/registry.ts';
import type { Citation } from '../content/schemas.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/** Reads a string attribute; expressions (`at={x}`) are refused so that citations stay checkable. */
function attr(node: JsxNode, name: string): unknown {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  return typeof a.value === 'string' ? a.value : { expression: true };
}

/** Collects citations from a tree, throwing on the first that does not resolve. */
export function collectCitations(tree: Root, filePath: string, ids: readonly string[]): Citation[] {
  const found: Citation[] = [];
  const seen = new Set<string>();
  visit(tree, (node) => {
    const type: string = node.type;
    if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
    const jsx = node as unknown as JsxNode;
    if (jsx.name !== 'Cite') return;
    const source = attr(jsx, 'source');
    const at = attr(jsx, 'at');
    const where = jsx.position ? `${filePath}:${jsx.position.start.line}:${jsx.position.start.column}` : filePath;
    const problem = citationProblem(source, at, ids);
    if (problem) throw new Error(`${where}: <Cite> ${problem}`);
    const key = `${source}\u0000${at}`;
    if (!seen.has(key)) {
      seen.add(key);
      found.push({ source: source as string, at: (at as string).trim() });
    }
  });
  return found;
}

export default function remarkCitations() {
  const ids = sourceIds();
  return (tree: Root, file: VFile) => {
    const citations = collectCitations(tree, file.path ?? '(unknown file)', ids);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = citations;
  };
}
