/**
 * A register sentence as the views read it: one for every guidance, or one per guidance. Plain functions with no
 * schema library or file access, so a tool's outcome view can use them in the browser (register.ts loads and checks
 * the file at build time).
 */
import type { GuidanceId } from '../guidance.ts';

/**
 * The sentence users read: one for every guidance, or one per guidance where the guidances say it differently (so
 * an answer under one guidance never carries another's words or terms).
 */
export type StatementText = string | Readonly<Partial<Record<GuidanceId, string>>>;

/** The sentence of a record under one guidance ('' where it has none for that guidance). */
export function textFor(record: { text: StatementText }, guidance: GuidanceId): string {
  return typeof record.text === 'string' ? record.text : (record.text[guidance] ?? '');
}

/** Every wording of a record, by guidance (`*` when it is the same under every guidance). */
export function textsOf(record: { text: StatementText }): [GuidanceId | '*', string][] {
  return typeof record.text === 'string' ? [['*', record.text]] : (Object.entries(record.text) as [GuidanceId, string][]);
}
