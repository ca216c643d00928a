/**
 * A module's slide deck, built from the module's own content: the slide data (src/content/training/slides/)
 * names what each slide shows (the module's title, outcomes, an exercise, the generated who-leads summary,
 * a tool's generated diagram, the knowledge check) and only `point` slides carry words of their own. Each
 * slide gets the title it is announced by ("Slide 3 of 14: …") and its speaker notes.
 */
import type { ExerciseData, SlideData, TrainingModuleData } from '../content/training/schemas.ts';
import { toolTitle } from './exercise-links.ts';
import { t } from './wording.ts';

export type BuiltSlide = SlideData & {
  /** 1-based position. */
  n: number;
  /** What the slide is announced and listed as. */
  title: string;
  /** The exercise's data, for `exercise` slides. */
  exerciseData?: ExerciseData;
};

export function buildDeck(
  slides: readonly SlideData[],
  module: TrainingModuleData,
  exercise: (id: string) => ExerciseData | undefined,
): BuiltSlide[] {
  return slides.map((slide, i) => {
    const n = i + 1;
    switch (slide.kind) {
      case 'title':
        return { ...slide, n, title: module.title };
      case 'outcomes':
        return { ...slide, n, title: t('slides.outcomes') };
      case 'point':
        return { ...slide, n, title: slide.heading };
      case 'exercise': {
        const data = exercise(slide.exercise);
        if (!data) throw new Error(`slide ${n} shows unknown exercise "${slide.exercise}"`);
        return { ...slide, n, title: data.title, exerciseData: data };
      }
      case 'diagram':
        return { ...slide, n, title: t('slides.diagram', { tool: toolTitle(slide.tool) }) };
      case 'who-leads':
        return { ...slide, n, title: t('slides.who-leads') };
      case 'check':
        return { ...slide, n, title: t('slides.check') };
    }
  });
}
