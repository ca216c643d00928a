/**
 * The site's search indexes, shared by the build (integrations/pagefind.ts) and the search page's island,
 * so it carries no build-time dependencies.
 */
import { TRAINING_HREF } from '../training/section.ts';


/**
 * The search indexes. Trainers' pages retell the guidance at length (an exercise on Year 9 says "Year 9"
 * more often than the guidance section it comes from), so they are indexed apart and merged into every
 * search at a lower weight: for the same words the guidance comes first, and the "Trainers" filter still
 * finds them. `dir` is under dist/ and is also the index's URL path.
 */
export const INDEXES = {
  site: { dir: 'pagefind', weight: 1 },
  training: { dir: 'pagefind-training', weight: 0.7 },
} as const;
export type IndexName = keyof typeof INDEXES;

/** Which index a searched page goes into. */
export function indexFor(path: string): IndexName {
  return path.startsWith(TRAINING_HREF) ? 'training' : 'site';
}
