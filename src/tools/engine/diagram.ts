/**
 * Draws a tool's machine as an inline SVG at build time, so the diagram always matches the machine: the states and
 * transitions are read from the XState machine itself, laid out by Graphviz (compiled to WebAssembly, run at build
 * time only), and annotated so tests and trainers' slides can find their way around it: every state node carries
 * `data-state="<state id>"` and every edge `data-from`, `data-to` and `data-events`. The page ships no JavaScript.
 *
 * To stay readable, three kinds of transition share an edge: the arrow of an answer (ANSWER, and the pass-through
 * after a Change, "always") also stands for Back along it (`data-back-events`, drawn as the hollow arrowhead at its
 * tail); Change, which can go from the answers to any question, is one edge into the group of questions, its
 * `data-to` listing every question it can reach.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { AnyStateMachine } from 'xstate';

/** One transition: from a state, on an event, to a state (state ids relative to the machine; `*` is "any step"). */
export interface Transition {
  from: string;
  to: string;
  event: string;
}

export interface DiagramNode {
  /** State id, relative to the machine ("guidance", "done.check"); `*` stands for "any step" (root transitions). */
  id: string;
  label: string;
  kind: 'start' | 'question' | 'check' | 'outcome' | 'any';
  /** The compound state it sits in, if any ("done", "done.outcome"). */
  parent?: string;
}

/** A compound state, drawn as a box around its children. */
export interface DiagramGroup {
  id: string;
  parent?: string;
}

/** One drawn edge. */
export interface DiagramEdge {
  from: string;
  /** One state, or (for Change) every question it can reach. */
  to: string[];
  events: string[];
  /** Events that go the other way along this edge (Back). */
  backEvents: string[];
}

/** Every state and every transition of a machine, flattened. */
export function machineGraph(machine: AnyStateMachine, label: (state: string) => string) {
  const prefix = `${machine.id}.`;
  type Node = AnyStateMachine['root'];
  const rel = (n: Node) => (n === machine.root ? '*' : n.id.startsWith(prefix) ? n.id.slice(prefix.length) : n.id);
  const nodes: DiagramNode[] = [];
  const groups: DiagramGroup[] = [];
  const transitions: Transition[] = [];
  /** A compound target is entered at its initial state. */
  const leaf = (n: Node): string => {
    let at = n;
    while (at.type === 'compound' && at.initial?.target?.[0]) at = at.initial.target[0];
    return rel(at);
  };
  const walk = (node: Node, parent?: string, inherited: readonly string[] = []) => {
    const id = rel(node);
    const tags = [...inherited, ...(node.tags ?? [])];
    if (node.type === 'atomic') {
      const kind = tags.includes('concealed') ? 'outcome' : ((['start', 'question', 'check', 'outcome'] as const).find((k) => tags.includes(k)) ?? 'question');
      nodes.push({ id, label: label(id), kind, parent });
    } else if (node !== machine.root) groups.push({ id, parent });
    for (const [event, list] of node.transitions) for (const t of list) for (const target of t.target ?? []) transitions.push({ from: id, to: leaf(target), event });
    for (const t of node.always ?? []) for (const target of t.target ?? []) transitions.push({ from: id, to: leaf(target), event: 'always' });
    for (const child of Object.values(node.states)) walk(child, node === machine.root ? undefined : id, tags);
  };
  walk(machine.root);
  if (transitions.some((t) => t.from === '*')) nodes.push({ id: '*', label: label('*'), kind: 'any' });
  return { nodes, groups, transitions, edges: drawnEdges(transitions) };
}

