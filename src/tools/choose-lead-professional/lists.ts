/**
 * What each guidance offers, as plain data the questions need (shipped with the page, so kept small and free of
 * rules): its criteria, in the order its source lists them (an order, not a priority); the statuses that give someone
 * statutory responsibility under it; and the roles its sources name that the others do not. The rules behind them
 * (strengths, citations) are in rules.ts and register.yaml.
 */
import { ROLES, type Criterion, type Guidance, type Role, type Status } from './contract.ts';

export const CRITERIA_OF: Record<Guidance, readonly Criterion[]> = {
  england: ['main-needs', 'trust', 'wishes', 'primary-responsibility', 'statutory-responsibility', 'relationship', 'skills', 'draw-in-services', 'support-systems', 'time-and-manager'],
  salford: ['main-needs', 'wishes', 'primary-responsibility', 'statutory-responsibility', 'relationship', 'advocacy', 'skills', 'draw-in-services', 'support-systems'],
  scotland: ['main-needs', 'wishes', 'relationship', 'statutory-responsibility', 'skills'],
  safeh: ['most-involved', 'relationship', 'statutory-responsibility'],
};

export const STATUSES_OF: Record<Guidance, readonly Status[]> = {
  england: ['child-protection', 'looked-after', 'child-in-need-assessment', 'adoption-plan'],
  salford: ['child-protection', 'young-persons-plan', 'looked-after', 'child-in-need-assessment', 'child-in-need-open', 'adoption-plan'],
  safeh: ['child-protection', 'looked-after', 'child-in-need-assessment', 'adoption-plan'],
  scotland: ['looked-after', 'compulsory-measures', 'co-ordinated-support-plan', 'asbo', 'child-protection'],
};

/** Roles only some guidance names: the Named Person is Scotland's. */
export const ROLE_GUIDANCE: Partial<Record<Role, readonly Guidance[]>> = { 'named-person': ['scotland'] };

/** The roles offered as candidates under a guidance. */
export const rolesFor = (guidance: Guidance | undefined): Role[] => ROLES.filter((r) => !guidance || (ROLE_GUIDANCE[r]?.includes(guidance) ?? true));
/** Whether a guidance has a criterion. */
export const hasCriterion = (guidance: Guidance, criterion: Criterion): boolean => CRITERIA_OF[guidance].includes(criterion);
