/** Every citation in a tool's register (rules and every section), once each: what the register tests check in the seeds. */
import type { Citation, Register } from '../../src/tools/engine/register.ts';

export function registerCitations(register: Register): Citation[] {
  const records = [...Object.values(register.rules), ...Object.values(register.sections).flatMap((s) => Object.values(s))];
  const seen = new Set<string>();
  return records.flatMap((r) => Object.values(r.cites).flatMap((list) => list ?? [])).filter((c) => !seen.has(`${c.source}|${c.at}`) && seen.add(`${c.source}|${c.at}`));
}
