/**
 * The URL contract as data: for every parameter in facts.ts, the kind of value it takes.
 * Built from the constants in facts.ts so the two can never drift apart; url.ts parses and
 * writes with it, and /tools/who-should-lead/share/ prints its table from it.
 *
 * Plain data: no XState, Preact or Astro imports.
 */
import {
  ASSESSMENT,
  CARE_LEAVER,
  CHILD_IN_NEED,
  DISABILITY,
  GUIDANCE,
  MENTAL_HEALTH,
  PLACEMENTS,
  POST_16,
  SEN,
  YOUTH_JUSTICE,
  type FactKey,
} from './facts.ts';

export type ParamSpec =
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] };

const bool = { kind: 'boolean' } as const;
const int = (min: number, max: number) => ({ kind: 'integer', min, max }) as const;
const oneOf = (values: readonly string[]) => ({ kind: 'enum', values }) as const;

/** Every parameter and its values. The mapped type makes a missing parameter a type error. */
export const PARAMS: { readonly [K in FactKey]-?: ParamSpec } = {
  guidance: oneOf(GUIDANCE),
  age: int(0, 25),
  'additional-needs': bool,
  practitioners: int(0, 99),
  'child-protection': bool,
  'looked-after': bool,
  placement: oneOf(PLACEMENTS),
  'care-leaver': oneOf(CARE_LEAVER),
  'adoption-plan': bool,
  'child-in-need': oneOf(CHILD_IN_NEED),
  'young-persons-plan': bool,
  'youth-justice': oneOf(YOUTH_JUSTICE),
  'mental-health': oneOf(MENTAL_HEALTH),
  disability: oneOf(DISABILITY),
  sen: oneOf(SEN),
  'year-group': int(0, 13),
  'needs-beyond-school': bool,
  'post-16': oneOf(POST_16),
  'cross-border': bool,
  assessment: oneOf(ASSESSMENT),
  agencies: int(0, 99),
  'compulsory-measures': bool,
  'co-ordinated-support-plan': bool,
  asbo: bool,
  'complex-health': bool,
  'third-sector-sla': bool,
};

/** Parameter names, in the order the tool writes them into a link. */
export const PARAM_NAMES = Object.keys(PARAMS) as FactKey[];

/** Whether `name` is a parameter of the contract. */
export function isParam(name: string): name is FactKey {
  return Object.prototype.hasOwnProperty.call(PARAMS, name);
}

/** The allowed values of a parameter, in words for messages and the share page: "yes or no", "0 to 25". */
export function describeValues(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return 'yes or no';
    case 'integer':
      return `a whole number from ${spec.min} to ${spec.max}`;
    case 'enum':
      return spec.values.length === 2 ? spec.values.join(' or ') : `${spec.values.slice(0, -1).join(', ')} or ${spec.values.at(-1)}`;
  }
}
