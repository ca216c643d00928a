/**
 * Build time: the vocabulary behind the search page's tool offers (src/components/search/offers.ts), from each
 * tool's own words. A tool's `wording/search.yaml` gives a few words per option of its questions; the guidance's
 * words are in src/content/guidances.yaml. This module checks them against the tool's contract, flow and question
 * words (failing the build with the file and the problem), then works out, by reading links with the tool's own flow
 * (`readLink`), which answers each guidance keeps, which need another answer and which clash, so the browser can
 * write only links the tool will use in full. The result is /search/offers.json (src/pages/search/offers.json.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseValue, writeParams, type FactValue } from '../tools/engine/contract.ts';
import { allTools, type LoadedTool } from '../tools/engine/server.ts';
import { t } from '../tools/engine/wording.ts';
import { siteSettings } from '../settings/load.ts';
import type { GuidanceChoice, SiteSettings } from '../settings/schema.ts';
import { normalise, offersFor, type Atom, type OfferData, type ToolVocabulary, type Under } from '../components/search/offers.ts';

/** The most links one offer may hold; an option whose words alone would need more fails the build. */
export const MAX_LINKS = 6;
const GUIDANCE = 'guidance';
const GUIDANCE_FILE = 'src/content/guidances.yaml';

export const vocabularyFile = (id: string) => `src/tools/${id}/wording/search.yaml`;

/** One option's words, before they are merged by phrase: the atoms they name and the option's name. */
interface Entry {
  phrases: string[];
  atoms: { param: string; value: string }[];
  /** How the offer names the option: its first words, as written. */
  name: string;
  /** Where it was declared, for messages: "statuses.looked-after". */
  at: string;
}

/** A phrase as matched: normalised, `{n}` becoming `#`. */
const phraseOf = (words: string) => normalise(words.replace(/\{n\}/g, '#'));

/**
 * The entries a tool's search.yaml declares, checked against the tool: each key a question it asks (not `guidance`,
 * whose words are in guidances.yaml), each option one of that question's, each number pattern with one `{n}`. Throws
 * naming the file.
 */
export function readVocabulary(tool: LoadedTool, data: unknown, file: string): Entry[] {
  const fail = (message: string): never => {
    throw new Error(`${file}: ${message}`);
  };
  const { contract, questions } = tool.flow.def;
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) fail('expected question ids, each with its options and their words');
  const wordsOf = (at: string, v: unknown): string[] => {
    if (!Array.isArray(v) || !v.length || !v.every((w) => typeof w === 'string' && phraseOf(w).length > 0)) return fail(`${at}: expected a list of words or phrases`);
    return v as string[];
  };
  const entries: Entry[] = [];
  for (const [qid, options] of Object.entries(data as Record<string, unknown>)) {
    if (qid === GUIDANCE) fail(`the guidance's words belong in ${GUIDANCE_FILE} (words), for every tool at once`);
    const q = questions.find((x) => x.id === qid);
    if (!q) fail(`"${qid}" is not a question of the tool; its questions are ${questions.map((x) => x.id).join(', ')}`);
    if (q!.kind === 'list') fail(`"${qid}" is a list question: search offers do not fill those in`);
    if (q!.kind === 'number') {
      const list = wordsOf(qid, options);
      for (const w of list) if (phraseOf(w).split(' ').filter((x) => x === '#').length !== 1) fail(`${qid}: "${w}" needs exactly one {n} for the number`);
      entries.push({ phrases: list, atoms: [{ param: q!.param, value: '#' }], name: list[0]!, at: qid });
      continue;
    }
    if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(`${qid}: expected its option values, each with its words`);
    const allowed = q!.kind === 'radios' ? q!.values : q!.kind === 'checkboxes' ? q!.items : [];
    for (const [value, words] of Object.entries(options as Record<string, unknown>)) {
      const at = `${qid}.${value}`;
      if (!allowed.includes(value)) fail(`${at}: "${value}" is not an option of "${qid}"; its options are ${allowed.join(', ')}`);
      const list = wordsOf(at, words);
      let atoms: { param: string; value: string }[];
      if (q!.kind === 'radios') atoms = [{ param: q!.param, value }];
      else {
        // A checklist's option is a status: a yes/no parameter, or one whose kind a further question asks.
        const spec = contract[value];
        if (spec?.kind === 'boolean') atoms = [{ param: value, value: 'yes' }];
        else if (spec?.kind === 'enum') atoms = spec.values.filter((v) => v !== 'no').map((v) => ({ param: value, value: v }));
        else return fail(`${at}: "${value}" is not a yes/no or one-of parameter in the contract`);
      }
      for (const a of atoms) if (parseValue(contract[a.param]!, a.value) === null) fail(`${at}: ${a.param}=${a.value} is not a value of the contract`);
      entries.push({ phrases: list, atoms, name: list[0]!, at });
    }
  }
  return entries;
}

