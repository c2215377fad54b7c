import type { DeskData } from '../core/desk/schema.js';
import { localized } from './language.js';
import { shippedJson } from './shipped.js';

/** The desk set-up check's items and sources (validated at build time, only parsed here). */
export const deskData = (): DeskData => localized('desk', shippedJson<DeskData>('desk.json'));
