import { ExitCode } from '../errors.js';
import type { Level } from './triage.js';

export const exitCodeFor = (level: Level): number =>
  level === 'urgent' ? ExitCode.urgent : level === 'see-professional' ? ExitCode.seeProfessional : ExitCode.ok;
