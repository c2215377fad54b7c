import type { SafetyData } from '../core/safety/schema.js';
import { shippedJson } from './shipped.js';

/** The screen's questions and wording (validated at build time, only parsed here). */
export const safetyData = (): SafetyData => shippedJson<SafetyData>('safety.json');
