import type { SafetyData } from '../core/safety/schema.js';
import { localized } from './language.js';
import { shippedJson } from './shipped.js';

/** The screen's questions and wording (validated at build time, only parsed here). */
export const safetyData = (): SafetyData => localized('safety', shippedJson<SafetyData>('safety.json'));
