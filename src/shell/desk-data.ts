import type { DeskData } from '../core/desk/schema.js';
import { shippedJson } from './shipped.js';

/** The desk set-up check's items and sources (validated at build time, only parsed here). */
export const deskData = (): DeskData => shippedJson<DeskData>('desk.json');
