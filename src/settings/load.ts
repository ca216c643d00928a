/**
 * Reads the local settings file, checked against src/settings/schema.ts. Used at build time only
 * (pages, layouts, the search index, tests): never import it into an island. To use the settings in
 * an island, read them in the .astro page and pass what the island needs as props, for example
 * `<Tool contacts={siteSettings().contacts} />`.
 *
 * Which file: the path in the SITE_SETTINGS environment variable if set, else settings/site.yaml.
 * `SITE_SETTINGS=settings/examples/scotland-example-council.yaml npm run build` builds with an example.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { settingsSchema, type Contact, type ContactKind, type SiteSettings } from './schema.ts';
import { SITE_NAME } from '../site/site.ts';

/** The environment variable naming another settings file. */
export const SETTINGS_ENV = 'SITE_SETTINGS';
/** The settings file used when SITE_SETTINGS is not set, relative to the project root. */
export const DEFAULT_SETTINGS_FILE = 'settings/site.yaml';

/** The settings file in use (relative to the project root, as given). */
export function settingsFile(env: NodeJS.ProcessEnv = process.env): string {
  return env[SETTINGS_ENV]?.trim() || DEFAULT_SETTINGS_FILE;
}

/**
 * Reads and checks one settings file. A missing default file means "no settings"; a missing file named
 * in SITE_SETTINGS, bad YAML or a value the schema refuses fails the build, naming the file and field.
 */
export function loadSettings(file: string = settingsFile()): SiteSettings {
  const path = resolve(file);
  if (!existsSync(path)) {
    if (file === DEFAULT_SETTINGS_FILE) return settingsSchema.parse({});
    throw new Error(`${SETTINGS_ENV}=${file}: no such settings file`);
  }
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const field = (path: PropertyKey[]) => path.map(String).join('.') || '(top level)';
    const say = (i: { path: PropertyKey[]; message: string }) => (i.message.startsWith(field(i.path)) ? i.message : `${field(i.path)}: ${i.message}`);
    throw new Error(`${file}: ${parsed.error.issues.map(say).join('; ')}`);
  }
  return parsed.data;
}

let cached: { file: string; settings: SiteSettings } | null = null;

/** The settings for this build (read once per file). */
export function siteSettings(): SiteSettings {
  const file = settingsFile();
  if (cached?.file !== file) cached = { file, settings: loadSettings(file) };
  return cached.settings;
}

/** The site's name: the settings' or the default. */
export function siteName(settings: SiteSettings = siteSettings()): string {
  return settings.siteName ?? SITE_NAME;
}

/** One local contact, or undefined when the settings do not give it. */
export function localContact(kind: ContactKind, settings: SiteSettings = siteSettings()): Contact | undefined {
  return settings.contacts[kind];
}
