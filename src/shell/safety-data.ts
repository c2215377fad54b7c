import type { SafetyData } from '../core/safety/schema.js';
import { shippedLocalized } from './language.js';

/** The screen's questions and wording (validated at build time, only parsed here). */
export const safetyData = (): SafetyData => shippedLocalized<SafetyData>('safety');
