/** Schema for src/content/tools/who-should-lead/questions.yaml (one entry per question id). To be completed by the tool flow work. */
import { z } from 'astro/zod';
export const questionCopySchema = z.object({ id: z.string() }).loose();
