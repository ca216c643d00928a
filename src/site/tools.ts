/** The site's decision tools: one entry per tool, its id naming its URL, folder, content and tests. */
export interface ToolInfo {
  /** The tool's id: /tools/<id>/. */
  id: string;
  /** Its name, as a question. */
  title: string;
  /** What it does, in a sentence or two. */
  summary: string;
}

export const TOOLS: readonly ToolInfo[] = [
  {
    id: 'who-should-lead',
    title: 'Who should be the lead professional?',
    summary:
      "Answer a few questions about a child's situation to see who the guidance says should lead, how firmly it says so, and where England's national guidance, Salford's handbook and Scotland's guidance differ. Every answer cites its source.",
  },
];

export function toolInfo(id: string): ToolInfo {
  const found = TOOLS.find((t) => t.id === id);
  if (!found) throw new Error(`unknown tool "${id}"; known: ${TOOLS.map((t) => t.id).join(', ')}`);
  return found;
}
