/**
 * The decision tools, in the order the tools page lists them. One id names a tool's URL (/tools/<id>/), its folder
 * (src/tools/<id>/, with its descriptor tool.ts, register, wording and island), its pages (rules, diagram, share)
 * and its tests (tests/tools/<id>/). A new tool is one new folder plus one entry here: the routes come from this list.
 */
export const TOOL_IDS = ['who-should-lead', 'change-lead-professional', 'resolve-disagreement', 'choose-lead-professional'] as const;
export type ToolId = (typeof TOOL_IDS)[number];
