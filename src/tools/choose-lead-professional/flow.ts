/**
 * The questions of "Choosing between candidates", in the order asked: the guidance; the candidates (2 to 4 roles);
 * whether any of them has statutory responsibility (first among the criteria, because it decides whether the choice
 * is free at all, not because it weighs more) and, if so, which statuses apply; then each of the guidance's other
 * criteria, each answered with the candidates it fits (options: the candidates named); and whether a young person is
 * involved. The words are in wording/questions.yaml; each criterion question takes its options' words from
 * `candidates`.
 */
import { CHECK, type Answers, type FlowDefinition, type Question } from '../engine/flow.ts';
import type { NotApplicable } from '../engine/contract.ts';
import { CONTRACT, CRITERIA, GUIDANCE, type Criterion, type Guidance } from './contract.ts';
import { STATUSES_OF, hasCriterion, rolesFor } from './lists.ts';

const guidanceOf = (a: Answers) => a.guidance as Guidance | undefined;
const candidatesOf = (a: Answers): readonly string[] => (Array.isArray(a.candidates) ? a.candidates : []);

/** Asked once the guidance and the candidates are known. */
function afterCandidates(a: Answers): NotApplicable | null {
  if (!guidanceOf(a)) return { why: 'no-guidance' };
  return candidatesOf(a).length === 0 ? { why: 'no-candidates' } : null;
}

/** A criterion question applies where the guidance has the criterion, once the candidates are known. */
const criterionApplies = (criterion: Criterion) => (a: Answers): NotApplicable | null => {
  const g = guidanceOf(a);
  if (g && !hasCriterion(g, criterion)) return { why: 'guidance', guidance: g };
  return afterCandidates(a);
};

/** Statuses are asked only when a candidate has statutory responsibility. */
function statusApplies(a: Answers): NotApplicable | null {
  const problem = criterionApplies('statutory-responsibility')(a);
  if (problem) return problem;
  const holders = a['statutory-responsibility'];
  return Array.isArray(holders) && holders.length > 0 ? null : { why: 'parent-some', item: 'statutory-responsibility' };
}

/** The criteria in the order asked: statutory responsibility first, then the rest as CRITERIA lists them. */
const ASKED: readonly Criterion[] = ['statutory-responsibility', ...CRITERIA.filter((c) => c !== 'statutory-responsibility')];

/** A question before its arrows are known. */
type Unlinked = Question extends infer Q ? (Q extends Question ? Omit<Q, 'next'> : never) : never;

const criterionQuestion = (criterion: Criterion): Unlinked => ({
  id: criterion,
  kind: 'list',
  param: criterion,
  options: candidatesOf,
  applies: criterionApplies(criterion),
});

/** The questions without their arrows; `next` is worked out below from which questions can follow which. */
const QUESTIONS: readonly Unlinked[] = [
  { id: 'guidance', kind: 'radios', param: 'guidance', values: GUIDANCE },
  { id: 'candidates', kind: 'list', param: 'candidates', min: 2, max: 4, options: (a) => rolesFor(guidanceOf(a)), applies: (a) => (guidanceOf(a) ? null : { why: 'no-guidance' }) },
  criterionQuestion('statutory-responsibility'),
  { id: 'statutory-status', kind: 'list', param: 'statutory-status', options: (a) => (guidanceOf(a) ? STATUSES_OF[guidanceOf(a)!] : []), applies: statusApplies },
  ...ASKED.slice(1).map(criterionQuestion),
  { id: 'young-person', kind: 'radios', param: 'young-person', values: ['yes', 'no'], applies: afterCandidates },
];

/**
 * Every step that can come straight after each question: for each guidance, with and without a statutory
 * responsibility, the questions that apply in order. The machine has an arrow to each, and no other.
 */
function successors(): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>(QUESTIONS.map((q) => [q.id, new Set<string>()]));
  for (const guidance of GUIDANCE) {
    for (const holders of [[], ['x']]) {
      const answers: Answers = { guidance, candidates: ['x', 'y'], 'statutory-responsibility': holders };
      const asked = QUESTIONS.filter((q) => (q.applies?.(answers) ?? null) === null).map((q) => q.id);
      asked.forEach((id, i) => next.get(id)!.add(asked[i + 1] ?? CHECK));
    }
  }
  return next;
}
const NEXT = successors();

export const flow: FlowDefinition = {
  id: 'choose-lead-professional',
  contract: CONTRACT,
  questions: QUESTIONS.map((q) => ({ ...q, next: [...NEXT.get(q.id)!] }) as Question),
};
