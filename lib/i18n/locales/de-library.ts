import type { ExerciseText } from '../catalogue';

/** The exercise library, loaded by the popup, options and welcome pages (not by the pause card). */
export const library: Record<string, ExerciseText> = {
};
