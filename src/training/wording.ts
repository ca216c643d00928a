/**
 * The interface words of the training pages, looked up by key: `t('module.outcomes')`.
 * Components hold no prose of their own; every heading, label and button text comes from
 * src/content/training/wording.yaml (Starlight's translations + t() is the model). A missing key
 * fails the build with the key and the file named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { wordingSchema } from '../content/training/schemas.ts';

export const WORDING_FILE = 'src/content/training/wording.yaml';

let cache: Record<string, string> | null = null;

/** Every key and its words, validated. */
export function wording(): Record<string, string> {
  if (!cache) {
    const parsed = wordingSchema.safeParse(parse(readFileSync(resolve(WORDING_FILE), 'utf8')));
    if (!parsed.success) throw new Error(`${WORDING_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    cache = parsed.data;
  }
  return cache;
}

/** The words for `key`, with each {name} replaced by vars[name]. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const text = wording()[key];
  if (text === undefined) throw new Error(`${WORDING_FILE} has no "${key}"`);
  return text.replace(/\{([a-z0-9-]+)\}/g, (whole, name: string) => {
    if (!(name in vars)) throw new Error(`${WORDING_FILE} "${key}" needs a value for {${name}}`);
    return String(vars[name]);
  });
}
