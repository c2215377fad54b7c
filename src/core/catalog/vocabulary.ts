import { t } from '../i18n/translate.js';

/** The words a catalog may use. Kept apart from the zod schema so commands can use them without loading zod. */
export const positions = ['chair', 'standing', 'floor', 'all-fours', 'lying'] as const;
export const areas = ['upper-back', 'mid-back', 'shoulders', 'neck', 'chest'] as const;
/** Tags name what a movement asks of the body, so safety rules can leave out or soften by tag. */
export const tags = [
  'twist',
  'end-range',
  'forward-rounding',
  'head-extension',
  'neck-circles',
  'foam-rolling',
  /** Done to make the back crack (the guide's floor twist, wall lean, foam rolling): the overuse guard counts it. */
  'self-cracking',
  /** Accepted in user catalogs from limber 0.1; it describes, and no rule counts it. */
  'self-mobilisation',
] as const;

/** Tags the overuse guard counts: cracking and end-range moves, never gentle mobility. */
export const overuseTags: readonly (typeof tags)[number][] = ['self-cracking', 'end-range'];

export type Position = (typeof positions)[number];

/** Positions a person can take at a desk without getting on the floor. */
export const deskPositions: readonly Position[] = ['chair', 'standing'];

const labels: Readonly<Record<string, () => string>> = {
  chair: () => t('chair'),
  standing: () => t('standing'),
  floor: () => t('floor'),
  'all-fours': () => t('all-fours'),
  lying: () => t('lying'),
  'upper-back': () => t('upper-back'),
  'mid-back': () => t('mid-back'),
  shoulders: () => t('shoulders'),
  neck: () => t('neck'),
  chest: () => t('chest'),
  'foam roller': () => t('foam roller'),
  wall: () => t('wall'),
  towel: () => t('towel'),
};

/** A catalog word as the reader's language says it ("all-fours" → "im Vierfüßlerstand"); English shows the word itself, which filters use. */
export const vocabularyLabel = (word: string): string => labels[word]?.() ?? word;
