/**
 * The trainers' section's content, read from the content collections: modules in order, each module's
 * exercises, session plans, knowledge check and slide deck. A module missing one of its files fails the
 * build naming the file it expects.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { TRAINING_DIRS } from './refs.ts';
import { inOrder } from './section.ts';

export type ModuleEntry = CollectionEntry<'trainingModules'>;
export type ExerciseEntry = CollectionEntry<'trainingExercises'>;

export async function trainingModules(): Promise<ModuleEntry[]> {
  return inOrder(await getCollection('trainingModules'), 'training modules');
}

/** Every exercise, by module order then exercise order. */
export async function allExercises(): Promise<ExerciseEntry[]> {
  const modules = (await trainingModules()).map((m) => m.id);
  const all = await getCollection('trainingExercises');
  return modules.flatMap((m) => inOrder(all.filter((e) => e.data.module === m), `exercises of module "${m}"`));
}

export async function exercisesOf(module: string): Promise<ExerciseEntry[]> {
  return (await allExercises()).filter((e) => e.data.module === module);
}

/** The one entry of a per-module collection for this module, refusing a missing, doubled or misnamed file. */
function oneFor<E extends { id: string; data: { module: string } }>(entries: readonly E[], module: string, dir: string): E['data'] {
  const found = entries.filter((e) => e.data.module === module);
  if (found.length !== 1) throw new Error(`module "${module}" needs exactly one file in ${dir}/ with "module: ${module}" (found ${found.length}); expected ${dir}/${module}.yaml`);
  const entry = found[0]!;
  if (entry.id !== module) throw new Error(`${dir}/${entry.id}.yaml is for module "${module}": name it ${module}.yaml`);
  return entry.data;
}

export const plansOf = async (module: string) => oneFor(await getCollection('trainingPlans'), module, TRAINING_DIRS.plans);
export const checkOf = async (module: string) => oneFor(await getCollection('trainingChecks'), module, TRAINING_DIRS.checks);
export const deckOf = async (module: string) => oneFor(await getCollection('trainingSlides'), module, TRAINING_DIRS.slides);

