/**
 * The guidance a tool can follow, by id, and the source document each one is. Their names, dates and hints for
 * people are written once, in src/content/guidances.yaml; every tool's "Which guidance?" question uses them.
 */
export const GUIDANCE_IDS = ['england', 'salford', 'safeh', 'scotland'] as const;
export type GuidanceId = (typeof GUIDANCE_IDS)[number];

/** The source document (src/content/sources.yaml id) each guidance follows. */
export const GUIDANCE_SOURCE: Record<GuidanceId, string> = {
  england: 'cwdc-2007',
  salford: 'salford',
  safeh: 'safeh',
  scotland: 'girfec-2010',
};
