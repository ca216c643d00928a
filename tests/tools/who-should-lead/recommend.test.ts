/**
 * recommendLead, case by case. Expected values are literal ids and strengths read from the sources
 * (CWDC 2007 Box 1 and Annex C, the Salford thresholds table, GIRFEC Practice Briefing 2) and from
 * rules.md's precedence tables (PR-01..PR-17, PS-01..PS-11); none is computed by calling the rules.
 */
import { describe, expect, it } from 'vitest';
import type { Facts, Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import type { LeadId, MustNotId, Recommendation } from '../../../src/tools/who-should-lead/rules.ts';
import type { Strength } from '../../../src/content/strength.ts';
import { recommend as recommendLead } from './support.ts';

interface Case {
  name: string;
  guidance: Guidance;
  facts: Facts;
  lead: LeadId;
  strength: Strength;
  mustNot?: MustNotId[];
  inference?: boolean;
  /** A rule id that must be among the returned rules (the first one when `first` is set). */
  rule?: string;
  first?: boolean;
  outcome?: string;
  alsoInvolved?: string[];
}

function check(c: Case): Recommendation {
  const rec = recommendLead(c.facts, c.guidance);
  expect(rec.guidance).toBe(c.guidance);
  expect(rec.lead).toBe(c.lead);
  expect(rec.strength).toBe(c.strength);
  expect([...rec.mustNot].sort()).toEqual([...(c.mustNot ?? [])].sort());
  expect(rec.inference).toBe(c.inference ?? false);
  expect(rec.rules.length).toBeGreaterThan(0);
  for (const r of rec.rules) expect(r.cites.length, `rule ${r.id} has no citation`).toBeGreaterThan(0);
  if (c.rule) {
    const ids = rec.rules.map((r) => r.id);
    if (c.first) expect(ids[0]).toBe(c.rule);
    else expect(ids).toContain(c.rule);
  }
  if (c.outcome) expect(rec.outcome).toBe(c.outcome);
  for (const role of c.alsoInvolved ?? []) expect(rec.alsoInvolved.map((a) => a.role)).toContain(role);
  return rec;
}


// ---------------------------------------------------------------------------------------------
// National guidance, CWDC 2007: one case per row of Box 1 (and paras 2.18, 3.4-3.8, 4.7)
// ---------------------------------------------------------------------------------------------
const box1: Case[] = [
  { name: 'no additional needs (para 2.18)', guidance: 'england', facts: {}, lead: 'none-needed', strength: 'expected', rule: 'N-03', outcome: 'no-lead-needed' },
  { name: 'one practitioner (para 2.18)', guidance: 'england', facts: { 'additional-needs': true, practitioners: 1 }, lead: 'none-needed', strength: 'expected', rule: 'N-03', outcome: 'one-practitioner' },
  { name: 'additional needs, chosen with the family (para 3.15)', guidance: 'england', facts: { 'additional-needs': true, practitioners: 3 }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'A-03', outcome: 'additional-needs' },
  { name: "'All children in need': assessment phase", guidance: 'england', facts: { 'child-in-need': 'assessment' }, lead: 'social-worker', strength: 'statutory', rule: 'CIN-01', first: true, outcome: 'cin-assessment' },
  { name: "'All children in need': social services still involved", guidance: 'england', facts: { 'child-in-need': 'open' }, lead: 'social-worker', strength: 'good-practice', rule: 'CIN-05', outcome: 'cin-open' },
  { name: "'All children in need': any relevant practitioner", guidance: 'england', facts: { 'child-in-need': 'assessed' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'CIN-04', outcome: 'cin-assessed' },
  { name: "'Child protection cases'", guidance: 'england', facts: { 'child-protection': true }, lead: 'social-worker', strength: 'statutory', rule: 'CP-01', first: true, outcome: 'cp-plan' },
  { name: "'Looked after child' (no placement given, so no carer is named as not the lead: issue 8)", guidance: 'england', facts: { 'looked-after': true }, lead: 'social-worker', strength: 'statutory', rule: 'L-01', first: true, outcome: 'looked-after' },
  { name: "'Care leaver': eligible (the eligible child's personal adviser, not a relevant child's; no placement, so no carer bar)", guidance: 'england', facts: { 'care-leaver': 'eligible' }, lead: 'social-worker', strength: 'statutory', rule: 'PR-08', outcome: 'care-leaver-eligible', alsoInvolved: ['personal-adviser-eligible'] },
  { name: "'Care leaver': relevant", guidance: 'england', facts: { 'care-leaver': 'relevant' }, lead: 'personal-adviser', strength: 'good-practice', rule: 'CL-04', first: true, outcome: 'care-leaver-relevant' },
  { name: "'Adoption cases'", guidance: 'england', facts: { 'adoption-plan': true }, lead: 'social-worker', strength: 'statutory', rule: 'AD-01', first: true, outcome: 'adoption' },
  { name: "'Child with special educational needs': SENCO", guidance: 'england', facts: { sen: 'support' }, lead: 'senco', strength: 'good-practice', rule: 'SEN-01', outcome: 'sen-senco' },
  { name: "'Child with special educational needs': needs beyond school", guidance: 'england', facts: { sen: 'support', 'needs-beyond-school': true }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-14', outcome: 'sen-beyond-school' },
  { name: "'Child with special educational needs': Year 9 with a statement", guidance: 'england', facts: { sen: 'ehcp', 'year-group': 9 }, lead: 'connexions-personal-adviser', strength: 'good-practice', rule: 'SEN-03', outcome: 'year-9-personal-adviser' },
  { name: "'Child with complex disabilities…': key worker", guidance: 'england', facts: { disability: 'key-worker' }, lead: 'key-worker', strength: 'expected', rule: 'D-01', outcome: 'disability-key-worker' },
  { name: "'Child with complex disabilities…': no key worker", guidance: 'england', facts: { disability: 'no-key-worker' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'D-03', outcome: 'disability-no-key-worker' },
  { name: "'Child with mental health needs': CPA", guidance: 'england', facts: { 'mental-health': 'cpa' }, lead: 'care-coordinator', strength: 'expected', rule: 'MH-01', outcome: 'cpa-care-coordinator' },
  { name: "'Child with mental health needs': no CPA", guidance: 'england', facts: { 'mental-health': 'other' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'MH-02', outcome: 'mental-health-no-cpa' },
  { name: "'Young offender'", guidance: 'england', facts: { 'youth-justice': 'community' }, lead: 'agreed-locally', strength: 'local-agreement', rule: 'YJ-02', outcome: 'yot-agreed-locally', alsoInvolved: ['yot-case-manager'] },
  { name: "'Young offender' in custody", guidance: 'england', facts: { 'youth-justice': 'custody' }, lead: 'agreed-locally', strength: 'local-agreement', rule: 'YJ-02' },
  { name: 'Entry to Employment (para 3.8)', guidance: 'england', facts: { 'additional-needs': true, 'post-16': 'e2e' }, lead: 'connexions-personal-adviser', strength: 'expected', rule: 'P-03', outcome: 'e2e-personal-adviser' },
  { name: 'further education (para 3.7)', guidance: 'england', facts: { 'additional-needs': true, 'post-16': 'further-education' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'P-02', outcome: 'further-education' },
];

// ---------------------------------------------------------------------------------------------
// Salford: one case per row of the thresholds table
// ---------------------------------------------------------------------------------------------
const salford: Case[] = [
  { name: "'All children'", guidance: 'salford', facts: {}, lead: 'none-needed', strength: 'expected', rule: 'N-04', outcome: 'no-lead-needed' },
  { name: "'Level 2': assessment author until the first review", guidance: 'salford', facts: { 'additional-needs': true, assessment: 'completed' }, lead: 'eha-author', strength: 'good-practice', rule: 'A-10', outcome: 'eha-author-until-review' },
  { name: "'Level 2': at the first review", guidance: 'salford', facts: { 'additional-needs': true, assessment: 'reviewed' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'A-11', outcome: 'additional-needs' },
  { name: "'Level 2': no assessment yet", guidance: 'salford', facts: { 'additional-needs': true }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'A-13' },
  { name: "'Level 2': step down from social care", guidance: 'salford', facts: { 'child-in-need': 'stepping-down' }, lead: 'chosen-with-family-and-social-worker', strength: 'expected', rule: 'A-12', outcome: 'cin-stepping-down' },
  { name: "'Child with special educational needs': SENCO", guidance: 'salford', facts: { sen: 'ehcp', 'year-group': 5 }, lead: 'senco', strength: 'good-practice', rule: 'SEN-01' },
  { name: "'Child with special educational needs': needs beyond school", guidance: 'salford', facts: { sen: 'ehcp', 'needs-beyond-school': true }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-14' },
  { name: "'Child with special educational needs': Year 9 with an EHCP", guidance: 'salford', facts: { sen: 'ehcp', 'year-group': 9 }, lead: 'senco', strength: 'good-practice', rule: 'SEN-04', outcome: 'year-9-education-setting' },
  { name: "'Child with disabilities…': allocated social worker (a lead health professional only where several health professionals are involved: issue 8)", guidance: 'salford', facts: { disability: 'no-key-worker', 'child-in-need': 'open', 'several-health-professionals': true }, lead: 'social-worker', strength: 'expected', rule: 'D-05', first: true, outcome: 'disability-social-worker', alsoInvolved: ['lead-health-professional'] },
  { name: "'Child with disabilities…': key worker", guidance: 'salford', facts: { disability: 'key-worker' }, lead: 'key-worker', strength: 'good-practice', rule: 'D-07', outcome: 'disability-key-worker' },
  { name: "'Child with disabilities…': no key worker", guidance: 'salford', facts: { disability: 'no-key-worker' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'D-08' },
  { name: "'Children in need': assessment phase", guidance: 'salford', facts: { 'child-in-need': 'assessment' }, lead: 'social-worker', strength: 'statutory', rule: 'CIN-01', first: true },
  { name: "'Children in need': open at child in need level", guidance: 'salford', facts: { 'child-in-need': 'open' }, lead: 'social-worker', strength: 'expected', rule: 'CIN-06', first: true, outcome: 'cin-open' },
  { name: "'Children in need': any relevant practitioner", guidance: 'salford', facts: { 'child-in-need': 'assessed' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'CIN-04' },
  { name: "'Young Person's Plan'", guidance: 'salford', facts: { 'young-persons-plan': true, age: 16 }, lead: 'social-worker', strength: 'statutory', mustNot: ['key-professional', 'ypp-coordinator'], rule: 'YPP-02', first: true, outcome: 'young-persons-plan', alsoInvolved: ['key-professional', 'ypp-coordinator'] },
  { name: "'Child Protection Plan'", guidance: 'salford', facts: { 'child-protection': true }, lead: 'social-worker', strength: 'statutory', rule: 'CP-02', first: true },
  { name: "'Looked After Child' (no placement given, so no carer bar: issue 8)", guidance: 'salford', facts: { 'looked-after': true }, lead: 'social-worker', strength: 'statutory', rule: 'L-01', first: true },
  { name: "'Care leaver': eligible (no placement, so no carer bar: issue 8)", guidance: 'salford', facts: { 'care-leaver': 'eligible' }, lead: 'social-worker', strength: 'statutory', rule: 'CL-02', alsoInvolved: ['personal-adviser-eligible'] },
  { name: "'Care leaver': relevant", guidance: 'salford', facts: { 'care-leaver': 'relevant' }, lead: 'personal-adviser', strength: 'good-practice', rule: 'CL-04' },
  { name: "'Adoption cases'", guidance: 'salford', facts: { 'adoption-plan': true }, lead: 'social-worker', strength: 'statutory', rule: 'AD-01' },
  { name: "'Child with mental health needs': CPA", guidance: 'salford', facts: { 'mental-health': 'cpa' }, lead: 'care-coordinator', strength: 'expected', rule: 'MH-01' },
  { name: "'Child with mental health needs': no CPA", guidance: 'salford', facts: { 'mental-health': 'other' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'MH-02' },
  { name: "'Child with mental health needs': CAMHS alone", guidance: 'salford', facts: { 'mental-health': 'camhs-only' }, lead: 'camhs-worker', strength: 'expected', rule: 'MH-03', outcome: 'camhs-only' },
  { name: "'Child with mental health needs': CAMHS and children's services", guidance: 'salford', facts: { 'mental-health': 'camhs-and-social-care' }, lead: 'social-worker', strength: 'expected', rule: 'PR-11', alsoInvolved: ['lead-camhs-worker'] },
  { name: "'Youth Justice Service'", guidance: 'salford', facts: { 'youth-justice': 'community' }, lead: 'agreed-locally', strength: 'local-agreement', rule: 'YJ-07', outcome: 'yot-agreed-locally' },
  { name: "'Youth Justice Service' and a child in need plan", guidance: 'salford', facts: { 'youth-justice': 'custody', 'child-in-need': 'open' }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager'], rule: 'PR-03' },
  { name: "'Cross border responsibility'", guidance: 'salford', facts: { 'additional-needs': true, 'cross-border': true }, lead: 'check-responsible-authority', strength: 'good-practice', rule: 'PR-16', first: true, outcome: 'cross-border-check' },
];

// ---------------------------------------------------------------------------------------------
// Scotland: GIRFEC Practice Briefing 2 circumstances
// ---------------------------------------------------------------------------------------------
const scotland: Case[] = [
  { name: 'fewer than two agencies: Named Person as contact, no lead professional', guidance: 'scotland', facts: { agencies: 1 }, lead: 'none-needed', strength: 'expected', rule: 'U-02', outcome: 'scotland-no-lead', alsoInvolved: ['named-person'] },
  { name: 'nothing answered: no lead professional', guidance: 'scotland', facts: {}, lead: 'none-needed', strength: 'expected', rule: 'U-02' },
  { name: 'two agencies: the Named Person becomes the lead professional', guidance: 'scotland', facts: { agencies: 2 }, lead: 'named-person', strength: 'expected', rule: 'SC-01', outcome: 'scotland-named-person' },
  { name: 'complex health needs via universal services', guidance: 'scotland', facts: { agencies: 2, 'complex-health': true }, lead: 'specialist-universal-practitioner', strength: 'good-practice', rule: 'SC-03', outcome: 'scotland-specialist-universal' },
  { name: 'complex health needs, one agency', guidance: 'scotland', facts: { agencies: 1, 'complex-health': true }, lead: 'none-needed', strength: 'expected', rule: 'N-08' },
  { name: 'Co-ordinated Support Plan (our inference decides, so it carries local agreement, not good practice: issue 8)', guidance: 'scotland', facts: { agencies: 3, 'co-ordinated-support-plan': true }, lead: 'specialist-universal-practitioner', strength: 'local-agreement', inference: true, rule: 'PS-10', first: true, outcome: 'scotland-csp' },
  { name: 'formally looked after', guidance: 'scotland', facts: { agencies: 3, 'looked-after': true }, lead: 'specialist-agency-worker', strength: 'statutory', rule: 'L-08', first: true, outcome: 'scotland-specialist-agency' },
  { name: "compulsory measures (statutory: the same 'statutory requirement' limb as looked after, issue 8)", guidance: 'scotland', facts: { agencies: 2, 'compulsory-measures': true }, lead: 'specialist-agency-worker', strength: 'statutory', rule: 'SC-04a', first: true, outcome: 'scotland-specialist-agency' },
  { name: "anti-social behaviour order (002 says only 'a particular agency': which one is our inference, issue 8)", guidance: 'scotland', facts: { agencies: 2, asbo: true }, lead: 'specialist-agency-worker', strength: 'local-agreement', inference: true, rule: 'INF-SC-ASBO', first: true, outcome: 'scotland-asbo' },
  { name: 'child protection register (reading it as a safety case is our inference: SC-06 names no lead, issue 8)', guidance: 'scotland', facts: { agencies: 4, 'child-protection': true }, lead: 'specialist-agency-worker', strength: 'local-agreement', inference: true, rule: 'INF-SC-CP', first: true, outcome: 'scotland-child-protection' },
  { name: 'looked after but fewer than two agencies counted (our line settles the count; L-08 decides, so no page warning)', guidance: 'scotland', facts: { agencies: 1, 'looked-after': true }, lead: 'specialist-agency-worker', strength: 'statutory', rule: 'INF-SC-AGENCIES' },
  { name: 'third-sector practitioner with a service level agreement (ahead of the Named Person is our inference, which decides)', guidance: 'scotland', facts: { agencies: 3, 'third-sector-sla': 'yes' }, lead: 'third-sector-practitioner', strength: 'local-agreement', inference: true, rule: 'INF-SC-SLA', first: true, outcome: 'scotland-third-sector' },
  { name: 'third sector with an agreement does not take a statutory case (L-08 decides; our line is not the deciding one)', guidance: 'scotland', facts: { agencies: 3, 'third-sector-sla': 'yes', 'looked-after': true }, lead: 'specialist-agency-worker', strength: 'statutory', rule: 'INF-SC-SLA-STATUTORY' },
  { name: 'third sector agreement but no lead professional needed', guidance: 'scotland', facts: { agencies: 1, 'third-sector-sla': 'yes' }, lead: 'none-needed', strength: 'expected' },
  { name: "third-sector practitioner without an agreement for the role does not hold it (new value no-agreement; 002 'Choosing…', issue 8)", guidance: 'scotland', facts: { agencies: 3, 'third-sector-sla': 'no-agreement' }, lead: 'named-person', strength: 'expected', mustNot: ['third-sector-practitioner'], rule: 'SC-12' },
  { name: 'a link written before the split says "no": read as not considered, so no bar is claimed', guidance: 'scotland', facts: { agencies: 3, 'third-sector-sla': 'no' }, lead: 'named-person', strength: 'expected', rule: 'SC-01', first: true },
  { name: 'an anti-social behaviour order and a Co-ordinated Support Plan: two statutory obligations, neither agency named, so they agree (step 4, issue 8)', guidance: 'scotland', facts: { agencies: 3, asbo: true, 'co-ordinated-support-plan': true }, lead: 'agreed-locally', strength: 'local-agreement', inference: true, rule: 'INF-AGREE-NAMED', first: true, outcome: 'agree-between-named-roles', alsoInvolved: ['specialist-agency-worker', 'specialist-universal-practitioner'] },
  { name: "looked after and a Co-ordinated Support Plan: PR-15 settles it in so many words (was our order)", guidance: 'scotland', facts: { agencies: 3, 'looked-after': true, 'co-ordinated-support-plan': true }, lead: 'specialist-agency-worker', strength: 'statutory', rule: 'PR-15' },
];

// ---------------------------------------------------------------------------------------------
// Explicit precedence pairs PR-01..PR-17 (rules.md 2.16)
// ---------------------------------------------------------------------------------------------
const explicit: Case[] = [
  { name: 'PR-01 youth justice + looked after (no placement given, so no carer bar)', guidance: 'england', facts: { 'youth-justice': 'community', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager'], rule: 'PR-01', alsoInvolved: ['yot-case-manager', 'seconded-social-worker-in-yot'] },
  { name: 'PR-01 (Salford) youth justice + looked after (no placement given, so no carer bar)', guidance: 'salford', facts: { 'youth-justice': 'custody', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager'], rule: 'PR-01' },
  { name: 'PR-02 youth justice + child protection', guidance: 'england', facts: { 'youth-justice': 'custody', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager'], rule: 'PR-02' },
  { name: 'PR-03 (Salford) youth justice + child in need plan', guidance: 'salford', facts: { 'youth-justice': 'community', 'child-in-need': 'open' }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager'], rule: 'PR-03' },
  { name: 'PR-04 (national) youth justice + child in need', guidance: 'england', facts: { 'youth-justice': 'community', 'child-in-need': 'open' }, lead: 'agreed-locally', strength: 'local-agreement', rule: 'PR-04', outcome: 'yot-agreed-locally' },
  { name: 'PR-05 E2E + looked after (no placement given, so no carer bar)', guidance: 'england', facts: { 'additional-needs': true, 'post-16': 'e2e', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', mustNot: ['connexions-personal-adviser'], rule: 'PR-05' },
  { name: 'PR-05 E2E + child protection register', guidance: 'england', facts: { 'additional-needs': true, 'post-16': 'e2e', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', mustNot: ['connexions-personal-adviser'], rule: 'PR-05' },
  { name: 'PR-06 looked after + residential key worker (only the residential key worker is named as not the lead: issue 8)', guidance: 'england', facts: { 'looked-after': true, placement: 'residential' }, lead: 'social-worker', strength: 'statutory', mustNot: ['residential-key-worker'], rule: 'PR-06', alsoInvolved: ['residential-key-worker'] },
  { name: 'PR-07 looked after + foster carer (only the foster carer is named as not the lead: issue 8)', guidance: 'salford', facts: { 'looked-after': true, placement: 'foster' }, lead: 'social-worker', strength: 'statutory', mustNot: ['foster-carer'], rule: 'PR-07', alsoInvolved: ['foster-carer'] },
  { name: 'PR-08 eligible care leaver with social worker and personal adviser', guidance: 'england', facts: { 'care-leaver': 'eligible' }, lead: 'social-worker', strength: 'statutory', rule: 'PR-08', alsoInvolved: ['personal-adviser-eligible'] },
  { name: 'PR-09 (Salford) disability key worker + allocated social worker', guidance: 'salford', facts: { disability: 'key-worker', 'child-in-need': 'open' }, lead: 'social-worker', strength: 'expected', rule: 'PR-09', alsoInvolved: ['disability-key-worker'] },
  { name: 'PR-09 (Salford) disability key worker + child protection', guidance: 'salford', facts: { disability: 'key-worker', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', rule: 'PR-09' },
  { name: 'PR-10 (Salford) several health professionals (now its own answer, several-health-professionals: issue 8)', guidance: 'salford', facts: { disability: 'no-key-worker', 'several-health-professionals': true }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-10', alsoInvolved: ['lead-health-professional'] },
  { name: 'PR-11 (Salford) CAMHS + children’s services', guidance: 'salford', facts: { 'mental-health': 'camhs-and-social-care' }, lead: 'social-worker', strength: 'expected', rule: 'PR-11', outcome: 'camhs-and-social-care' },
  { name: 'PR-12 (Salford) YPP Key Professional and coordinator', guidance: 'salford', facts: { 'young-persons-plan': true, age: 15 }, lead: 'social-worker', strength: 'statutory', mustNot: ['key-professional', 'ypp-coordinator'], rule: 'PR-12' },
  { name: 'PR-13 child in need after assessment + child protection', guidance: 'england', facts: { 'child-in-need': 'assessed', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', rule: 'PR-13' },
  { name: 'PR-13 child in need after assessment + looked after', guidance: 'salford', facts: { 'child-in-need': 'assessed', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', rule: 'PR-13' },
  { name: 'PR-14 SEN + high family support', guidance: 'england', facts: { sen: 'ehcp', 'needs-beyond-school': true }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-14' },
  { name: 'PR-15 (Scotland) statutory obligation over the Named Person (compulsory measures now statutory)', guidance: 'scotland', facts: { agencies: 3, 'compulsory-measures': true }, lead: 'specialist-agency-worker', strength: 'statutory', rule: 'PR-15', alsoInvolved: ['named-person'] },
  { name: 'PR-16 (Salford) cross-border case', guidance: 'salford', facts: { sen: 'support', 'cross-border': true }, lead: 'check-responsible-authority', strength: 'good-practice', rule: 'PR-16', first: true },
  { name: 'PR-17 child moving out of statutory services', guidance: 'england', facts: { 'child-in-need': 'stepping-down' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-17', outcome: 'cin-stepping-down' },
];

// ---------------------------------------------------------------------------------------------
// Silent combinations PS-01..PS-11: inferences, labelled as ours
// ---------------------------------------------------------------------------------------------
const silent: Case[] = [
  { name: 'PS-01 child protection + disability key worker (national): our line, but CP-01 decides, so no page warning', guidance: 'england', facts: { 'child-protection': true, disability: 'key-worker' }, lead: 'social-worker', strength: 'statutory', rule: 'PS-01', alsoInvolved: ['disability-key-worker'] },
  { name: 'PS-01 looked after + disability key worker (national): our line; L-01 decides', guidance: 'england', facts: { 'looked-after': true, disability: 'key-worker' }, lead: 'social-worker', strength: 'statutory', rule: 'PS-01' },
  { name: 'PS-02 child in need after assessment + key worker (national): our line; D-01 decides', guidance: 'england', facts: { 'child-in-need': 'open', disability: 'key-worker' }, lead: 'key-worker', strength: 'expected', rule: 'PS-02' },
  { name: 'PS-03 CPA + looked after: our line; L-01 decides', guidance: 'salford', facts: { 'mental-health': 'cpa', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', rule: 'PS-03', alsoInvolved: ['care-coordinator'] },
  { name: 'PS-03 CPA + child protection: our line; CP-01 decides', guidance: 'england', facts: { 'mental-health': 'cpa', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', rule: 'PS-03' },
  { name: 'PS-04 SEN + CPA (not Year 9): our line; MH-01 decides', guidance: 'england', facts: { sen: 'ehcp', 'year-group': 11, 'mental-health': 'cpa' }, lead: 'care-coordinator', strength: 'expected', rule: 'PS-04' },
  { name: 'PS-05 Year 9 statement + CPA: our inference decides, so it carries local agreement and the warning', guidance: 'england', facts: { sen: 'ehcp', 'year-group': 9, 'mental-health': 'cpa' }, lead: 'agreed-locally', strength: 'local-agreement', inference: true, rule: 'PS-05', first: true, outcome: 'agree-year-9-transition' },
  { name: 'PS-05 Year 9 EHCP + key worker (Salford)', guidance: 'salford', facts: { sen: 'ehcp', 'year-group': 9, disability: 'key-worker' }, lead: 'agreed-locally', strength: 'local-agreement', inference: true, rule: 'PS-05', first: true },
  { name: "PS-06 CPA + youth justice: not our inference, 004's 'all other situations' rule (issue 8)", guidance: 'salford', facts: { 'mental-health': 'cpa', 'youth-justice': 'community' }, lead: 'agreed-locally', strength: 'local-agreement', rule: 'PS-06' },
  { name: "PS-07 key worker + youth justice: not our inference, 003's 'in all situations' rule", guidance: 'england', facts: { disability: 'key-worker', 'youth-justice': 'prevention' }, lead: 'agreed-locally', strength: 'local-agreement', rule: 'PS-07' },
  { name: "PS-08 relevant care leaver + youth justice: not our inference (a relevant child is not looked after)", guidance: 'england', facts: { 'care-leaver': 'relevant', 'youth-justice': 'community' }, lead: 'agreed-locally', strength: 'local-agreement', rule: 'PS-08', alsoInvolved: ['personal-adviser'] },
  { name: 'PS-09 adoption + CPA: our line; AD-01 decides', guidance: 'england', facts: { 'adoption-plan': true, 'mental-health': 'cpa' }, lead: 'social-worker', strength: 'statutory', rule: 'PS-09' },
  { name: 'PS-09 adoption + youth justice: our line; AD-01 decides', guidance: 'salford', facts: { 'adoption-plan': true, 'youth-justice': 'community' }, lead: 'social-worker', strength: 'statutory', rule: 'PS-09' },
  { name: 'PS-10 (Scotland) Co-ordinated Support Plan: our inference decides', guidance: 'scotland', facts: { agencies: 2, 'co-ordinated-support-plan': true }, lead: 'specialist-universal-practitioner', strength: 'local-agreement', inference: true, rule: 'PS-10', first: true },
  { name: 'PS-11 only choices left open (a SENCO who may lead, no key worker): the guide\'s own choosing process, good practice, not ours', guidance: 'england', facts: { sen: 'support', disability: 'no-key-worker' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PS-11', first: true, outcome: 'several-candidates', alsoInvolved: ['senco'] },
  { name: "PS-11 SENCO and another open choice (Salford's own process, not ours)", guidance: 'salford', facts: { sen: 'support', disability: 'no-key-worker' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PS-11', first: true },
];

// ---------------------------------------------------------------------------------------------
// Other combinations: our inferred decision order, and the firm bars wherever they arise
// ---------------------------------------------------------------------------------------------
const other: Case[] = [
  { name: 'looked after bars the YOT even when a child in need assessment decides first', guidance: 'england', facts: { 'child-in-need': 'assessment', 'looked-after': true, 'youth-justice': 'community' }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager'], rule: 'PR-01' },
  { name: 'Salford CIN plan bars the YJS even with a disability', guidance: 'salford', facts: { 'child-in-need': 'open', disability: 'key-worker', 'youth-justice': 'community' }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager'], rule: 'PR-03' },
  { name: 'YPP outside ages 15 to 17: our inference decides, badged as ours (was Statutory), carrying local agreement', guidance: 'salford', facts: { 'young-persons-plan': true, age: 13 }, lead: 'social-worker', strength: 'local-agreement', inference: true, rule: 'YPP-05', first: true, outcome: 'young-persons-plan-age' },
  { name: "YPP and youth justice: the plan 'has to' have the social worker, so the YJS case manager is barred (YPP-02; was our order)", guidance: 'salford', facts: { 'young-persons-plan': true, age: 16, 'youth-justice': 'custody' }, lead: 'social-worker', strength: 'statutory', mustNot: ['yot-case-manager', 'key-professional', 'ypp-coordinator'], rule: 'YPP-02', first: true },
  { name: 'a role named for a complex need stands when it is the only practitioner (our line; MH-01 decides)', guidance: 'salford', facts: { practitioners: 1, 'mental-health': 'cpa' }, lead: 'care-coordinator', strength: 'expected', rule: 'INF-NAMED-ROLE-STANDS' },
  { name: 'SEN with only one practitioner (para 2.18)', guidance: 'england', facts: { practitioners: 1, sen: 'support' }, lead: 'none-needed', strength: 'expected', rule: 'N-03' },
  { name: "Salford cross-border looked after child: the social worker stays (our line, no strength: 004 says only 'should check'; L-01 decides)", guidance: 'salford', facts: { 'looked-after': true, 'cross-border': true }, lead: 'social-worker', strength: 'statutory', rule: 'INF-CROSS-BORDER' },
  { name: 'cross-border is not read under the national guidance', guidance: 'england', facts: { sen: 'support', 'cross-border': true }, lead: 'senco', strength: 'good-practice' },
  { name: 'Young Person’s Plan is not read under the national guidance', guidance: 'england', facts: { 'young-persons-plan': true, age: 16 }, lead: 'none-needed', strength: 'expected' },
  { name: 'statutory answer with no other facts: CIN assessment plus child protection', guidance: 'salford', facts: { 'child-in-need': 'assessment', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', rule: 'CP-02' },
];

describe.each([
  ['national Box 1 (CWDC 2007)', box1],
  ['Salford thresholds table', salford],
  ['Scotland (GIRFEC 2010)', scotland],
  ['explicit precedence PR-01..PR-17', explicit],
  ['silent combinations PS-01..PS-11', silent],
  ['other combinations', other],
])('%s', (_title, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    check(c);
  });
});

describe('every explicit and silent pair has a case', () => {
  it('covers PR-01..PR-17 and PS-01..PS-11', () => {
    const named = [...explicit, ...silent].map((c) => c.name.slice(0, 5));
    for (let i = 1; i <= 17; i++) expect(named).toContain(`PR-${String(i).padStart(2, '0')}`);
    for (let i = 1; i <= 11; i++) expect(named).toContain(`PS-${String(i).padStart(2, '0')}`);
  });
});

describe('England and Salford differences are echoed in otherGuidance (DIFF-01..DIFF-05)', () => {
  const cases: [string, Guidance, Facts, { guidance: Guidance; lead: LeadId; strength: Strength }][] = [
    ['DIFF-01 Year 9: national personal adviser, Salford SENCO', 'england', { sen: 'ehcp', 'year-group': 9 }, { guidance: 'salford', lead: 'senco', strength: 'good-practice' }],
    ['DIFF-01 from Salford', 'salford', { sen: 'ehcp', 'year-group': 9 }, { guidance: 'england', lead: 'connexions-personal-adviser', strength: 'good-practice' }],
    ['DIFF-02 youth justice + CIN plan (Salford)', 'salford', { 'youth-justice': 'community', 'child-in-need': 'open' }, { guidance: 'england', lead: 'agreed-locally', strength: 'local-agreement' }],
    ['DIFF-02 youth justice + CIN (national)', 'england', { 'youth-justice': 'community', 'child-in-need': 'open' }, { guidance: 'salford', lead: 'social-worker', strength: 'statutory' }],
    ['DIFF-03 disabled child, key worker and social worker (national)', 'england', { disability: 'key-worker', 'child-in-need': 'open' }, { guidance: 'salford', lead: 'social-worker', strength: 'expected' }],
    ['DIFF-03 from Salford', 'salford', { disability: 'key-worker', 'child-in-need': 'open' }, { guidance: 'england', lead: 'key-worker', strength: 'expected' }],
    ['DIFF-04 child in need open to social care', 'england', { 'child-in-need': 'open' }, { guidance: 'salford', lead: 'social-worker', strength: 'expected' }],
    ['DIFF-05 assessment author until the first review', 'england', { 'additional-needs': true, assessment: 'completed' }, { guidance: 'salford', lead: 'eha-author', strength: 'good-practice' }],
    ['DIFF-07 key worker strength', 'salford', { disability: 'key-worker' }, { guidance: 'england', lead: 'key-worker', strength: 'expected' }],
  ];
  it.each(cases)('%s', (_name, guidance, facts, expected) => {
    const rec = recommendLead(facts, guidance);
    expect(rec.otherGuidance).toHaveLength(1);
    expect(rec.otherGuidance[0]).toMatchObject(expected);
    expect(rec.otherGuidance[0]!.cites.length).toBeGreaterThan(0);
  });

  it.each([
    ['they agree: child protection', 'england', { 'child-protection': true }],
    ['they agree: looked after', 'salford', { 'looked-after': true }],
    ['Scotland never compares', 'scotland', { agencies: 3, 'looked-after': true }],
    ['a Salford-only answer is not compared', 'salford', { 'young-persons-plan': true, age: 16 }],
    ['a national-only answer is not compared', 'england', { 'additional-needs': true, 'post-16': 'e2e' }],
  ] as [string, Guidance, Facts][])('no otherGuidance when %s', (_name, guidance, facts) => {
    expect(recommendLead(facts, guidance).otherGuidance).toEqual([]);
  });
});

describe('duties and checks for the case', () => {
  it('gives the child protection key worker tasks with a child protection plan', () => {
    expect(recommendLead({ 'child-protection': true }, 'england').duties.map((d) => d.id)).toContain('cp-key-worker-tasks');
  });
  it('adds the Salford-only duty to notify serious incidents', () => {
    expect(recommendLead({ 'additional-needs': true }, 'salford').duties.map((d) => d.id)).toContain('notify-serious-incidents');
    expect(recommendLead({ 'additional-needs': true }, 'england').duties.map((d) => d.id)).not.toContain('notify-serious-incidents');
  });
  it("gives the Scottish Child's Plan duties", () => {
    const ids = recommendLead({ agencies: 2 }, 'scotland').duties.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['childs-plan', 'childs-plan-tasks']));
  });
  it('gives no duties where no lead professional is needed', () => {
    expect(recommendLead({}, 'england').duties).toEqual([]);
  });
  it('puts the cross-border check first in Salford', () => {
    expect(recommendLead({ 'child-protection': true, 'cross-border': true }, 'salford').checks.map((c) => c.id)).toContain('cross-border-responsible-authority');
  });
  it('asks for local agreement, with mainstream support, where youth justice leaves it open', () => {
    expect(recommendLead({ 'youth-justice': 'community' }, 'england').checks.map((c) => c.id)).toContain('agree-yot-lead-locally');
  });
  it('reminds that the assessment author holds the role only until the first review', () => {
    expect(recommendLead({ 'additional-needs': true, assessment: 'completed' }, 'salford').checks.map((c) => c.id)).toContain('eha-first-review');
  });
});

// ---------------------------------------------------------------------------------------------
// Youth justice, by kind of involvement (003 Box 1 'Young offender', Annex C YJ items 2 and 4 and
// the note on terms; 004 thresholds table 'Youth Justice Service'). The kind changes the people
// involved, the rules listed and the duties; it never changes the bars (YJ-03, YJ-06).
// ---------------------------------------------------------------------------------------------
interface YjCase {
  name: string;
  guidance: Guidance;
  facts: Facts;
  lead: LeadId;
  strength: Strength;
  outcome: string;
  mustNot: MustNotId[];
  /** Exactly these, in any order. */
  roles: string[];
  duties: string[];
  /** Among the rules returned (the first one first). */
  rules: string[];
}

const CORE = ['core-functions', 'involve-child-and-family', 'accountable-to-home-agency', 'supervision-and-support', 'planned-handover'];
const SALFORD_CORE = [...CORE, 'safeguarding-procedures', 'notify-serious-incidents'];
const YOT_BARS: MustNotId[] = ['yot-case-manager'];

const youthJustice: YjCase[] = [
  // England (CWDC 2007)
  { name: 'England, prevention', guidance: 'england', facts: { 'youth-justice': 'prevention' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-prevention-agreed-locally', mustNot: [], roles: ['yot-prevention-officer'], duties: CORE, rules: ['YJ-02', 'YJ-10'] },
  { name: 'England, community order', guidance: 'england', facts: { 'youth-justice': 'community' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-agreed-locally', mustNot: [], roles: ['yot-case-manager'], duties: [...CORE, 'yot-community-order'], rules: ['YJ-02', 'YJ-01'] },
  { name: 'England, custody', guidance: 'england', facts: { 'youth-justice': 'custody' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-custody-agreed-locally', mustNot: [], roles: ['yot-case-manager', 'custody-key-worker'], duties: [...CORE, 'yot-custody-standards'], rules: ['YJ-02', 'YJ-01'] },
  { name: 'England, prevention, looked after', guidance: 'england', facts: { 'youth-justice': 'prevention', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', outcome: 'looked-after', mustNot: YOT_BARS, roles: ['seconded-social-worker-in-yot', 'yot-prevention-officer'], duties: [...CORE, 'looked-after-care-plan'], rules: ['L-01', 'PR-01', 'YJ-10'] },
  { name: 'England, community order, looked after', guidance: 'england', facts: { 'youth-justice': 'community', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', outcome: 'looked-after', mustNot: YOT_BARS, roles: ['seconded-social-worker-in-yot', 'yot-case-manager'], duties: [...CORE, 'looked-after-care-plan', 'yot-community-order'], rules: ['L-01', 'PR-01', 'YJ-01'] },
  { name: 'England, custody, looked after', guidance: 'england', facts: { 'youth-justice': 'custody', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', outcome: 'looked-after', mustNot: YOT_BARS, roles: ['seconded-social-worker-in-yot', 'yot-case-manager', 'custody-key-worker'], duties: [...CORE, 'looked-after-care-plan', 'yot-custody-standards'], rules: ['L-01', 'PR-01', 'YJ-01'] },
  { name: 'England, prevention, child protection plan', guidance: 'england', facts: { 'youth-justice': 'prevention', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', outcome: 'cp-plan', mustNot: YOT_BARS, roles: ['yot-prevention-officer'], duties: [...CORE, 'cp-key-worker-tasks'], rules: ['CP-01', 'PR-02', 'YJ-10'] },
  { name: 'England, community order, child protection plan', guidance: 'england', facts: { 'youth-justice': 'community', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', outcome: 'cp-plan', mustNot: YOT_BARS, roles: ['yot-case-manager'], duties: [...CORE, 'cp-key-worker-tasks', 'yot-community-order'], rules: ['CP-01', 'PR-02', 'YJ-01'] },
  { name: 'England, custody, child protection plan', guidance: 'england', facts: { 'youth-justice': 'custody', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', outcome: 'cp-plan', mustNot: YOT_BARS, roles: ['yot-case-manager', 'custody-key-worker'], duties: [...CORE, 'cp-key-worker-tasks', 'yot-custody-standards'], rules: ['CP-01', 'PR-02', 'YJ-01'] },
  { name: 'England, prevention, child in need (a YOT can hold it)', guidance: 'england', facts: { 'youth-justice': 'prevention', 'child-in-need': 'open' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-prevention-agreed-locally', mustNot: [], roles: ['social-worker', 'yot-prevention-officer'], duties: CORE, rules: ['YJ-02', 'PR-04', 'YJ-10'] },
  { name: 'England, community order, child in need', guidance: 'england', facts: { 'youth-justice': 'community', 'child-in-need': 'open' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-agreed-locally', mustNot: [], roles: ['social-worker', 'yot-case-manager'], duties: [...CORE, 'yot-community-order'], rules: ['YJ-02', 'PR-04', 'YJ-01'] },
  { name: 'England, custody, child in need', guidance: 'england', facts: { 'youth-justice': 'custody', 'child-in-need': 'open' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-custody-agreed-locally', mustNot: [], roles: ['social-worker', 'yot-case-manager', 'custody-key-worker'], duties: [...CORE, 'yot-custody-standards'], rules: ['YJ-02', 'PR-04', 'YJ-01'] },
  // Salford (after 2018)
  { name: 'Salford, prevention', guidance: 'salford', facts: { 'youth-justice': 'prevention' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-prevention-agreed-locally', mustNot: [], roles: ['yot-prevention-officer'], duties: SALFORD_CORE, rules: ['YJ-07', 'YJ-10'] },
  { name: 'Salford, community order', guidance: 'salford', facts: { 'youth-justice': 'community' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-agreed-locally', mustNot: [], roles: ['yot-case-manager'], duties: [...SALFORD_CORE, 'yot-community-order'], rules: ['YJ-07', 'YJ-05'] },
  { name: 'Salford, custody', guidance: 'salford', facts: { 'youth-justice': 'custody' }, lead: 'agreed-locally', strength: 'local-agreement', outcome: 'yot-custody-agreed-locally', mustNot: [], roles: ['yot-case-manager', 'custody-key-worker'], duties: [...SALFORD_CORE, 'yot-custody-standards'], rules: ['YJ-07', 'YJ-05'] },
  { name: 'Salford, prevention, looked after', guidance: 'salford', facts: { 'youth-justice': 'prevention', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', outcome: 'looked-after', mustNot: YOT_BARS, roles: ['yot-prevention-officer'], duties: [...SALFORD_CORE, 'looked-after-care-plan'], rules: ['L-01', 'PR-01', 'YJ-10'] },
  { name: 'Salford, community order, looked after', guidance: 'salford', facts: { 'youth-justice': 'community', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', outcome: 'looked-after', mustNot: YOT_BARS, roles: ['yot-case-manager'], duties: [...SALFORD_CORE, 'looked-after-care-plan', 'yot-community-order'], rules: ['L-01', 'PR-01', 'YJ-05'] },
  { name: 'Salford, custody, looked after', guidance: 'salford', facts: { 'youth-justice': 'custody', 'looked-after': true }, lead: 'social-worker', strength: 'statutory', outcome: 'looked-after', mustNot: YOT_BARS, roles: ['yot-case-manager', 'custody-key-worker'], duties: [...SALFORD_CORE, 'looked-after-care-plan', 'yot-custody-standards'], rules: ['L-01', 'PR-01', 'YJ-05'] },
  { name: 'Salford, prevention, child protection plan', guidance: 'salford', facts: { 'youth-justice': 'prevention', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', outcome: 'cp-plan', mustNot: YOT_BARS, roles: ['yot-prevention-officer'], duties: [...SALFORD_CORE, 'cp-key-worker-tasks'], rules: ['CP-02', 'PR-02', 'YJ-10'] },
  { name: 'Salford, community order, child protection plan', guidance: 'salford', facts: { 'youth-justice': 'community', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', outcome: 'cp-plan', mustNot: YOT_BARS, roles: ['yot-case-manager'], duties: [...SALFORD_CORE, 'cp-key-worker-tasks', 'yot-community-order'], rules: ['CP-02', 'PR-02', 'YJ-05'] },
  { name: 'Salford, custody, child protection plan', guidance: 'salford', facts: { 'youth-justice': 'custody', 'child-protection': true }, lead: 'social-worker', strength: 'statutory', outcome: 'cp-plan', mustNot: YOT_BARS, roles: ['yot-case-manager', 'custody-key-worker'], duties: [...SALFORD_CORE, 'cp-key-worker-tasks', 'yot-custody-standards'], rules: ['CP-02', 'PR-02', 'YJ-05'] },
  { name: 'Salford, prevention, child in need plan', guidance: 'salford', facts: { 'youth-justice': 'prevention', 'child-in-need': 'open' }, lead: 'social-worker', strength: 'statutory', outcome: 'cin-open', mustNot: YOT_BARS, roles: ['yot-prevention-officer'], duties: SALFORD_CORE, rules: ['CIN-06', 'PR-03', 'YJ-10'] },
  { name: 'Salford, community order, child in need plan', guidance: 'salford', facts: { 'youth-justice': 'community', 'child-in-need': 'open' }, lead: 'social-worker', strength: 'statutory', outcome: 'cin-open', mustNot: YOT_BARS, roles: ['yot-case-manager'], duties: [...SALFORD_CORE, 'yot-community-order'], rules: ['CIN-06', 'PR-03', 'YJ-05'] },
  { name: 'Salford, custody, child in need plan', guidance: 'salford', facts: { 'youth-justice': 'custody', 'child-in-need': 'open' }, lead: 'social-worker', strength: 'statutory', outcome: 'cin-open', mustNot: YOT_BARS, roles: ['yot-case-manager', 'custody-key-worker'], duties: [...SALFORD_CORE, 'yot-custody-standards'], rules: ['CIN-06', 'PR-03', 'YJ-05'] },
];

describe('youth justice, by kind of involvement', () => {
  it.each(youthJustice.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rec = recommendLead(c.facts, c.guidance);
    expect(rec.lead).toBe(c.lead);
    expect(rec.strength).toBe(c.strength);
    expect(rec.outcome).toBe(c.outcome);
    expect([...rec.mustNot].sort()).toEqual([...c.mustNot].sort());
    expect(rec.alsoInvolved.map((a) => a.role).sort()).toEqual([...c.roles].sort());
    expect(rec.duties.map((d) => d.id).sort()).toEqual([...c.duties].sort());
    const ids = rec.rules.map((r) => r.id);
    expect(ids[0]).toBe(c.rules[0]);
    expect(ids).toEqual(expect.arrayContaining(c.rules));
    expect(rec.decidedBy).toContain('youth-justice');
    for (const list of [rec.rules.map((r) => r.cites), rec.alsoInvolved.map((a) => a.cites), rec.duties.map((d) => d.cites)]) {
      for (const cites of list) expect(cites.length).toBeGreaterThan(0);
    }
  });

  it('gives each kind its own people and duties for the same other answers', () => {
    for (const g of ['england', 'salford'] as const) {
      for (const base of [{}, { 'looked-after': true }, { 'child-protection': true }, { 'child-in-need': 'open' }] as Facts[]) {
        const kinds = (['prevention', 'community', 'custody'] as const).map((k) => recommendLead({ ...base, 'youth-justice': k }, g));
        const shapes = kinds.map((r) => JSON.stringify([r.alsoInvolved.map((a) => a.role), r.duties.map((d) => d.id)]));
        expect(new Set(shapes).size, `${g} ${JSON.stringify(base)}`).toBe(3);
        // The kind never moves the lead, its strength or the bars.
        expect(new Set(kinds.map((r) => JSON.stringify([r.lead, r.strength, r.mustNot]))).size).toBe(1);
      }
    }
  });

  it('cites the custody standards (Annex C YJ item 4) for custody, under both English guidances', () => {
    for (const g of ['england', 'salford'] as const) {
      const duty = recommendLead({ 'youth-justice': 'custody' }, g).duties.find((d) => d.id === 'yot-custody-standards');
      expect(duty?.cites).toContainEqual({ source: 'cwdc-2007', at: "Annex C 'Children involved with youth justice services' item 4" });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Next steps: agree (or explain), record, tell, review; where no lead is needed, look again later
// ---------------------------------------------------------------------------------------------
const LEAD_STEPS = ['agree-with-family', 'record-in-plan', 'tell-the-team', 'set-review'];
const FIXED_STEPS = ['explain-to-family', 'record-in-plan', 'tell-the-team', 'set-review'];
const NO_LEAD_STEPS = ['look-again-if-needs-change'];

describe('next steps', () => {
  it.each<[string, Guidance, Facts, string[]]>([
    ['additional needs, chosen with the family (England)', 'england', { 'additional-needs': true, practitioners: 3 }, LEAD_STEPS],
    ['assessment author until the first review (Salford)', 'salford', { 'additional-needs': true, assessment: 'completed' }, LEAD_STEPS],
    ['youth justice, agreed locally (Salford)', 'salford', { 'youth-justice': 'custody' }, LEAD_STEPS],
    ['the Named Person leads (Scotland)', 'scotland', { agencies: 3 }, LEAD_STEPS],
    ['care co-ordinator under the CPA (expected, not statutory)', 'england', { 'mental-health': 'cpa' }, LEAD_STEPS],
    ['looked after: the social worker by statute (England)', 'england', { 'looked-after': true }, FIXED_STEPS],
    ['child protection plan (Salford)', 'salford', { 'child-protection': true }, FIXED_STEPS],
    ['formally looked after (Scotland)', 'scotland', { agencies: 3, 'looked-after': true }, FIXED_STEPS],
    ['no additional needs (England)', 'england', {}, NO_LEAD_STEPS],
    ['one practitioner with SEN support (Salford)', 'salford', { practitioners: 1, sen: 'support' }, NO_LEAD_STEPS],
    ['fewer than two agencies (Scotland)', 'scotland', { agencies: 1 }, NO_LEAD_STEPS],
  ])('%s', (_name, guidance, facts, steps) => {
    const rec = recommendLead(facts, guidance);
    expect(rec.nextSteps.map((n) => n.id)).toEqual(steps);
    for (const n of rec.nextSteps) expect(n.cites.length, n.id).toBeGreaterThan(0);
  });

  it('cites, under the national guidance, the places that say each step (003 first; 001 only where it alone says it, issue 8)', () => {
    const cites = (id: string) => recommendLead({ 'additional-needs': true, practitioners: 3 }, 'england').nextSteps.find((n) => n.id === id)!.cites;
    expect(cites('agree-with-family')).toEqual([{ source: 'cwdc-2007', at: "'Hints and tips'" }, { source: 'cwdc-2007', at: 'para 3.13' }]);
    expect(cites('record-in-plan')).toContainEqual({ source: 'cwdc-2007', at: 'para 5.6' });
    expect(cites('tell-the-team')).toContainEqual({ source: 'safeh', at: 'Guideline 12' });
    expect(cites('set-review')).toContainEqual({ source: 'cwdc-2007', at: 'para 3.2' });
    for (const id of ['agree-with-family', 'record-in-plan', 'set-review']) expect(cites(id).map((c) => c.source), id).not.toContain('safeh');
  });
});

// ---------------------------------------------------------------------------------------------
// Where no lead professional is needed, the people still involved take their "without a lead" form
// ---------------------------------------------------------------------------------------------
describe('people involved where no lead professional is needed', () => {
  it.each<[string, Guidance, Facts, string[]]>([
    ['an only SENCO (England)', 'england', { practitioners: 1, sen: 'support' }, ['senco-without-lead']],
    ['an only SENCO (Salford)', 'salford', { practitioners: 1, sen: 'support' }, ['senco-without-lead']],
    ['an only Connexions adviser on Entry to Employment (England; the E2E words, not the Year 9 ones)', 'england', { practitioners: 1, 'additional-needs': true, 'post-16': 'e2e' }, ['e2e-personal-adviser-without-lead']],
    ['a disabled child with one practitioner: no health lead unless several health professionals are said (Salford)', 'salford', { practitioners: 1, disability: 'no-key-worker' }, []],
    ['an only social worker, national open case: no lead needed (para 2.18), the social worker in their no-lead words', 'england', { practitioners: 1, 'child-in-need': 'open' }, ['social-worker-without-lead']],
    ['fewer than two agencies: the Named Person (Scotland)', 'scotland', { agencies: 1 }, ['named-person']],
  ])('%s', (_name, guidance, facts, roles) => {
    const rec = recommendLead(facts, guidance);
    expect(rec.lead).toBe('none-needed');
    expect(rec.alsoInvolved.map((a) => a.role)).toEqual(roles);
  });

  it('keeps the usual form where someone leads (the E2E adviser, named, over a SENCO who only may: step 3)', () => {
    const rec = recommendLead({ practitioners: 3, sen: 'support', 'post-16': 'e2e', 'additional-needs': true }, 'england');
    expect(rec.lead).toBe('connexions-personal-adviser');
    expect(rec.alsoInvolved.map((a) => a.role)).toEqual(['senco']);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 8, section 5: one principle for rules that point to different people (wording/rules.mdx).
// Step 1 statutory first; step 2 a rule for every case of its kind; step 3 a named person over an
// open choice; step 4 two named people agree. Each case says which step, and what it replaced.
// ---------------------------------------------------------------------------------------------
const AGREE = { lead: 'agreed-locally', strength: 'local-agreement', inference: true, rule: 'INF-AGREE-NAMED', first: true, outcome: 'agree-between-named-roles' } as const;
const collisions: Case[] = [
  // Step 4: two named people, no source ranks them (was: one of them by our order)
  { name: "step 4: relevant care leaver + CPA, the personal adviser ('will usually be') and the care co-ordinator ('is') agree (was the personal adviser)", guidance: 'england', facts: { 'care-leaver': 'relevant', 'mental-health': 'cpa' }, ...AGREE, alsoInvolved: ['personal-adviser', 'care-coordinator'] },
  { name: 'step 4: relevant care leaver + key worker agree (was the personal adviser)', guidance: 'england', facts: { 'care-leaver': 'relevant', disability: 'key-worker' }, ...AGREE, alsoInvolved: ['personal-adviser', 'disability-key-worker'] },
  { name: 'step 4: relevant care leaver + E2E, the two personal advisers agree (was the leaving care adviser)', guidance: 'england', facts: { 'care-leaver': 'relevant', 'post-16': 'e2e' }, ...AGREE, alsoInvolved: ['personal-adviser', 'e2e-personal-adviser'] },
  { name: 'step 4: CPA + key worker agree (was the care co-ordinator)', guidance: 'england', facts: { 'mental-health': 'cpa', disability: 'key-worker' }, ...AGREE, alsoInvolved: ['care-coordinator', 'disability-key-worker'] },
  { name: 'step 4: CPA + E2E agree (was the care co-ordinator)', guidance: 'england', facts: { 'mental-health': 'cpa', 'post-16': 'e2e', 'additional-needs': true }, ...AGREE },
  { name: 'step 4: key worker + E2E agree (was the key worker)', guidance: 'england', facts: { disability: 'key-worker', 'post-16': 'e2e', 'additional-needs': true }, ...AGREE },
  { name: 'step 4 (Salford): relevant care leaver + CPA agree (was the personal adviser)', guidance: 'salford', facts: { 'care-leaver': 'relevant', 'mental-health': 'cpa' }, ...AGREE },
  { name: 'step 4 (Salford): CPA + early help assessment author agree (was the care co-ordinator)', guidance: 'salford', facts: { 'mental-health': 'cpa', assessment: 'completed' }, ...AGREE, alsoInvolved: ['care-coordinator', 'eha-author'] },
  { name: 'step 4 (Salford): key worker + CAMHS alone agree (was the key worker)', guidance: 'salford', facts: { disability: 'key-worker', 'mental-health': 'camhs-only' }, ...AGREE, alsoInvolved: ['disability-key-worker', 'camhs-lead'] },
  { name: 'step 4 (Salford): CAMHS alone + Year 9 education setting agree (was CAMHS)', guidance: 'salford', facts: { 'mental-health': 'camhs-only', sen: 'ehcp', 'year-group': 9 }, ...AGREE },
  { name: 'step 4 (Salford): early help author + Year 9 education setting agree (was the author)', guidance: 'salford', facts: { assessment: 'completed', sen: 'ehcp', 'year-group': 9 }, ...AGREE },
  // Step 3: a named person over a choice left open (was: a choice by the team, or the open role)
  { name: 'step 3: Year 9 personal adviser (named) over a child in need after assessment (any relevant practitioner) (was chosen by the team)', guidance: 'england', facts: { sen: 'ehcp', 'year-group': 9, 'child-in-need': 'assessed' }, lead: 'connexions-personal-adviser', strength: 'good-practice', rule: 'INF-NAMED-OVER-OPEN' },
  { name: 'step 3: E2E personal adviser over no key worker (someone should be appointed) (was chosen by the team)', guidance: 'england', facts: { 'post-16': 'e2e', disability: 'no-key-worker' }, lead: 'connexions-personal-adviser', strength: 'expected', rule: 'INF-NAMED-OVER-OPEN' },
  { name: "step 3: Year 9 personal adviser over the national open case ('may still be appropriate') (was the social worker)", guidance: 'england', facts: { sen: 'ehcp', 'year-group': 9, 'child-in-need': 'open' }, lead: 'connexions-personal-adviser', strength: 'good-practice', rule: 'INF-NAMED-OVER-OPEN', alsoInvolved: ['social-worker'] },
  { name: "step 3 (Salford): the Year 9 education setting over no key worker (was chosen by the team)", guidance: 'salford', facts: { sen: 'ehcp', 'year-group': 9, disability: 'no-key-worker' }, lead: 'senco', strength: 'good-practice', rule: 'INF-NAMED-OVER-OPEN', outcome: 'year-9-education-setting' },
  { name: 'step 3: the care co-ordinator over a SENCO who may lead (PS-04, our line; unchanged answer)', guidance: 'salford', facts: { 'mental-health': 'cpa', sen: 'support' }, lead: 'care-coordinator', strength: 'expected', rule: 'PS-04' },
  // Open choices only: the guidance's own choosing process
  { name: "open choices only: the national open case ('may') + a SENCO who may: choose with the family (was the social worker)", guidance: 'england', facts: { 'child-in-need': 'open', sen: 'support' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PS-11', first: true, outcome: 'several-candidates', alsoInvolved: ['social-worker', 'senco'] },
  // Step 2: a rule for every case of its kind
  { name: "step 2 (Salford): a case stepping down is settled by the family with the social worker, the care co-ordinator a candidate (A-12; was the care co-ordinator)", guidance: 'salford', facts: { 'child-in-need': 'stepping-down', 'mental-health': 'cpa' }, lead: 'chosen-with-family-and-social-worker', strength: 'expected', rule: 'A-12', first: true, alsoInvolved: ['care-coordinator'] },
  { name: "step 2 (Salford): the key worker over the early help route, which applies only without one (D-08; was our order)", guidance: 'salford', facts: { disability: 'key-worker', assessment: 'completed' }, lead: 'key-worker', strength: 'good-practice', rule: 'D-08' },
  { name: 'step 2 (Salford): open to social care at child in need level, the social worker leads over the care co-ordinator (our reading of 004; the answer stays sourced)', guidance: 'salford', facts: { 'child-in-need': 'open', 'mental-health': 'cpa' }, lead: 'social-worker', strength: 'expected', rule: 'INF-SALFORD-SOCIAL-CARE', alsoInvolved: ['care-coordinator'] },
  // Step 1: a statutory role first; the answer was already the social worker, now with a sourced strength and no page warning
  { name: 'step 1: looked after + SEN support, the social worker (no page warning: L-01 decides; the issue\'s example)', guidance: 'england', facts: { 'looked-after': true, sen: 'support' }, lead: 'social-worker', strength: 'statutory', rule: 'INF-STATUTORY-FIRST', alsoInvolved: ['senco'] },
  { name: 'step 1: child in need assessment + youth justice (no source lists it): the social worker, with no YOT bar', guidance: 'salford', facts: { 'child-in-need': 'assessment', 'youth-justice': 'community', disability: 'key-worker' }, lead: 'social-worker', strength: 'statutory', rule: 'CIN-01', first: true },
];

describe('issue 8: one principle for rules that point to different people', () => {
  it.each(collisions.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    check(c);
  });

  it('never says which of two named people leads: every pair of different named people ends in an agreement', () => {
    const named: Facts[] = [{ 'care-leaver': 'relevant' }, { 'mental-health': 'cpa' }, { disability: 'key-worker' }, { 'post-16': 'e2e' }, { sen: 'ehcp', 'year-group': 9 }];
    const alone = named.map((f) => recommendLead({ 'additional-needs': true, age: 16, ...f }, 'england').lead);
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        if (alone[i] === alone[j]) continue; // the same person (the E2E and Year 9 personal adviser)
        const facts = { 'additional-needs': true, age: 16, ...named[i], ...named[j] } as Facts;
        const rec = recommendLead(facts, 'england');
        expect(rec.lead, JSON.stringify(facts)).toBe('agreed-locally');
        expect(rec.inference, JSON.stringify(facts)).toBe(true);
      }
    }
  });

  it('does not bar the YOT for a Salford child in need assessment (the bar is for a child in need plan)', () => {
    const rec = recommendLead({ 'child-in-need': 'assessment', 'youth-justice': 'community', disability: 'key-worker' }, 'salford');
    expect(rec.mustNot).toEqual([]);
    expect(rec.rules.map((r) => r.id)).not.toContain('PR-03');
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 8, sections 2 and 4: badges, warnings and lists that fit the case
// ---------------------------------------------------------------------------------------------
describe('issue 8: badges and warnings that fit the case', () => {
  it('badges an inference as ours (no strength) and raises the warning only when it decides', () => {
    const lac = recommendLead({ 'looked-after': true, sen: 'support' }, 'england');
    expect(lac.inference).toBe(false);
    expect(lac.rules[0]).toMatchObject({ id: 'L-01', strength: 'statutory' });
    expect(lac.rules.find((r) => r.id === 'INF-STATUTORY-FIRST')).toMatchObject({ inference: expect.any(Object) });
    expect(lac.rules.find((r) => r.id === 'INF-STATUTORY-FIRST')!.strength).toBeUndefined();
  });

  it("gives the cross-border check, which the sources word as 'should check', no Statutory badge", () => {
    const rec = recommendLead({ 'looked-after': true, 'cross-border': true }, 'salford');
    const line = rec.rules.find((r) => r.id === 'INF-CROSS-BORDER')!;
    expect(line.strength).toBeUndefined();
    expect(line.inference).toBeDefined();
  });

  it('lists, as what an inference was worked out from, only rules of this guidance at work in this case', () => {
    const cp = recommendLead({ 'child-protection': true, 'mental-health': 'cpa' }, 'england');
    expect(cp.rules.find((r) => r.id === 'PS-03')!.inference!.derivedFrom.sort()).toEqual(['CP-01', 'MH-01']);
    const salford = recommendLead({ 'child-protection': true, 'mental-health': 'cpa' }, 'salford');
    expect(salford.rules.find((r) => r.id === 'PS-03')!.inference!.derivedFrom.sort()).toEqual(['CP-02', 'MH-01']);
    const year9 = recommendLead({ sen: 'ehcp', 'year-group': 9, 'mental-health': 'cpa' }, 'england');
    expect(year9.rules[0]!.inference!.derivedFrom.sort()).toEqual(['CR-02', 'MH-01', 'SEN-03']);
  });
});

describe('issue 8: who does not hold the formal role, only where the case brings them in', () => {
  it.each<[string, Guidance, Facts, MustNotId[]]>([
    ['a child in a children\'s home: only the residential key worker', 'england', { 'looked-after': true, placement: 'residential' }, ['residential-key-worker']],
    ['a fostered child: only the foster carer', 'salford', { 'looked-after': true, placement: 'foster' }, ['foster-carer']],
    ['a child living somewhere else: neither carer', 'england', { 'looked-after': true, placement: 'other' }, []],
    ['a looked after child in custody: the YOT, and no carer', 'england', { 'looked-after': true, 'youth-justice': 'custody' }, ['yot-case-manager']],
    ["a Young Person's Plan with youth justice: the YJS case manager too (004 'has to be the case holding Social Worker')", 'salford', { 'young-persons-plan': true, age: 16, 'youth-justice': 'community' }, ['yot-case-manager', 'key-professional', 'ypp-coordinator']],
    ['a Salford open case with the care programme approach and youth justice: the YJS case manager', 'salford', { 'mental-health': 'cpa-and-social-care', 'youth-justice': 'custody' }, ['yot-case-manager']],
  ])('%s', (_name, guidance, facts, mustNot) => {
    const rec = recommendLead(facts, guidance);
    expect(rec.mustNot).toEqual(mustNot);
    for (const b of rec.barred) expect(b.cites.length, b.id).toBeGreaterThan(0);
  });

  it('badges each bar with the strength of the rule that bars it', () => {
    const ypp = recommendLead({ 'young-persons-plan': true, age: 16, 'youth-justice': 'community' }, 'salford');
    expect(ypp.barred.find((b) => b.id === 'yot-case-manager')).toMatchObject({ rule: 'YPP-02', strength: 'statutory' });
    const scot = recommendLead({ agencies: 3, 'third-sector-sla': 'no-agreement' }, 'scotland');
    expect(scot.barred).toEqual([{ id: 'third-sector-practitioner', rule: 'SC-12', strength: 'local-agreement', cites: [{ source: 'girfec-2010', at: "'Choosing the most appropriate Lead Professional'" }] }]);
  });

  it("names the lead CAMHS worker who supports the Salford social care lead (004 mental health row)", () => {
    const rec = recommendLead({ 'mental-health': 'camhs-and-social-care' }, 'salford');
    expect(rec.lead).toBe('social-worker');
    expect(rec.alsoInvolved.map((a) => a.role)).toEqual(['lead-camhs-worker']);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 8, section 6: situations users could not enter before
// ---------------------------------------------------------------------------------------------
const situations: Case[] = [
  { name: 'step-down (England): a child protection plan has ended, so choose again as for additional needs; it may be the same person (003 para 4.7)', guidance: 'england', facts: { 'stepped-down-from': 'child-protection' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-17', first: true, outcome: 'cp-plan-ended' },
  { name: 'step-down (England): no longer looked after, the same lead, an answer that says which ended', guidance: 'england', facts: { 'stepped-down-from': 'looked-after' }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-17', first: true, outcome: 'no-longer-looked-after' },
  { name: "step-down (Salford): the family with the social worker (004 Level 2 row; the trigger is 'Changing the Lead Professional')", guidance: 'salford', facts: { 'stepped-down-from': 'child-protection' }, lead: 'chosen-with-family-and-social-worker', strength: 'expected', rule: 'A-12', first: true, outcome: 'cp-plan-ended' },
  { name: 'step-down (Salford) but still open at child in need level: the social worker stays the lead (CIN-06)', guidance: 'salford', facts: { 'stepped-down-from': 'looked-after', 'child-in-need': 'open' }, lead: 'social-worker', strength: 'expected', rule: 'CIN-06', outcome: 'cin-open' },
  { name: 'step-down with a care co-ordinator (England): the named person over the open choice (step 3)', guidance: 'england', facts: { 'stepped-down-from': 'child-protection', 'mental-health': 'cpa' }, lead: 'care-coordinator', strength: 'expected', rule: 'INF-NAMED-OVER-OPEN' },
  { name: 'the care programme approach and an open social care case (England): the care co-ordinator, the social worker still involved (step 3)', guidance: 'england', facts: { 'mental-health': 'cpa-and-social-care' }, lead: 'care-coordinator', strength: 'expected', rule: 'MH-01', first: true, alsoInvolved: ['social-worker'] },
  { name: 'the care programme approach and an open social care case (Salford): the social worker, the care co-ordinator still involved (step 2)', guidance: 'salford', facts: { 'mental-health': 'cpa-and-social-care' }, lead: 'social-worker', strength: 'expected', rule: 'CIN-06', first: true, outcome: 'cin-open', alsoInvolved: ['care-coordinator'] },
  { name: 'several health professionals (Salford): a lead health professional, not automatically the lead (PR-10)', guidance: 'salford', facts: { 'mental-health': 'other', 'several-health-professionals': true }, lead: 'chosen-by-team-with-family', strength: 'good-practice', rule: 'PR-10', alsoInvolved: ['lead-health-professional'] },
  { name: "Scotland, third sector with no agreement for the role: bar it, answer otherwise unchanged", guidance: 'scotland', facts: { agencies: 3, 'complex-health': true, 'third-sector-sla': 'no-agreement' }, lead: 'specialist-universal-practitioner', strength: 'good-practice', mustNot: ['third-sector-practitioner'], rule: 'SC-03', first: true },
];

describe('issue 8: the new situations', () => {
  it.each(situations.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    check(c);
  });

  it('asks, under the national guide, for the needs to be assessed again before choosing after a step-down', () => {
    expect(recommendLead({ 'stepped-down-from': 'child-protection' }, 'england').checks.map((c) => c.id)).toEqual(['reassess-on-step-down', 'use-the-criteria']);
  });

  it('shows no lead health professional unless several health professionals are said', () => {
    expect(recommendLead({ 'mental-health': 'other' }, 'salford').alsoInvolved.map((a) => a.role)).not.toContain('lead-health-professional');
  });
});
