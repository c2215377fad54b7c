import type { DeskData } from '../core/desk/schema.js';
import { shippedLocalized } from './language.js';

/** The desk set-up check's items and sources (validated at build time, only parsed here). */
export const deskData = (): DeskData => shippedLocalized<DeskData>('desk');
