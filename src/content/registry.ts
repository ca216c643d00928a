/**
 * Reads the sources and glossary data files straight from disk, synchronously.
 * Used where Astro's content layer is not available: the markdown plugins that
 * run while pages compile, the content config, and unit tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, sourceSchema, type GlossaryData, type SourceData } from './schemas.ts';

/** Path of the sources data file, relative to the project root. */
export const SOURCES_FILE = 'src/content/sources.yaml';
/** Path of the glossary data file, relative to the project root. */
export const GLOSSARY_FILE = 'src/content/glossary.yaml';

function readYamlList(file: string): unknown[] {
  const data: unknown = parse(readFileSync(resolve(file), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of entries`);
  return data;
}

/** Every source document, validated. */
export function loadSources(): SourceData[] {
  return readYamlList(SOURCES_FILE).map((entry, i) => {
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) throw new Error(`${SOURCES_FILE} entry ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

/** Ids of every source document, in file order. */
export function sourceIds(): string[] {
  return loadSources().map((s) => s.id);
}

/** Every glossary term, validated (but not yet checked for unknown sources). */
export function loadGlossary(): GlossaryData[] {
  return readYamlList(GLOSSARY_FILE).map((entry, i) => {
    const parsed = glossarySchema.safeParse(entry);
    if (!parsed.success) throw new Error(`${GLOSSARY_FILE} entry ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

/**
 * Checks one citation against the known sources.
 * Returns an error message naming the allowed ids, or null when it resolves.
 */
export function citationProblem(source: unknown, at: unknown, ids: readonly string[]): string | null {
  if (typeof source !== 'string' || source.trim() === '') return `a citation needs source="…", one of: ${ids.join(', ')}`;
  if (!ids.includes(source)) return `unknown source "${source}"; allowed: ${ids.join(', ')}`;
  if (typeof at !== 'string' || at.trim() === '') return `citation of "${source}" needs at="…" (the paragraph, guideline, heading or table row)`;
  return null;
}
