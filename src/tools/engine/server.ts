/**
 * Build-time side of the engine: loads a tool's descriptor (src/tools/<id>/tool.ts), register, wording and
 * questions, works out its relevance table, and checks that words, flow and register match, failing the build
 * with the file and the problem. Pages and tests use it; the browser receives only its results, as island props.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import engineWording from './en.json' with { type: 'json' };
import { STRENGTH_WORDS } from '../../content/strength.ts';
import { loadSources } from '../../content/registry.ts';
import { TOOL_IDS, type ToolId } from '../registry.ts';
import { createFlow, type Facts, type FlowDefinition, type Flow, type RelevanceTable } from './flow.ts';
import { computeRelevance } from './relevance.ts';
import { createToolMachine, type ToolMachine } from './machine.ts';
import { loadRegister, type Register } from './register.ts';
import { questionCopySchema, type QuestionCopy } from './question-schema.ts';
import { loadGuidances } from './guidances.ts';
import { ignoredMessage, t, type GuidanceWords, type SourceSummary, type Wording } from './wording.ts';
import { reportMistakeLink, type ToolSite } from './site.ts';
import { siteName, siteSettings } from '../../settings/load.ts';
import type { ContactKind, SiteSettings } from '../../settings/schema.ts';

/** What a tool folder declares about itself, for the build (src/tools/<id>/tool.ts, default export). */
export interface ToolDescriptor {
  id: ToolId;
  flow: FlowDefinition;
  /** The date the tool's rules and wording were last checked against the sources (YYYY-MM-DD). */
  lastReviewed: string;
  /** What the tool concludes from facts under a register (compared as JSON to work out relevance). */
  outcomeOf: (register: Register) => (facts: Facts) => unknown;
  /** Register ids the tool's logic uses that the register lacks, and entries nothing uses (empty when they match). */
  registerProblems: (register: Register) => string[];
  /**
   * Whether the no-JavaScript fallback (wording/fallback.mdx) also has a page of its own, /tools/<id>/tables/: the
   * same static tables, reachable and printable once the island has replaced them with a link.
   */
  fallbackPage?: boolean;
  /** Worked examples for the share page: complete answers in the URL contract, with a title each. */
  examples: readonly { title: string; query: string }[];
  /**
   * The data the outcome view needs beside the engine's props (its register, its outcome words…), published as the
   * island data file `outcome-data` (ISLAND_DATA) and fetched with the outcome view, so the first screen does not carry it.
   */
  outcomeData: (register: Register) => unknown;
  /**
   * The outcome in short, as the outcome element's data-* attributes say it (keys without `data-`, camelCase:
   * `lead`, `strength`, `newLead`…): what a training exercise's expected outcome is checked against.
   */
  summary: (register: Register) => (facts: Facts) => Readonly<Record<string, string>>;
  /**
   * The local contacts (settings `contacts`) the outcome can show: the rows of the tool's local-contacts.ts, and the
   * kinds an outcome calls for, from a complete set of facts (what the settings test checks the page against).
   * Absent: the outcome shows no local contact.
   */
  localContacts?: { rows: readonly { contact: ContactKind }[]; kindsFor: (register: Register) => (facts: Facts) => ContactKind[] };
}

const folder = (id: string) => `src/tools/${id}`;
const descriptors = import.meta.glob<{ default: ToolDescriptor }>('../*/tool.ts', { eager: true });

/** The descriptor of a tool in the registry; throws naming what is missing. */
export function descriptor(id: ToolId): ToolDescriptor {
  const found = descriptors[`../${id}/tool.ts`]?.default;
  if (!found) throw new Error(`${folder(id)}/tool.ts is missing: every tool in src/tools/registry.ts needs one`);
  if (found.id !== id || found.flow.id !== id) throw new Error(`${folder(id)}/tool.ts: its id and its flow's id must both be "${id}"`);
  return found;
}

/** The engine's words, the strength words, then the tool's own (which may override an engine key). */
export function loadWording(id: ToolId): Wording {
  const file = `${folder(id)}/wording/en.json`;
  const own = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const parsed = z.record(z.string(), z.string().min(1)).safeParse(own);
  if (!parsed.success) throw new Error(`${file}: every entry is a key and its words`);
  for (const key of ['tool.title', 'tool.summary', 'tool.description', 'outcome.title']) {
    if (!parsed.data[key]) throw new Error(`${file}: needs "${key}"`);
  }
  return { ...engineWording, ...STRENGTH_WORDS, ...parsed.data };
}

