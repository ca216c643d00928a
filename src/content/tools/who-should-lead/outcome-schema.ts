/** Schema for src/content/tools/who-should-lead/outcomes.yaml (one entry per id used by rules.ts). To be completed by the rules work. */
import { z } from 'astro/zod';
export const outcomeCopySchema = z.object({ id: z.string() }).loose();
