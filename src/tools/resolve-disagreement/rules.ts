/**
 * Rules of "We can't agree: what happens next?": each guidance's route for each kind of disagreement, as typed data,
 * and the small pure functions that read it. Every statement lives once, in register.yaml (strength, sentence,
 * citations); this file names rules by id and restates none of them. The words of each step (what to do, who does
 * it) are in wording/route.yaml, keyed by route and step.
 *
 * How an answer is made (`resolve`):
 *  1. The guidance and the kind of disagreement choose one ROUTE: its steps in order, each with the rule it rests on,
 *     any rules shown beside it, any time limit, and, where the step is our application of a rule beyond its own
 *     words, the inference that says so (`ours`).
 *  2. What has been tried marks where the team is: a step is done when its RUNG is at or below the rung tried
 *     (each answer takes the ones before it as done), and the next step is the first one above it.
 *  3. If anyone is worried about the child's safety, child protection procedures come first, whatever else was
 *     answered (SAFETY, per guidance); the dispute route is still shown, its next step waiting until the child is safe.
 *
 * No XState, Preact or Astro imports.
 */
import type { Strength } from '../../content/strength.ts';
import type { Citation, Register } from '../engine/register.ts';
import { type About, type Facts, type Guidance, type Tried } from './contract.ts';

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

/** The next steps the outcome can name (data-next). */
export const NEXT_IDS = [
  'child-protection-procedures',
  'team-discussion',
  'early-help-coordinator',
  'line-managers',
  'heads-of-service',
  'safeguarding-board',
  'service-development-manager',
  'local-protocol',
  'managers-and-steering-group',
] as const;
export type NextId = (typeof NEXT_IDS)[number];
/** A step of a dispute route (every next step but child protection procedures). */
export type StepId = Exclude<NextId, 'child-protection-procedures'>;

export const DEADLINES = ['four-working-days', 'none'] as const;
export type Deadline = (typeof DEADLINES)[number];