/**
 * A tool's question words (wording/questions.yaml), with the "Which guidance?" options filled in from
 * guidances.yaml for the guidance values the tool's contract allows.
 */
export function loadQuestions(id: ToolId, def: FlowDefinition): QuestionCopy[] {
  const file = `${folder(id)}/wording/questions.yaml`;
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of questions`);
  const guidances = loadGuidances();
  const list = data.map((entry, i) => {
    const parsed = questionCopySchema.safeParse(entry);
    if (!parsed.success) throw new Error(`${file} entry ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
  const guidance = def.contract.guidance;
  return list.map((q) => {
    if (q.id === 'guidance' && guidance?.kind === 'enum' && !q.options) {
      return { ...q, options: guidance.values.map((v) => ({ value: v, label: byId(guidances, v).label, hint: byId(guidances, v).hint, short: byId(guidances, v).short })) };
    }
    if (q.optionsFrom) {
      const from = list.find((x) => x.id === q.optionsFrom);
      if (!from?.options) throw new Error(`${file}: "${q.id}" takes its options from "${q.optionsFrom}", which has no options`);
      if (q.options) throw new Error(`${file}: "${q.id}" takes its options from "${q.optionsFrom}", so it lists none of its own`);
      return { ...q, options: from.options };
    }
    return q;
  });
}

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no entry "${id}" in src/content/guidances.yaml`);
  return found;
}

/** Everything wrong between the question words and the flow's questions (empty when they match). */
export function copyProblems(def: FlowDefinition, copy: readonly QuestionCopy[]): string[] {
  const problems: string[] = [];
  const byQuestion = new Map(copy.map((c) => [c.id, c]));
  for (const q of def.questions) {
    const words = byQuestion.get(q.id);
    if (!words) {
      problems.push(`no entry for question "${q.id}"`);
      continue;
    }
    const spec = q.kind === 'list' ? def.contract[q.param] : undefined;
    const expected = q.kind === 'radios' ? q.values : q.kind === 'checkboxes' ? q.items : spec?.kind === 'list' ? spec.values : [];
    if (q.kind === 'list' && spec?.kind !== 'list') problems.push(`"${q.id}" answers "${q.param}", which is not a list parameter (listOf) in the contract`);
    const given = (words.options ?? []).map((o) => o.value);
    const missing = expected.filter((v) => !given.includes(v));
    const extra = given.filter((v) => !expected.includes(v));
    if (missing.length) problems.push(`"${q.id}" has no words for option(s): ${missing.join(', ')}`);
    if (extra.length) problems.push(`"${q.id}" has words for unknown option(s): ${extra.join(', ')}`);
    if (q.kind === 'number' && !words.errorInvalid) problems.push(`"${q.id}" needs errorInvalid (it takes a typed number)`);
  }
  for (const c of copy) if (!def.questions.some((q) => q.id === c.id)) problems.push(`entry "${c.id}" is not a question the tool asks`);
  return problems;
}

/** Every source, as much as a citation needs. */
export function sourceSummaries(): SourceSummary[] {
  return loadSources().map((s) => ({ id: s.id, title: s.title, shortTitle: s.shortTitle, date: s.date, when: s.when }));
}

/** Everything the build knows about one tool, loaded and checked once per build. */
export interface LoadedTool {
  descriptor: ToolDescriptor;
  register: Register;
  relevance: RelevanceTable;
  flow: Flow;
  machine: ToolMachine;
  wording: Wording;
  questions: QuestionCopy[];
  guidances: GuidanceWords[];
  sources: SourceSummary[];
}

const loaded = new Map<ToolId, LoadedTool>();

export function loadTool(id: ToolId): LoadedTool {
  const hit = loaded.get(id);
  if (hit) return hit;
  const d = descriptor(id);
  const register = loadRegister(`${folder(id)}/register.yaml`);
  const problems = d.registerProblems(register);
  if (problems.length) throw new Error(`${folder(id)}/register.yaml does not match the tool's rules:\n${problems.join('\n')}`);
  const questions = loadQuestions(id, d.flow);
  const copy = copyProblems(d.flow, questions);
  if (copy.length) throw new Error(`${folder(id)}/wording/questions.yaml does not match the tool's questions:\n${copy.join('\n')}`);
  const relevance = computeRelevance(d.flow, d.outcomeOf(register));
  const flow = createFlow(d.flow, relevance);
  const tool: LoadedTool = {
    descriptor: d,
    register,
    relevance,
    flow,
    machine: createToolMachine(flow),
    wording: loadWording(id),
    questions,
    guidances: loadGuidances(),
    sources: sourceSummaries(),
  };
  loaded.set(id, tool);
  return tool;
}

