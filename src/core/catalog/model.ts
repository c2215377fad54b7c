/** Catalog types for code that must not load zod at start-up (type-only imports are erased). */
export type { Catalog, Movement, Phase, Routine, Step, Technique } from './schema.js';