export const ROUTE_IDS = [
  'england-who-leads',
  'england-escalation',
  'salford-who-leads',
  'salford-escalation',
  'salford-approach',
  'safeh-who-leads',
  'safeh-protocol',
  'scotland-who-leads',
  'scotland-escalation',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Where a step stands: done, the one to take now, the one to take once the child is safe, or still to come. */
export type StepStatus = 'done' | 'current' | 'after-safety' | 'later';

export interface RuleRef {
  id: string;
  /** How firm the source's words are; null for an inference with no strength of its own. */
  strength: Strength | null;
  cites: Citation[];
  inference: boolean;
}

export interface RouteStep {
  step: NextId;
  status: StepStatus;
  /** The rule the step rests on: its strength is the step's (every step's rule has one; tested). */
  rule: RuleRef;
  /** Rules shown beside it. */
  also: RuleRef[];
  /** Where the step is our application of the rule (or its place in the route is ours): the inference that says so. */
  ours: RuleRef | null;
  deadline: Deadline;
  strength: Strength;
  inference: boolean;
}

export interface Resolution {
  guidance: Guidance;
  about: About;
  route: RouteId;
  /** data-next: the step to take now. */
  next: NextId;
  /** data-deadline: the time limit on the step to take now. */
  deadline: Deadline;
  /** data-strength: how firm the rule behind the step to take now is. */
  strength: Strength;
  /** data-inference: the step to take now (or its place in the route) is our inference. */
  inference: boolean;
  safetyConcern: boolean;
  /** The whole route: child protection procedures first when there is a safety concern, then the dispute route. */
  steps: RouteStep[];
  /** What has been tried names a step this route does not have (so the next step is the first beyond it). */
  triedNotOnRoute: boolean;
  /** Rules worth knowing for this guidance and kind of disagreement, shown after the route. */
  context: RuleRef[];
  /** Keys of the plain-words note for the family (wording/route.yaml `family`), in order. */
  familyNote: string[];
}

// ---------------------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------------------

interface StepDef {
  step: StepId;
  rule: string;
  also?: readonly string[];
  ours?: string;
  deadline?: Deadline;
}

interface RouteDef {
  guidance: Guidance;
  about: readonly About[];
  steps: readonly StepDef[];
}

/**
 * How far up a route each step sits, matched against what has been tried (TRIED_RUNG). The last steps of every route
 * sit above anything a team can have tried, so there is always a next step.
 */
export const RUNG: Record<StepId, number> = {
  'team-discussion': 1,
  'early-help-coordinator': 2,
  'line-managers': 3,
  'heads-of-service': 4,
  'service-development-manager': 4,
  'safeguarding-board': 5,
  'managers-and-steering-group': 5,
  'local-protocol': 5,
};
export const TRIED_RUNG: Record<Tried, number> = { nothing: 0, team: 1, coordinator: 2, managers: 3, 'heads-of-service': 4 };

export const ROUTES: Record<RouteId, RouteDef> = {
  // The national guide has no dispute procedure; its only worked route is Poole's (our inference to use it).
  'england-who-leads': {
    guidance: 'england',
    about: ['who-leads'],
    steps: [
      { step: 'team-discussion', rule: 'A-05', also: ['DR-05a'] },
      { step: 'line-managers', rule: 'DR-05c', also: ['DR-05b', 'DR-04d'], ours: 'INF-POOLE-ROUTE', deadline: 'four-working-days' },
      { step: 'service-development-manager', rule: 'DR-05d', ours: 'INF-POOLE-ROUTE' },
      { step: 'managers-and-steering-group', rule: 'DR-04a', also: ['DR-03'], ours: 'INF-POOLE-BEYOND' },
    ],
  },
  // The national guide's parts of a route, in our order.
  'england-escalation': {
    guidance: 'england',
    about: ['not-delivering', 'approach'],
    steps: [
      { step: 'team-discussion', rule: 'AC-07' },
      { step: 'early-help-coordinator', rule: 'DR-04d', ours: 'INF-EN-ROUTE' },
      { step: 'managers-and-steering-group', rule: 'DR-04a', also: ['DR-04b', 'DR-04e', 'DR-03'], ours: 'INF-EN-ROUTE' },
    ],
  },
  // Salford's Dispute Resolution Protocol: every step is local agreement.
  'salford-who-leads': {
    guidance: 'salford',
    about: ['who-leads'],
    steps: [
      { step: 'team-discussion', rule: 'DR-06a', also: ['A-13'] },
      { step: 'early-help-coordinator', rule: 'DR-06b' },
      { step: 'heads-of-service', rule: 'DR-06c' },
      { step: 'safeguarding-board', rule: 'DR-06d' },
    ],
  },
  // Follow up, then Salford's escalation procedure (linked, not included in the handbook).
  'salford-escalation': {
    guidance: 'salford',
    about: ['not-delivering'],
    steps: [
      { step: 'team-discussion', rule: 'DR-08a' },
      { step: 'local-protocol', rule: 'DR-08b', also: ['DR-08a'] },
    ],
  },
  // The same, for a difference of approach: Salford's protocol is about who leads, so applying these is ours.
  'salford-approach': {
    guidance: 'salford',
    about: ['approach'],
    steps: [
      { step: 'team-discussion', rule: 'DR-08a', ours: 'INF-SALFORD-APPROACH' },
      { step: 'local-protocol', rule: 'DR-08b', also: ['DR-08a'], ours: 'INF-SALFORD-APPROACH' },
    ],
  },
  'safeh-who-leads': {
    guidance: 'safeh',
    about: ['who-leads'],
    steps: [
      { step: 'team-discussion', rule: 'A-09' },
      { step: 'local-protocol', rule: 'DR-07', also: ['T-05j'], ours: 'INF-SAFEH-PROTOCOL' },
    ],
  },
  // Guideline 11 sends disagreements about another agency's actions, or lack of them, straight to the protocol.
  'safeh-protocol': {
    guidance: 'safeh',
    about: ['not-delivering', 'approach'],
    steps: [{ step: 'local-protocol', rule: 'DR-07', also: ['T-05j'] }],
  },
  // The Scottish briefing gives no procedure: every step is ours, resting on the duties it does give. For who leads,
  // the first step rests on the family's part in the choice; otherwise on the Lead Professional's review duty.
  'scotland-who-leads': {
    guidance: 'scotland',
    about: ['who-leads'],
    steps: [
      { step: 'team-discussion', rule: 'SC-08', also: ['SP-07'], ours: 'INF-SC-TEAM' },
      { step: 'line-managers', rule: 'AC-06', also: ['AC-05'], ours: 'INF-SC-MANAGERS' },
      { step: 'local-protocol', rule: 'SC-02', ours: 'INF-SC-LOCAL' },
    ],
  },
  'scotland-escalation': {
    guidance: 'scotland',
    about: ['not-delivering', 'approach'],
    steps: [
      { step: 'team-discussion', rule: 'T-07h', also: ['SP-07'], ours: 'INF-SC-TEAM' },
      { step: 'line-managers', rule: 'AC-06', also: ['AC-05'], ours: 'INF-SC-MANAGERS' },
      { step: 'local-protocol', rule: 'SC-02', ours: 'INF-SC-LOCAL' },
    ],
  },
};

/** Child protection procedures, first whenever anyone is worried about the child's safety: the rule per guidance. */
export const SAFETY: Record<Guidance, string> = {
  england: 'INF-SAFETY-FIRST',
  safeh: 'INF-SAFETY-FIRST',
  salford: 'CP-04a',
  scotland: 'CP-04b',
};

/** Rules shown after the route: whose job a failure to deliver is, and what the Scottish briefing insists on. */
export const CONTEXT: readonly { guidance: Guidance; about?: About; rules: readonly string[] }[] = [
  { guidance: 'england', about: 'not-delivering', rules: ['AC-01'] },
  { guidance: 'england', rules: ['DR-02'] },
  { guidance: 'salford', about: 'not-delivering', rules: ['AC-04'] },
  { guidance: 'safeh', about: 'not-delivering', rules: ['AC-03'] },
  { guidance: 'scotland', about: 'not-delivering', rules: ['AC-05'] },
  { guidance: 'scotland', rules: ['CH-09d', 'N-10'] },
];

/** Contact details a source gives for a step (register section `contacts`), by guidance and step. */
export const CONTACTS: readonly { guidance: Guidance; step: StepId; id: string }[] = [
  { guidance: 'salford', step: 'early-help-coordinator', id: 'salford-early-help-assessment-team' },
];

// ---------------------------------------------------------------------------------------------------------
// Small predicates
// ---------------------------------------------------------------------------------------------------------

/** The route a guidance gives for a kind of disagreement. */
export function routeFor(guidance: Guidance, about: About): RouteId {
  const found = ROUTE_IDS.find((id) => ROUTES[id].guidance === guidance && ROUTES[id].about.includes(about));
  if (!found) throw new Error(`no route for ${guidance} and ${about}`);
  return found;
}

const rungOf = (tried: Tried | undefined) => TRIED_RUNG[tried ?? 'nothing'];
/** A step is done once the team has gone as far as it, or further. */
const isDone = (step: StepDef, tried: Tried | undefined) => RUNG[step.step] <= rungOf(tried);
/** The next step: the first one not done (the last steps of every route sit above every rung, so one always is). */
const nextIndex = (steps: readonly StepDef[], tried: Tried | undefined) => steps.findIndex((s) => !isDone(s, tried));
/** What has been tried names a rung the route has no step for, with steps below it (so "the first beyond it" needs saying). */
const triedNotOnRoute = (steps: readonly StepDef[], tried: Tried | undefined) =>
  rungOf(tried) > 0 && !steps.some((s) => RUNG[s.step] === rungOf(tried)) && steps.some((s) => RUNG[s.step] < rungOf(tried));

/** The steps of the route a guidance gives for a kind of disagreement. */
export const stepsFor = (guidance: Guidance, about: About): readonly StepDef[] => ROUTES[routeFor(guidance, about)].steps;

// ---------------------------------------------------------------------------------------------------------
// The answer
// ---------------------------------------------------------------------------------------------------------

/** Reads a rule from the register for one guidance: its strength, its citations there, and whether it is ours. */
function reader(register: Register, g: Guidance) {
  return (id: string): RuleRef => {
    const r = register.rules[id];
    if (!r) throw new Error(`resolve-disagreement: rule ${id} is not in the register`);
    const cites = r.cites[g] ?? [];
    return { id, strength: r.strength ?? null, cites: [...cites], inference: r.inference !== undefined };
  };
}

/** A step's strength: its rule's. A rule a step rests on must have one (registerProblems checks). */
function strengthOf(rule: RuleRef): Strength {
  if (!rule.strength) throw new Error(`resolve-disagreement: the step rule ${rule.id} has no strength`);
  return rule.strength;
}

/** A route's steps with their rules read from the register (status still to be set). */
function stepRefs(defs: readonly StepDef[], read: (id: string) => RuleRef): Omit<RouteStep, 'status'>[] {
  return defs.map((d) => {
    const rule = read(d.rule);
    const ours = d.ours ? read(d.ours) : null;
    return { step: d.step, rule, also: (d.also ?? []).map(read), ours, deadline: d.deadline ?? 'none', strength: strengthOf(rule), inference: rule.inference || ours !== null };
  });
}

/** Every step of one route, in order, with its rules (for the tables of every route). */
export function routeSteps(route: RouteId, register: Register): Omit<RouteStep, 'status'>[] {
  const def = ROUTES[route];
  return stepRefs(def.steps, reader(register, def.guidance));
}

/** The child protection step under one guidance. */
export function safetyStep(guidance: Guidance, register: Register): Omit<RouteStep, 'status'> {
  const rule = reader(register, guidance)(SAFETY[guidance]);
  return { step: 'child-protection-procedures', rule, also: [], ours: null, deadline: 'none', strength: strengthOf(rule), inference: rule.inference };
}

/** The route, the next step, its strength and time limit, and the family's note, for one set of facts. */
export function resolve(facts: Facts, register: Register): Resolution {
  const guidance = facts.guidance;
  const about = facts.about;
  if (!guidance || !about) throw new Error('resolve-disagreement: guidance and about are needed');
  const read = reader(register, guidance);
  const tried = facts.tried;
  const safetyConcern = facts['safety-concern'] === true;
  const defs = stepsFor(guidance, about);
  const next = nextIndex(defs, tried);

  const dispute: RouteStep[] = stepRefs(defs, read).map((s, i) => ({
    ...s,
    status: i < next ? 'done' : i > next ? 'later' : safetyConcern ? 'after-safety' : 'current',
  }));
  const safety: RouteStep[] = safetyConcern ? [{ ...safetyStep(guidance, register), status: 'current' }] : [];
  const steps = [...safety, ...dispute];
  const now = steps.find((s) => s.status === 'current')!;

  return {
    guidance,
    about,
    route: routeFor(guidance, about),
    next: now.step,
    deadline: now.deadline,
    strength: now.strength,
    inference: now.inference,
    safetyConcern,
    steps,
    triedNotOnRoute: triedNotOnRoute(defs, tried),
    context: CONTEXT.filter((c) => c.guidance === guidance && (c.about === undefined || c.about === about)).flatMap((c) => c.rules.map(read)),
    familyNote: familyNote(guidance, about, next > 0, safetyConcern, defs[next]!.step),
  };
}

/** The family's note, as wording keys: any safety concern first, then what the disagreement is and what happens next. */
function familyNote(guidance: Guidance, about: About, stepsDone: boolean, safety: boolean, next: StepId): string[] {
  return [
    ...(safety ? ['safety'] : []),
    `open.${about}.${stepsDone ? 'still' : 'first'}`,
    `next.${next}`,
    ...(guidance === 'scotland' ? ['scotland'] : []),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Register checks
// ---------------------------------------------------------------------------------------------------------

/** Every rule id the routes, safety, context and applied routes use. */
export function rulesUsed(): { id: string; guidance: Guidance }[] {
  const out: { id: string; guidance: Guidance }[] = [];
  for (const route of Object.values(ROUTES)) {
    for (const s of route.steps) for (const id of [s.rule, ...(s.also ?? []), ...(s.ours ? [s.ours] : [])]) out.push({ id, guidance: route.guidance });
  }
  for (const [g, id] of Object.entries(SAFETY) as [Guidance, string][]) out.push({ id, guidance: g });
  for (const c of CONTEXT) for (const id of c.rules) out.push({ id, guidance: c.guidance });
  return out;
}

/** Ids used but missing or not cited for the guidance that uses them, and register entries nothing uses (empty when they match). */
export function registerProblems(register: Register): string[] {
  const problems: string[] = [];
  const used = rulesUsed();
  for (const { id, guidance } of used) {
    const r = register.rules[id];
    if (!r) problems.push(`rules: "${id}" is used but not in the register`);
    else if ((r.cites[guidance]?.length ?? 0) === 0) problems.push(`rules: "${id}" is used under ${guidance} but has no citation for it`);
  }
  const stepRules = [...Object.values(ROUTES).flatMap((r) => r.steps.map((s) => s.rule)), ...Object.values(SAFETY)];
  for (const id of stepRules) if (register.rules[id] && !register.rules[id]!.strength) problems.push(`rules: "${id}" is a step's rule and needs a strength`);
  const ids = new Set(used.map((u) => u.id));
  const derived = new Set(Object.values(register.rules).flatMap((r) => (ids.has(r.id) ? (r.inference?.derivedFrom ?? []) : [])));
  for (const id of Object.keys(register.rules)) if (!ids.has(id) && !derived.has(id)) problems.push(`rules: "${id}" is in the register but nothing uses it`);
  const kinds = register.sections.kinds ?? {};
  for (const about of ['who-leads', 'not-delivering', 'approach'] satisfies About[]) if (!kinds[about]) problems.push(`kinds: "${about}" is missing`);
  for (const id of Object.keys(kinds)) if (!['who-leads', 'not-delivering', 'approach'].includes(id)) problems.push(`kinds: "${id}" is not a kind of disagreement`);
  const contacts = register.sections.contacts ?? {};
  for (const c of CONTACTS) if (!contacts[c.id]) problems.push(`contacts: "${c.id}" is missing`);
  for (const id of Object.keys(contacts)) if (!CONTACTS.some((c) => c.id === id)) problems.push(`contacts: "${id}" is in the register but nothing uses it`);
  for (const name of Object.keys(register.sections)) if (!['kinds', 'contacts'].includes(name)) problems.push(`${name}: this tool has no such section`);
  return problems;
}
