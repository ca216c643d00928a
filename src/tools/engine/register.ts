/**
 * A tool's rule register (`src/tools/<tool>/register.yaml`): one record per rule, with everything about it in one
 * place: its id, strength, the sentence users read, where each guidance states it, and for our inferences what
 * they were derived from. Other lists (duties, checks, next steps…) are cited statements in the same file.
 *
 * The logic of a tool refers to rules by id and reads their strength and citations from the register it is given;
 * the views read their sentences; /tools/<tool>/rules/ prints them. Loading validates the file with zod and fails
 * the build with messages that name the file and the record. Server and tests only (zod never reaches the browser);
 * the browser receives the loaded register as plain data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { STRENGTHS, type Strength } from '../../content/strength.ts';
import { citationProblem, sourceIds } from '../../content/registry.ts';
import { GUIDANCE_IDS, type GuidanceId } from '../guidance.ts';
import type { StatementText } from './statement.ts';

export interface Citation {
  source: string;
  at: string;
}
export type CitesByGuidance = Partial<Record<GuidanceId, readonly Citation[]>>;
/** A record's sentence, once or per guidance (statement.ts, which the browser can load without this file). */
export { textFor, textsOf, type StatementText } from './statement.ts';

/** Where the sources are silent: what we worked a rule out from, and how. */
export interface Inference {
  /** The register ids of the rules it was derived from. */
  derivedFrom: readonly string[];
  /** One sentence on how we got there (for reviewers; the rules page shows it). */
  why?: string;
}

export interface RuleRecord {
  id: string;
  /** How firm the source's words are. An inference has none of its own unless the tool gives it one it can defend. */
  strength?: Strength;
  text: StatementText;
  cites: CitesByGuidance;
  /** Our inferences only. */
  inference?: Inference;
  /** Inferred precedence applied case by case: cited by the rules it was derived from in that case (see the tool's rules.ts). */
  computed?: boolean;
  /** The date a reviewer last read the cited passages and confirmed the sentence (YYYY-MM-DD). */
  reviewed?: string;
}

export interface StatementRecord {
  id: string;
  text: StatementText;
  cites: CitesByGuidance;
  reviewed?: string;
}

/** A loaded register: records by id. */
export interface Register {
  rules: Readonly<Record<string, RuleRecord>>;
  /** Other lists of cited statements, by section name (duties, checks, nextSteps…). */
  sections: Readonly<Record<string, Readonly<Record<string, StatementRecord>>>>;
}

const id = z.string().regex(/^[A-Za-z0-9-]+$/, 'an id is letters, digits and hyphens');
/** One or two sentences of our own words. */
const sentence = z
  .string()
  .trim()
  .min(20, 'write a full sentence')
  .max(400, 'keep it under 400 characters')
  .refine((s) => /[.?!]$/.test(s), { message: 'end the sentence with a full stop' });

/** One sentence for every guidance, or one per guidance. */
const text = z.union([sentence, z.partialRecord(z.enum(GUIDANCE_IDS), sentence)]);

const citation = z.object({ source: z.string(), at: z.string().trim().min(1) }).strict();
const cites = z.partialRecord(z.enum(GUIDANCE_IDS), z.array(citation));
const reviewed = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'reviewed is a date, YYYY-MM-DD').optional();

/** One rule. */
const rule = z
  .object({
    /** rules.md's id (N-03, PR-01…); ours start ORDER- or INF-. */
    id,
    /** How firm the rule is, as the source words it. Required, except for our inferences. */
    strength: z.enum(STRENGTHS).optional(),
    /** The sentence users read (one, or one per guidance). An inference says plainly that it is ours. */
    text,
    /** Where each guidance states it; a guidance not listed does not have the rule. */
    cites,
    /** Our inferences: the rules it was derived from, and how. */
    inference: z.object({ derivedFrom: z.array(id).min(1), why: z.string().trim().min(10).optional() }).strict().optional(),
    /** Applied case by case and cited by the rules it was derived from in that case. */
    computed: z.literal(true).optional(),
    /** When a reviewer last checked the sentence against the cited passages. */
    reviewed,
  })
  .strict();

/** One cited statement (a duty, a check, a next step…). */
const statement = z.object({ id, text, cites, reviewed }).strict();

export const registerSchema = z
  .object({ rules: z.array(rule.refine((r) => r.strength !== undefined || r.inference !== undefined, { message: 'give a strength, or mark the rule as our inference' })).min(1) })
  .catchall(z.array(statement));

/** Loads and checks a register file; throws with the file name and every problem. */
export function loadRegister(file: string): Register {
  const data: unknown = parse(readFileSync(resolve(file), 'utf8'));
  const parsed = registerSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const known = sourceIds();
  const problems: string[] = [];
  const byId = <T extends { id: string; cites: CitesByGuidance }>(list: readonly T[], where: string): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const record of list) {
      if (out[record.id]) problems.push(`${where}: "${record.id}" appears twice`);
      out[record.id] = record;
      const worded = (record as { text?: StatementText }).text;
      if (worded !== undefined && typeof worded !== 'string') {
        for (const [g, list] of Object.entries(record.cites)) {
          if ((list?.length ?? 0) > 0 && !worded[g as GuidanceId]) problems.push(`${where} "${record.id}": cited under ${g} but has no text for ${g}`);
        }
        // A computed rule is cited case by case, so its wording per guidance needs no citation of its own.
        for (const g of (record as { computed?: boolean }).computed ? [] : Object.keys(worded)) {
          if (!(record.cites[g as GuidanceId]?.length)) problems.push(`${where} "${record.id}": has text for ${g} but no citation under ${g}`);
        }
      }
      for (const [g, list] of Object.entries(record.cites)) {
        for (const c of list ?? []) {
          const problem = citationProblem(c.source, c.at, known);
          if (problem) problems.push(`${where} "${record.id}" (${g}): ${problem}`);
        }
      }
    }
    return out;
  };
  const { rules, ...rest } = parsed.data;
  const register: Register = {
    rules: byId(rules as RuleRecord[], 'rules'),
    sections: Object.fromEntries(Object.entries(rest).map(([name, list]) => [name, byId(list as StatementRecord[], name)])),
  };
  for (const r of Object.values(register.rules)) {
    for (const d of r.inference?.derivedFrom ?? []) if (!register.rules[d]) problems.push(`rules "${r.id}": derivedFrom names "${d}", which is not in the register`);
    const citedSomewhere = Object.values(r.cites).some((list) => (list?.length ?? 0) > 0);
    if (!citedSomewhere && !r.computed) problems.push(`rules "${r.id}": cite at least one source, or mark it computed`);
  }
  if (problems.length) throw new Error(`${file}:\n${problems.join('\n')}`);
  return register;
}