/** Every tool in the registry, loaded. */
export const allTools = (): LoadedTool[] => TOOL_IDS.map(loadTool);

/** Wording keys only the build-time pages use (rules, diagram, share, the page frame, search offers): not sent to the island. */
const PAGE_ONLY = /^(rules|diagram|share|page|search)\.|^tool\.(summary|description)$/;

/**
 * Whether a link gives a complete case and, if so, the outcome in short (the descriptor's `summary`); otherwise
 * the reasons, in the tool's words: what training exercises are checked with.
 */
export function summarise(id: ToolId, query: string): { ok: true; summary: Readonly<Record<string, string>> } | { ok: false; problems: string[] } {
  const { flow, descriptor, register, wording, guidances } = loadTool(id);
  const link = flow.readLink(query);
  const problems = link.ignored.map((i) => ignoredMessage(wording, guidances, i));
  const missing = flow.firstUnanswered(link.answers);
  if (missing) problems.push(`the answers stop short: the tool would still ask "${missing}"`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, summary: descriptor.summary(register)(link.facts) };
}

/**
 * What the island is told about this copy of the site (ToolSite): its name, where to report a mistake, and the local
 * contacts the tool's outcomes can show, each only where the settings give it.
 */
export function toolSite(id: ToolId, settings: SiteSettings = siteSettings()): ToolSite {
  const kinds = new Set((loadTool(id).descriptor.localContacts?.rows ?? []).map((r) => r.contact));
  const contacts = Object.fromEntries(Object.entries(settings.contacts).filter(([kind, c]) => c && kinds.has(kind as ContactKind)));
  return {
    name: siteName(settings),
    reportMistake: reportMistakeLink(settings.reportMistake),
    ...(Object.keys(contacts).length && settings.area ? { area: settings.area } : {}),
    contacts,
  };
}

/**
 * The question words the island shows: where the settings name a default guidance, the "Which guidance?" question
 * lists it first and says that the site's owner uses it. No option is chosen for the reader (GOV.UK radios never
 * start selected); the order and the hint are all that change.
 */
export function islandQuestions(questions: readonly QuestionCopy[], wording: Wording, settings: SiteSettings = siteSettings()): QuestionCopy[] {
  const first = settings.defaultGuidance;
  return questions.map((q) => {
    if (q.id !== 'guidance' || !first || !q.options?.some((o) => o.value === first)) return q;
    const note = settings.owner ? t(wording, 'page.guidance.siteDefault', { owner: settings.owner.name }) : t(wording, 'page.guidance.siteDefaultNoOwner');
    const options = [...q.options.filter((o) => o.value === first), ...q.options.filter((o) => o.value !== first)];
    return { ...q, options: options.map((o) => (o.value === first ? { ...o, hint: o.hint ? `${o.hint} ${note}` : note } : o)) };
  });
}

/**
 * The data a tool island fetches instead of carrying it in the page, by file name: each is published at
 * /tools/<id>/<name>.json (src/pages/tools/[tool]/[data].json.ts). The question words (islandQuestions, with this
 * build's settings) come with the machine: the start page needs none of them. The outcome view's data (its register,
 * its outcome words) comes with the outcome view.
 */
export const ISLAND_DATA = {
  questions: (id: ToolId): QuestionCopy[] => {
    const { wording, questions } = loadTool(id);
    return islandQuestions(questions, wording);
  },
  'outcome-data': (id: ToolId): unknown => {
    const { descriptor, register } = loadTool(id);
    return descriptor.outcomeData(register);
  },
};

/** Where one of a tool's ISLAND_DATA files is published. */
export const islandDataUrl = (id: ToolId, name: keyof typeof ISLAND_DATA) => `/tools/${id}/${name}.json`;

/** The props every tool island takes (ToolIslandProps), for one tool, with this build's settings. */
export function islandProps(id: ToolId, settings: SiteSettings = siteSettings()) {
  const { wording, guidances, relevance, sources } = loadTool(id);
  const islandWording = Object.fromEntries(Object.entries(wording).filter(([key]) => !PAGE_ONLY.test(key)));
  return {
    wording: islandWording,
    questionsData: islandDataUrl(id, 'questions'),
    // Without the search words (`words`), which only the search page's offers use.
    guidances: guidances.map(({ id, label, hint, short, phrase }): GuidanceWords => ({ id, label, short, phrase, ...(hint ? { hint } : {}) })),
    relevance,
    sources,
    outcomeData: islandDataUrl(id, 'outcome-data'),
    site: toolSite(id, settings),
  };
}