function drawnEdges(transitions: readonly Transition[]): DiagramEdge[] {
  const edges = new Map<string, DiagramEdge>();
  const edge = (from: string, to: string[]) => {
    const key = `${from}→${to.join(' ')}`;
    const found = edges.get(key) ?? { from, to, events: [], backEvents: [] };
    edges.set(key, found);
    return found;
  };
  const forward = (t: Transition) => t.event !== 'BACK' && t.event !== 'CHANGE';
  const change = transitions.filter((t) => t.event === 'CHANGE');
  for (const t of transitions.filter(forward)) {
    const e = edge(t.from, [t.to]);
    if (!e.events.includes(t.event)) e.events.push(t.event);
  }
  for (const t of transitions.filter((x) => x.event === 'BACK')) {
    // Back along an arrow that leads forward the other way shares it; otherwise it is its own edge.
    const along = edges.get(`${t.to}→${t.from}`);
    const e = along ?? edge(t.from, [t.to]);
    const list = along ? e.backEvents : e.events;
    if (!list.includes('BACK')) list.push('BACK');
  }
  for (const from of new Set(change.map((t) => t.from))) {
    const e = edge(from, change.filter((t) => t.from === from).map((t) => t.to));
    e.events.push('CHANGE');
  }
  return [...edges.values()];
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Graphviz source: answers lay out the page; Change and Start again are drawn dashed and do not shape it. */
function dot(graph: ReturnType<typeof machineGraph>, label: (state: string) => string): string {
  const lines = [
    'digraph tool {',
    '  graph [rankdir=TB, nodesep=0.3, ranksep=0.4, fontname="Arial", fontsize=12, bgcolor="transparent", compound=true];',
    '  node [shape=box, style="rounded", fontname="Arial", fontsize=13, margin="0.15,0.06", height=0.4];',
    '  edge [fontname="Arial", fontsize=11, arrowsize=0.7];',
  ];
  const questions = graph.nodes.filter((n) => n.kind === 'question');
  const nodeLine = (n: DiagramNode) => {
    const i = graph.nodes.indexOf(n);
    const shape = n.kind === 'start' || n.kind === 'any' ? 'ellipse' : n.kind === 'outcome' ? 'doubleoctagon' : 'box';
    return `    ${quote(n.id)} [id=${quote(`node-${i}`)}, label=${quote(n.label)}, shape=${shape}, class=${quote(`lp-diagram__node lp-diagram__node--${n.kind}`)}];`;
  };
  lines.push('  subgraph cluster_questions {', `    label=${quote(label('QUESTIONS'))}; labeljust=l; style="rounded,dashed"; color="#b1b4b6";`, ...questions.map(nodeLine), '  }');
  /** Each compound state is a dotted box around its children, nested as the states are. */
  const group = (g: DiagramGroup): string[] => [
    `  subgraph ${quote(`cluster_${g.id}`)} {`,
    '    label=""; style="rounded,dotted";',
    ...graph.nodes.filter((n) => n.parent === g.id && n.kind !== 'question').map(nodeLine),
    ...graph.groups.filter((x) => x.parent === g.id).flatMap(group),
    '  }',
  ];
  for (const g of graph.groups.filter((x) => !x.parent)) lines.push(...group(g));
  for (const n of graph.nodes.filter((x) => x.kind !== 'question' && !x.parent)) lines.push(nodeLine(n));
  /** A compound state's edges leave from its first descendant, clipped at its border. */
  const tail = (from: string) => {
    if (!graph.groups.some((g) => g.id === from)) return { node: from, attrs: [] };
    const child = graph.nodes.find((n) => n.id.startsWith(`${from}.`))!;
    return { node: child.id, attrs: [`ltail=${quote(`cluster_${from}`)}`] };
  };
  graph.edges.forEach((e, i) => {
    const attrs = [`id=${quote(`edge-${i}`)}`];
    if (e.to.length > 1) {
      // Change: into the group of questions, from the answers.
      const from = tail(e.from);
      attrs.push(`lhead=cluster_questions`, ...from.attrs, 'style=dashed', 'constraint=false', `label=${quote(` ${label('CHANGE')} `)}`, `class="lp-diagram__edge lp-diagram__edge--aside"`);
      const target = e.to[Math.floor(e.to.length / 2)]!;
      lines.push(`  ${quote(from.node)} -> ${quote(target)} [${attrs.join(', ')}];`);
      return;
    }
    const from = tail(e.from);
    attrs.push(...from.attrs);
    const aside = e.events.every((ev) => ev === 'RESTART' || ev === 'BACK');
    attrs.push(`class=${quote(`lp-diagram__edge${aside ? ' lp-diagram__edge--aside' : ''}`)}`);
    if (aside) attrs.push('style=dashed', 'constraint=false');
    if (e.backEvents.length) attrs.push('dir=both', 'arrowtail=onormal');
    lines.push(`  ${quote(from.node)} -> ${quote(e.to[0]!)} [${attrs.join(', ')}];`);
  });
  lines.push('}');
  return lines.join('\n');
}

let engine: Promise<Graphviz> | undefined;

/**
 * The machine as SVG markup, ready to inline: no XML prolog, sized by its viewBox, each node and edge annotated.
 * `title` names the drawing for assistive technology (its page also gives it as text).
 */
export async function drawMachine(machine: AnyStateMachine, label: (state: string) => string, title: string) {
  const graph = machineGraph(machine, label);
  engine ??= Graphviz.load();
  const raw = (await engine).dot(dot(graph, label));
  const tree = fromHtml(raw.slice(raw.indexOf('<svg')), { fragment: true, space: 'svg' }) as Root;
  visit(tree, (node, index, parent) => {
    // Graphviz's comments, and the <title> it gives every node and edge (its DOT id), are dropped.
    const drop = node.type === 'comment' || (node.type === 'element' && (node as Element).tagName === 'title');
    if (drop && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type !== 'element') return;
    const el = node as Element;
    const id = String(el.properties.id ?? '');
    if (el.tagName === 'svg') {
      delete el.properties.width;
      delete el.properties.height;
      el.properties.role = 'img';
      el.properties.className = ['lp-diagram__svg'];
      el.properties.ariaLabel = title;
    }
    const n = /^node-(\d+)$/.exec(id);
    if (n) el.properties.dataState = graph.nodes[Number(n[1])]!.id;
    const e = /^edge-(\d+)$/.exec(id);
    if (e) {
      const edge = graph.edges[Number(e[1])]!;
      el.properties.dataFrom = edge.from;
      el.properties.dataTo = edge.to.join(' ');
      el.properties.dataEvents = edge.events.join(' ');
      if (edge.backEvents.length) el.properties.dataBackEvents = edge.backEvents.join(' ');
    }
  });
  return { svg: toHtml(tree, { space: 'svg' }), graph };
}
