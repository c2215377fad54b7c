import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SafetyData } from './schema.js';

export const safetyDataPath = fileURLToPath(new URL('../../data/safety.json', import.meta.url));

let cached: SafetyData | undefined;

/** The screen's questions and wording; validated at build and test time, so only parsed here. */
export function safetyData(): SafetyData {
  cached ??= JSON.parse(readFileSync(safetyDataPath, 'utf8')) as SafetyData;
  return cached;
}
