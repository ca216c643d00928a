/**
 * Checks on training content that need other files: that every guidance page, module, exercise, tool,
 * who-leads row and source it names exists, and that each exercise's tool answers still give the expected
 * outcome. Read straight from disk (synchronously), so the content config, the unit tests and the build
 * all use the same checks. Each function returns problems as lines of text (empty when all is well); the
 * content config adds them to the entry, and Astro names the file.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { citationProblem, sourceIds } from '../content/registry.ts';
import type { Citation } from '../content/schemas.ts';
import type {
  ExerciseData,
  KnowledgeCheckData,
  SessionPlansData,
  SlideDeckData,
  TrainingModuleData,
} from '../content/training/schemas.ts';
import { STATUS_ROWS } from '../tools/who-should-lead/rules.ts';
import { checkExerciseTool, toolIsBuilt } from './exercise-links.ts';

/** Where each kind of training content lives, relative to the project root. */
export const TRAINING_DIRS = {
  modules: 'src/content/training/modules',
  exercises: 'src/content/training/exercises',
  plans: 'src/content/training/session-plans',
  checks: 'src/content/training/knowledge-checks',
  slides: 'src/content/training/slides',
} as const;

const GUIDANCE_DIR = 'src/content/guidance';

/** The base names of the files with this extension in a directory, A to Z. */
export function namesIn(dir: string, ext: string): string[] {
  return readdirSync(resolve(dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

export const moduleIds = (): string[] => namesIn(TRAINING_DIRS.modules, '.mdx');
export const exerciseIds = (): string[] => namesIn(TRAINING_DIRS.exercises, '.mdx');
export const guidanceSlugs = (): string[] => namesIn(GUIDANCE_DIR, '.mdx');

function citeProblems(cites: readonly Citation[], where: string, ids: readonly string[]): string[] {
  return cites.flatMap((c) => {
    const p = citationProblem(c.source, c.at, ids);
    return p ? [`${where}: ${p}`] : [];
  });
}

const unknown = (what: string, value: string, known: readonly string[]) => `unknown ${what} "${value}"; known: ${known.join(', ')}`;

export function moduleProblems(m: TrainingModuleData, ids = sourceIds()): string[] {
  const out: string[] = [];
  const pages = guidanceSlugs();
  for (const o of m.outcomes) if (!pages.includes(o.guidance)) out.push(`outcome "${o.id}": ${unknown('guidance page', o.guidance, pages)}`);
  if (new Set(m.outcomes.map((o) => o.id)).size !== m.outcomes.length) out.push('outcome ids must be unique');
  for (const s of m.whoLeads) if (!(STATUS_ROWS as readonly string[]).includes(s)) out.push(`whoLeads: ${unknown('status', s, STATUS_ROWS)}`);
  out.push(...citeProblems(m.basis, 'basis', ids));
  m.keyRules.forEach((r, i) => out.push(...citeProblems(r.cites, `key rule ${i + 1}`, ids)));
  return out;
}

export function exerciseProblems(e: ExerciseData, ids = sourceIds()): string[] {
  const out: string[] = [];
  const modules = moduleIds();
  if (!modules.includes(e.module)) out.push(`module: ${unknown('module', e.module, modules)}`);
  out.push(...citeProblems(e.case.kind === 'source' ? [e.case.cite] : e.case.tests, 'case', ids));
  out.push(...checkExerciseTool(e.tool).map((p) => `tool ${e.tool.id}, ${p}`));
  return out;
}

/** What a plan row's "uses" entry points at, checked. */
export function useProblem(use: string): string | null {
  const [kind, id] = use.split(':') as [string, string | undefined];
  if (!id) return null;
  if (kind === 'guidance') return guidanceSlugs().includes(id) ? null : unknown('guidance page', id, guidanceSlugs());
  if (kind === 'exercise') return exerciseIds().includes(id) ? null : unknown('exercise', id, exerciseIds());
  if (kind === 'tool') return toolIsBuilt(id) ? null : `unknown tool "${id}"`;
  return null;
}

export function sessionPlanProblems(p: SessionPlansData): string[] {
  const out: string[] = [];
  if (!moduleIds().includes(p.module)) out.push(`module: ${unknown('module', p.module, moduleIds())}`);
  for (const plan of p.plans) {
    plan.rows.forEach((row, i) => {
      for (const use of row.uses) {
        const problem = useProblem(use);
        if (problem) out.push(`${plan.id} row ${i + 1} ("${row.activity}"): ${problem}`);
      }
    });
  }
  return out;
}

export function knowledgeCheckProblems(k: KnowledgeCheckData, ids = sourceIds()): string[] {
  const out: string[] = [];
  if (!moduleIds().includes(k.module)) out.push(`module: ${unknown('module', k.module, moduleIds())}`);
  for (const q of k.questions) out.push(...citeProblems([q.cite], `question "${q.id}"`, ids));
  return out;
}

export function slideDeckProblems(d: SlideDeckData, ids = sourceIds()): string[] {
  const out: string[] = [];
  if (!moduleIds().includes(d.module)) out.push(`module: ${unknown('module', d.module, moduleIds())}`);
  d.slides.forEach((s, i) => {
    const where = `slide ${i + 1} (${s.kind})`;
    if (s.kind === 'exercise' && !exerciseIds().includes(s.exercise)) out.push(`${where}: ${unknown('exercise', s.exercise, exerciseIds())}`);
    if (s.kind === 'diagram' && !toolIsBuilt(s.tool)) out.push(`${where}: the tool "${s.tool}" is not on the site, so it has no diagram to show`);
    if (s.kind === 'point') out.push(...citeProblems(s.cites, where, ids));
  });
  return out;
}
