/**
 * Reading and writing the tool's state in the query string, with exactly the parameter names and
 * values of facts.ts (`yes`/`no`, digits, enum values). Pure functions: no window, no history.
 *
 * Reading never fails. Unknown parameters, bad values, repeats and contradictions (a status the
 * chosen guidance or age does not have, a follow-up without its status) are dropped and listed,
 * each with the reason, so the view can say what it could not use and ask again for the rest.
 */
import type { FactKey, Facts, Guidance } from './facts.ts';
import { PARAMS, PARAM_NAMES, describeValues, isParam } from './params.ts';
import { fromFacts, toFacts, type Answers, type NotApplicable } from './questions.ts';

export type IgnoredReason =
  | { why: 'unknown' }
  | { why: 'repeated' }
  | { why: 'invalid'; expected: string }
  | NotApplicable;

/** A parameter from the link that was not used. */
export interface Ignored {
  param: string;
  value: string;
  reason: IgnoredReason;
}

export interface Parsed {
  /** The answers the link gives, keyed by question id. */
  answers: Answers;
  /** The facts those answers stand for (what a fresh serialisation would write). */
  facts: Facts;
  /** What was not used, in the order it appeared in the link. */
  ignored: Ignored[];
}

const MAX_PARAMS = 200;

/** Reads one value; null when it is not a value of the parameter. Values are matched without regard to case or surrounding spaces. */
export function parseValue(param: FactKey, raw: string): boolean | number | string | null {
  const spec = PARAMS[param];
  const value = raw.trim().toLowerCase();
  switch (spec.kind) {
    case 'boolean':
      return value === 'yes' ? true : value === 'no' ? false : null;
    case 'integer': {
      if (!/^\d{1,3}$/.test(value)) return null;
      const n = Number(value);
      return n >= spec.min && n <= spec.max ? n : null;
    }
    case 'enum':
      return spec.values.includes(value) ? value : null;
  }
}

/** Reads a query string ("?a=b&c=d", "a=b", or URLSearchParams). Never throws. */
export function parseQuery(query: string | URLSearchParams): Parsed {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    params = new URLSearchParams();
  }
  const ignored: Ignored[] = [];
  const facts: Record<string, unknown> = {};
  const used = new Map<string, string>();
  let count = 0;
  for (const [param, value] of params) {
    if (++count > MAX_PARAMS) break;
    if (!isParam(param)) {
      ignored.push({ param, value, reason: { why: 'unknown' } });
      continue;
    }
    if (param in facts) {
      // The first usable value wins; later copies are reported.
      ignored.push({ param, value, reason: { why: 'repeated' } });
      continue;
    }
    const parsed = parseValue(param, value);
    if (parsed === null) {
      ignored.push({ param, value, reason: { why: 'invalid', expected: describeValues(PARAMS[param]) } });
      continue;
    }
    facts[param] = parsed;
    used.set(param, value);
  }
  const { answers, unused } = fromFacts(facts as Facts);
  for (const u of unused) {
    // "No" to a status that does not exist for this child (e.g. care-leaver=no at 12) agrees
    // with the rest of the link: nothing is lost, so there is nothing to report.
    const negative = facts[u.param] === false || facts[u.param] === 'no';
    if (negative && (u.problem.why === 'age' || u.problem.why === 'guidance')) continue;
    const raw = used.get(u.param) ?? '';
    ignored.push({ param: u.param, value: raw, reason: u.problem });
  }
  return { answers, facts: toFacts(answers), ignored };
}

/** Writes facts as a query string (without "?"), parameters in contract order. */
export function serializeFacts(facts: Facts): string {
  const out = new URLSearchParams();
  for (const name of PARAM_NAMES) {
    const value = facts[name];
    if (value === undefined) continue;
    out.append(name, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
  }
  return out.toString();
}

/** Writes answers as a query string (without "?"). Only the questions asked for these answers are written. */
export function serializeAnswers(answers: Answers): string {
  return serializeFacts(toFacts(answers));
}

const GUIDANCE_NAMES: Record<Guidance, string> = {
  england: 'England (national) guidance',
  salford: 'Salford guidance',
  scotland: 'Scottish guidance',
};

/** One plain sentence saying why a parameter was not used. */
export function ignoredMessage(item: Ignored): string {
  const shown = item.value === '' ? `${item.param}` : `${item.param}=${item.value}`;
  const r = item.reason;
  switch (r.why) {
    case 'unknown':
      return `"${shown}" is not something this tool asks about.`;
    case 'repeated':
      return `"${shown}" appears more than once; the first one was used.`;
    case 'invalid':
      return item.value.trim() === ''
        ? `"${item.param}" has no value: it should be ${r.expected}.`
        : `"${shown}" is not a value we recognise: ${item.param} should be ${r.expected}.`;
    case 'no-guidance':
      return `"${shown}" was not used because the link does not say which guidance to follow.`;
    case 'guidance':
      return `"${shown}" does not apply under ${GUIDANCE_NAMES[r.guidance]}.`;
    case 'age': {
      const range = r.maxAge !== undefined ? `ages ${r.minAge} to ${r.maxAge}` : `age ${r.minAge} and over`;
      return `"${shown}" only applies at ${range}, and the age given is ${r.age}.`;
    }
    case 'irrelevant':
      return `"${shown}" cannot change the answer for the rest of this case, so the tool does not ask it.`;
    case 'parent': {
      const spec = PARAMS[r.item];
      const needs = spec.kind === 'boolean' ? `${r.item}=yes` : `${r.item} is given (and not "no")`;
      return `"${shown}" is only used when ${needs}.`;
    }
  }
}
