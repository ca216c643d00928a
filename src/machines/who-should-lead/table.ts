/**
 * Rows of the "who leads for each status" table, derived from the rules data.
 * (Filled in by the who-should-lead rules work; see rules.ts.)
 */
export interface WhoLeadsRow {
  status: string;
}
export const whoLeadsRows: WhoLeadsRow[] = [];
