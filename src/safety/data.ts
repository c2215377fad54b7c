import { shippedJson } from '../data/shipped.js';
import type { SafetyData } from './schema.js';

/** The screen's questions and wording (validated at build time, only parsed here). */
export const safetyData = (): SafetyData => shippedJson<SafetyData>('safety.json');
