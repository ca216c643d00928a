/**
 * Interface words, looked up by key (Starlight's `t()` model). Every word a tool shows comes from wording files:
 * the engine's en.json, the tool's own en.json (which can override an engine key), its questions.yaml and its
 * outcome wording. The page loads them at build time and hands them to the island; nothing here is prose.
 */
import type { Ignored, ValuesInWords } from './contract.ts';

export type Wording = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number | null | undefined>>;

/** The words for `key`, with `{name}` filled in from `vars`. A missing key shows itself, so tests catch it. */
export function t(wording: Wording, key: string, vars: Vars = {}): string {
  const text = wording[key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined || vars[name] === null ? whole : String(vars[name])));
}

/**
 * A date in words, as the wording gives it ("26 November 2026"). Not `toLocaleDateString`: a page's first use of
 * Intl's date formatting loads the browser's locale data, measured at 80 to 180 ms on a mid-range phone, in the
 * middle of showing an outcome; this needs only the month names, which the wording holds.
 */
export function dateInWords(wording: Wording, date: Date): string {
  const month = t(wording, 'date.months').split('|')[date.getMonth()];
  return t(wording, 'date.format', { day: date.getDate(), month, year: date.getFullYear() });
}

/** A source document, as much as a citation needs. */
export interface SourceSummary {
  id: string;
  title: string;
  shortTitle: string;
  /** Date as the document gives it, in words. */
  date: string;
  /** Short date for inline citations: "2007", "after 2018", "undated". */
  when: string;
}

/** The words for one guidance (src/content/guidances.yaml). */
export interface GuidanceWords {
  id: string;
  label: string;
  hint?: string;
  short: string;
  phrase: string;
  /** Words that name it in a search query (build time only: not sent to tool islands). */
  words?: string[];
}

/** One sentence saying why a parameter from a link was not used. */
export function ignoredMessage(wording: Wording, guidances: readonly GuidanceWords[], item: Ignored): string {
  const r = item.reason;
  const shown = item.value === '' ? item.param : `${item.param}=${item.value}`;
  if (r.why === 'invalid') {
    const { key, vars } = (r as { expected: ValuesInWords }).expected;
    const expected = t(wording, key, vars);
    return t(wording, item.value.trim() === '' ? 'ignored.empty' : 'ignored.invalid', { shown, param: item.param, expected });
  }
  const vars: Record<string, string | number | undefined> = { ...(r as Record<string, string | number | undefined>), shown };
  if (typeof vars.guidance === 'string') vars.guidance = guidances.find((g) => g.id === vars.guidance)?.phrase ?? vars.guidance;
  return t(wording, `ignored.${r.why}`, vars);
}