/** The guidance's entries for a tool: the words of each guidance its contract takes. */
function guidanceEntries(tool: LoadedTool): Entry[] {
  const spec = tool.flow.def.contract[GUIDANCE];
  if (spec?.kind !== 'enum') return [];
  return spec.values.flatMap((v) => {
    const words = tool.guidances.find((g) => g.id === v)?.words ?? [];
    return words.length ? [{ phrases: words, atoms: [{ param: GUIDANCE, value: v }], name: words[0]!, at: `${GUIDANCE_FILE} ${v}` }] : [];
  });
}

/** How a link names a value when the links differ by it: the guidance's short name, or the option's words. */
function valueName(tool: LoadedTool, param: string, value: string): string {
  if (param === GUIDANCE) return tool.guidances.find((g) => g.id === value)?.short ?? value;
  const q = tool.flow.def.questions.find((x) => x.kind === 'radios' && x.param === param);
  const option = tool.questions.find((c) => c.id === q?.id)?.options?.find((o) => o.value === value);
  if (option) return option.short ?? option.label;
  // A yes/no status: the checklist's own words for it.
  const list = tool.questions.find((c) => c.options?.some((o) => o.value === param));
  return list?.options?.find((o) => o.value === param)?.label ?? `${param}=${value}`;
}

/** The facts an atom stands for (a number by a value in its range). */
function factOf(tool: LoadedTool, atom: Atom, params: readonly string[]): [string, FactValue] {
  const param = params[atom.p]!;
  const spec = tool.flow.def.contract[param]!;
  const raw = atom.v === '#' && spec.kind === 'integer' ? String(Math.floor((spec.min + spec.max) / 2)) : atom.v;
  return [param, parseValue(spec, raw)!];
}

/**
 * Whether the tool keeps every one of these answers when a link gives them: nothing ignored, and each one among the
 * facts it reads back. (A link the tool reads in part would open with a notice of what it dropped.)
 */
export function keepsAll(tool: LoadedTool, facts: Readonly<Record<string, FactValue>>): boolean {
  const read = tool.flow.readLink(writeParams(tool.flow.def.contract, facts));
  return read.ignored.length === 0 && Object.entries(facts).every(([p, v]) => JSON.stringify(read.facts[p]) === JSON.stringify(v));
}

