/**
 * A tool's URL contract: every query-string parameter it reads and writes, and the values each one takes.
 * A tool writes its contract once, as data (`{ guidance: oneOf([...]), age: int(0, 25), … }`); from it come the
 * TypeScript type of its facts, parsing and writing links, the share page's table and the messages for values
 * that cannot be used. Plain data and small pure functions: no schema library, so nothing here weighs on the
 * browser (server-side validation of stored answers builds a zod schema from the same data in contract-schema.ts).
 */

export type ParamSpec =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'list'; readonly values: readonly string[] };

/** A contract: parameter name → the values it takes. */
export type Contract = { readonly [param: string]: ParamSpec };

/** `yes` or `no` in the URL; `true` or `false` in facts. */
export const bool = { kind: 'boolean' } as const;
/** Whole numbers from `min` to `max`, written as digits. */
export const int = (min: number, max: number) => ({ kind: 'integer', min, max }) as const;
/** One of a list of lower-case words. */
export const oneOf = <const V extends readonly string[]>(values: V) => ({ kind: 'enum', values }) as const;
/**
 * Any number of a list of lower-case words, each at most once: comma-separated in a link (`a,b`), `none` for an
 * empty list. (`none` is therefore never one of the words.) How many a question accepts is the question's business.
 */
export const listOf = <const V extends readonly string[]>(values: V) => {
  if (values.includes('none')) throw new Error('listOf: "none" is how an empty list is written, so it cannot be a value');
  return { kind: 'list', values } as const;
};
/** How an empty list is written in a link. */
export const NONE = 'none';

/** The value a parameter holds in facts. */
export type ValueOf<S extends ParamSpec> = S extends { kind: 'boolean' }
  ? boolean
  : S extends { kind: 'integer' }
    ? number
    : S extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : S extends { kind: 'list'; values: readonly (infer V)[] }
        ? readonly V[]
        : never;

/** The facts a contract describes: every parameter optional (missing = not answered, or not asked). */
export type FactsOf<C extends Contract> = { -readonly [K in keyof C]?: ValueOf<C[K]> };

export type FactValue = boolean | number | string | readonly string[];

/** Why a parameter from a link was not used. Engine reasons, plus the tool's own (`{ why, …vars }`). */
export type Unused =
  | { why: 'unknown' }
  | { why: 'repeated' }
  | { why: 'invalid'; expected: ValuesInWords }
  | NotApplicable;

/**
 * Why a question or a checklist item does not apply to these answers, in a form wording can be chosen for:
 * `why` names the message (`ignored.<why>` in the wording) and the other fields fill it in.
 */
export interface NotApplicable {
  why: string;
  [field: string]: string | number | undefined;
}

/** A parameter that a link gave and the tool did not use. */
export interface Ignored {
  param: string;
  value: string;
  reason: Unused;
}

/** The allowed values of a parameter, as a wording key and its fill-ins (`values.integer` with min and max …). */
export interface ValuesInWords {
  key: 'values.boolean' | 'values.integer' | 'values.enum' | 'values.list';
  vars: Record<string, string | number>;
}

export function describeValues(spec: ParamSpec): ValuesInWords {
  switch (spec.kind) {
    case 'boolean':
      return { key: 'values.boolean', vars: {} };
    case 'integer':
      return { key: 'values.integer', vars: { min: spec.min, max: spec.max } };
    case 'enum':
      return { key: 'values.enum', vars: { list: spec.values.slice(0, -1).join(', '), last: spec.values.at(-1) ?? '' } };
    case 'list':
      return { key: 'values.list', vars: { list: spec.values.slice(0, -1).join(', '), last: spec.values.at(-1) ?? '' } };
  }
}

/** Reads one value; null when it is not a value of the parameter. Case and surrounding spaces are ignored. */
export function parseValue(spec: ParamSpec, raw: string): FactValue | null {
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
    case 'list': {
      if (value === NONE) return [];
      const items = value.split(',').map((v) => v.trim());
      return items.every((v) => spec.values.includes(v)) && new Set(items).size === items.length ? items : null;
    }
  }
}

/** How a fact is written in a link. */
export function writeValue(value: FactValue): string {
  if (Array.isArray(value)) return value.length ? value.join(',') : NONE;
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
}

const MAX_PARAMS = 200;

/**
 * Reads a query string against a contract. Never throws. Unknown parameters, repeats and bad values are
 * listed (in link order) with the reason; the first usable value of each parameter is kept.
 * `extra` names parameters that belong to the engine (such as `mode`), read elsewhere and not reported.
 */
export function readParams(
  contract: Contract,
  query: string | URLSearchParams,
  extra: readonly string[] = [],
): { facts: Record<string, FactValue>; raw: Record<string, string>; ignored: Ignored[] } {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    params = new URLSearchParams();
  }
  const facts: Record<string, FactValue> = {};
  const raw: Record<string, string> = {};
  const ignored: Ignored[] = [];
  let count = 0;
  for (const [param, value] of params) {
    if (++count > MAX_PARAMS) break;
    if (extra.includes(param)) continue;
    const spec = Object.prototype.hasOwnProperty.call(contract, param) ? contract[param] : undefined;
    if (!spec) ignored.push({ param, value, reason: { why: 'unknown' } });
    else if (param in facts) ignored.push({ param, value, reason: { why: 'repeated' } });
    else {
      const parsed = parseValue(spec, value);
      if (parsed === null) ignored.push({ param, value, reason: { why: 'invalid', expected: describeValues(spec) } });
      else {
        facts[param] = parsed;
        raw[param] = value;
      }
    }
  }
  return { facts, raw, ignored };
}

/** Writes facts as a query string (without "?"), in contract order; a list's commas stay commas, for people to read. */
export function writeParams(contract: Contract, facts: Readonly<Record<string, FactValue | undefined>>): string {
  const out = new URLSearchParams();
  for (const name of Object.keys(contract)) {
    const value = facts[name];
    if (value !== undefined) out.append(name, writeValue(value));
  }
  return out.toString().replace(/%2C/gi, ',');
}
