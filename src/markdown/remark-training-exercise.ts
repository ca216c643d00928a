/**
 * Remark step for training exercises (src/content/training/exercises/*.mdx) only: the body is the model
 * answer, and it must end with one <Differences> holding exactly one <Where in="england">,
 * <Where in="salford"> and <Where in="scotland">, so every exercise says where the three guidances
 * differ. Fails the build naming the file and line; other files pass through untouched.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** The places an exercise compares, in the order the differences are shown. */
export const WHERE = ['england', 'salford', 'scotland'] as const;

const EXERCISE_PATH = /[\\/]src[\\/]content[\\/]training[\\/]exercises[\\/][^\\/]+\.mdx$/;

/** Any node, read loosely: MDX's element nodes are not in mdast's own types. */
interface AnyNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

const isJsx = (n: AnyNode): boolean => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** Problems with an exercise body's structure (empty when it is right). */
export function exerciseBodyProblems(tree: Root): string[] {
  const out: string[] = [];
  const differences: AnyNode[] = [];
  visit(tree, (node) => {
    const n = node as AnyNode;
    if (isJsx(n) && n.name === 'Differences') differences.push(n);
  });
  if (differences.length !== 1) return [`needs exactly one <Differences> (found ${differences.length})`];
  const d = differences[0]!;
  const last = tree.children.filter((n) => n.type !== 'yaml').at(-1) as AnyNode | undefined;
  if (last !== d) out.push('<Differences> must come last, after the model answer');
  const places: string[] = [];
  // MDX unwraps a paragraph that holds only elements and white space (plain remark does not): read both alike.
  const children = (d.children ?? []).flatMap((c) => (c.type === 'paragraph' ? (c.children ?? []) : [c]));
  for (const child of children) {
    if (!isJsx(child)) {
      if (child.type === 'text' && (child.value ?? '').trim() === '') continue;
      out.push(`<Differences> holds only <Where in="…"> elements (line ${child.position?.start.line ?? '?'})`);
      continue;
    }
    if (child.name !== 'Where') {
      out.push(`<Differences> holds only <Where in="…"> elements, not <${child.name ?? 'fragment'}>`);
      continue;
    }
    const where = child.attributes?.find((a) => a.name === 'in')?.value;
    places.push(typeof where === 'string' ? where : '?');
  }
  if (places.join(',') !== WHERE.join(',')) out.push(`<Differences> needs <Where in="england">, <Where in="salford"> and <Where in="scotland">, in that order; found ${places.join(', ') || 'none'}`);
  return out;
}

export default function remarkTrainingExercise() {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? '';
    if (!EXERCISE_PATH.test(path)) return;
    const problems = exerciseBodyProblems(tree);
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
  };
}
