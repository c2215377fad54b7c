import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../data/paths.js';
import type { SafetyData } from './schema.js';

export const safetyDataPath = join(dataDir, 'safety.json');

let cached: SafetyData | undefined;

/** The screen's questions and wording; validated at build and test time, so only parsed here. */
export function safetyData(): SafetyData {
  cached ??= JSON.parse(readFileSync(safetyDataPath, 'utf8')) as SafetyData;
  return cached;
}
