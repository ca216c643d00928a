/**
 * The URL contract of "Choosing between candidates": the guidance, the candidates (2 to 4, by role only: never a
 * name), for each criterion of that guidance the candidates it was answered yes for, which statutory statuses apply,
 * and whether a young person is involved. Lists are comma-separated (`candidates=health-visitor,teacher`), `none` for
 * none of them. Documented at /tools/choose-lead-professional/share/ (generated from this object).
 */
import { bool, listOf, oneOf, type FactsOf } from '../engine/contract.ts';
import { GUIDANCE_IDS } from '../guidance.ts';

export const GUIDANCE = GUIDANCE_IDS;
export type Guidance = (typeof GUIDANCE)[number];

/**
 * The roles a candidate can be (words in wording/questions.yaml, `candidates`), roughly health, education, family and
 * community, statutory and specialist, voluntary. The order says nothing about suitability. `another-role` is any role
 * not listed: the tool takes no free text, so nothing typed can be a name.
 */
export const ROLES = [
  'health-visitor',
  'midwife',
  'school-nurse',
  'gp',
  'specialist-nurse-or-paediatrician',
  'mental-health-worker',
  'teacher',
  'senco',
  'school-support-staff',
  'early-years-worker',
  'education-welfare-officer',
  'family-support-worker',
  'youth-worker',
  'housing-officer',
  'substance-misuse-worker',
  'social-worker',
  'youth-justice-worker',
  'personal-adviser',
  'disability-key-worker',
  'voluntary-sector-practitioner',
  'named-person',
  'another-role',
] as const;
export type Role = (typeof ROLES)[number];

/** The criteria across the four guidances (each guidance has its own selection: CRITERIA in rules.ts). */
export const CRITERIA = [
  'main-needs',
  'most-involved',
  'trust',
  'wishes',
  'primary-responsibility',
  'statutory-responsibility',
  'relationship',
  'advocacy',
  'skills',
  'draw-in-services',
  'support-systems',
  'time-and-manager',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Statuses that give someone statutory responsibility, across the four guidances (STATUTORY in rules.ts). */
export const STATUSES = [
  'child-protection',
  'looked-after',
  'child-in-need-assessment',
  'child-in-need-open',
  'adoption-plan',
  'young-persons-plan',
  'compulsory-measures',
  'co-ordinated-support-plan',
  'asbo',
] as const;
export type Status = (typeof STATUSES)[number];

const candidates = listOf(ROLES);

export const CONTRACT = {
  /** Which guidance's criteria the record follows. */
  guidance: oneOf(GUIDANCE),
  /** The candidates, by role: 2 to 4. */
  candidates,
  /** The candidates with statutory responsibility for the child (asked first: it decides whether the choice is free). */
  'statutory-responsibility': candidates,
  /** Which statuses give that responsibility (only when a candidate has it). */
  'statutory-status': listOf(STATUSES),
  'main-needs': candidates,
  'most-involved': candidates,
  trust: candidates,
  wishes: candidates,
  'primary-responsibility': candidates,
  relationship: candidates,
  advocacy: candidates,
  skills: candidates,
  'draw-in-services': candidates,
  'support-systems': candidates,
  'time-and-manager': candidates,
  /** Whether the child is a young person (for their own choice of lead, national guide para 2.15). */
  'young-person': bool,
} as const;

export type Facts = FactsOf<typeof CONTRACT>;