/** One tool's vocabulary for the browser, or null when it has none. */
export function toolVocabulary(tool: LoadedTool, entries: readonly Entry[], defaultGuidance?: GuidanceChoice): ToolVocabulary | null {
  const id = tool.descriptor.id;
  const file = vocabularyFile(id);
  const params = Object.keys(tool.flow.def.contract);
  const all = [...guidanceEntries(tool), ...entries];
  const guidanceSpec = tool.flow.def.contract[GUIDANCE];
  if (!entries.length) return null;
  // Every answer hangs on the guidance: a link without one is read as nothing, so the offers go by guidance.
  if (guidanceSpec?.kind !== 'enum') throw new Error(`${file}: search offers need a one-of "${GUIDANCE}" parameter in the tool's contract`);

  const atoms: Atom[] = [];
  const atomOf = (param: string, value: string): number => {
    const p = params.indexOf(param);
    const found = atoms.findIndex((a) => a.p === p && a.v === value);
    if (found !== -1) return found;
    const spec = tool.flow.def.contract[param]!;
    atoms.push({ p, v: value, ...(spec.kind === 'integer' ? { min: spec.min, max: spec.max } : {}) });
    return atoms.length - 1;
  };

  // Phrases: one entry per phrase; a phrase given for several options of one parameter leaves the value open.
  const words = new Map<string, { atoms: number[]; name: string; param: string; at: string }>();
  for (const e of all) {
    const ids = e.atoms.map((a) => atomOf(a.param, a.value));
    for (const w of e.phrases) {
      const phrase = phraseOf(w);
      const seen = words.get(phrase);
      if (!seen) words.set(phrase, { atoms: ids, name: e.name.replace(/\{n\}/g, '#'), param: e.atoms[0]!.param, at: e.at });
      else if (seen.param !== e.atoms[0]!.param) throw new Error(`${file}: "${w}" names both ${seen.at} and ${e.at}; words must say one thing`);
      else seen.atoms = [...new Set([...seen.atoms, ...ids])];
    }
  }

  // The guidance values, the site's default first.
  const order = [...guidanceSpec.values];
  if (defaultGuidance && order.includes(defaultGuidance)) order.sort((a, b) => Number(b === defaultGuidance) - Number(a === defaultGuidance));
  const guidance = order.map((v) => atomOf(GUIDANCE, v));

  // Names for the values a link can differ by: those of a parameter with more than one value on offer.
  for (const a of atoms) {
    if (a.v !== '#' && atoms.filter((b) => b.p === a.p).length > 1) a.name = valueName(tool, params[a.p]!, a.v);
  }

  // What each guidance keeps, needs and will not have together, by reading links with the tool's flow.
  const answers = atoms.map((_, i) => i).filter((i) => params[atoms[i]!.p] !== GUIDANCE);
  const keeps = (list: readonly number[]) => keepsAll(tool, Object.fromEntries(list.map((i) => factOf(tool, atoms[i]!, params))));
  const under: Under[] = guidance.map((g) => {
    const ok: number[] = [];
    const needs: [number, number[]][] = [];
    for (const a of answers) {
      if (keeps([g, a])) ok.push(a);
      else {
        const partners = answers.filter((b) => atoms[b]!.p !== atoms[a]!.p && keeps([g, a, b]));
        if (partners.length) {
          ok.push(a);
          needs.push([a, partners]);
        }
      }
    }
    /** What `a` needs beside `other`, if `other` is not it (none where it would be another value of other's parameter). */
    const need = (a: number, other: number) => {
      const n = needs.find(([x]) => x === a)?.[1];
      return n && !n.includes(other) ? n.filter((x) => atoms[x]!.p !== atoms[other]!.p).slice(0, 1) : [];
    };
    const clash: [number, number][] = [];
    for (const a of ok) {
      for (const b of ok) {
        if (b <= a || atoms[a]!.p === atoms[b]!.p) continue;
        if (!keeps([g, a, b, ...need(a, b), ...need(b, a)])) clash.push([a, b]);
      }
    }
    return { ok, needs, clash };
  });

  const vocabulary: ToolVocabulary = {
    id,
    title: t(tool.wording, 'tool.title'),
    path: `/tools/${id}/`,
    params,
    atoms,
    guidance,
    under,
    words: grouped(words),
  };

  // Every option's words must be usable on their own (or with the answer they need) and say enough.
  for (const e of entries) {
    const ids = e.atoms.map((a) => atomOf(a.param, a.value));
    if (!under.some((u) => ids.some((i) => u.ok.includes(i)))) {
      throw new Error(`${file}: ${e.at}: the tool keeps none of ${e.atoms.map((a) => `${a.param}=${a.value}`).join(', ')} under any guidance`);
    }
    const example = e.phrases[0]!.replace(/\{n\}/g, String(atoms[ids[0]!]!.min ?? 1));
    const offer = offersFor(example, { max: Infinity, text: TEXT_KEYS, tools: [vocabulary] })[0];
    if (offer && offer.links.length > MAX_LINKS) {
      throw new Error(`${file}: ${e.at}: "${e.phrases[0]}" alone would offer ${offer.links.length} links (at most ${MAX_LINKS}); give words for narrower options instead`);
    }
  }
  return vocabulary;
}

/** Phrases that name the same atoms under the same name, together (so each name and atom list is sent once). */
function grouped(words: ReadonlyMap<string, { atoms: number[]; name: string }>): ToolVocabulary['words'] {
  const groups = new Map<string, [string[], number[], string]>();
  for (const [phrase, w] of words) {
    const key = JSON.stringify([[...w.atoms].sort((a, b) => a - b), w.name]);
    const group = groups.get(key);
    if (group) group[0].push(phrase);
    else groups.set(key, [[phrase], w.atoms, w.name]);
  }
  return [...groups.values()];
}

const TEXT_KEYS: OfferData['text'] = {
  intro: 'search.offer.intro',
  start: 'search.offer.start',
  choose: 'search.offer.choose',
  startWith: 'search.offer.startWith',
  item: 'search.offer.item',
  and: 'search.offer.and',
};

/** Every tool's vocabulary and the offer's words, with this build's default guidance first: /search/offers.json. */
export function offerData({ defaultGuidance }: Pick<SiteSettings, 'defaultGuidance'> = siteSettings()): OfferData {
  const tools = allTools();
  const wording = tools[0]!.wording;
  const text = Object.fromEntries(Object.entries(TEXT_KEYS).map(([k, key]) => [k, t(wording, key)])) as OfferData['text'];
  return {
    max: MAX_LINKS,
    text,
    tools: tools.flatMap((tool) => {
      const file = vocabularyFile(tool.descriptor.id);
      if (!existsSync(file)) return [];
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
      }
      return toolVocabulary(tool, readVocabulary(tool, data, file), defaultGuidance) ?? [];
    }),
  };
}
