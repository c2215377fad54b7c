import { z } from 'zod';
import { makeCatalogSchema } from '../core/catalog/schema.js';
import { configSchema } from '../core/config/schema.js';
import { deskSchema } from '../core/desk/schema.js';
import { translationFileSchema } from '../core/i18n/schema.js';
import { posesFileSchema } from '../core/pose/schema.js';
import { safetySchema } from '../core/safety/schema.js';

/**
 * The JSON files limber reads, each with the zod schema that validates it and the JSON Schema generated
 * from it. `data` names the shipped file checked at build time; config.json is the user's, so it has none.
 */
export const dataFiles: readonly {
  data?: string;
  schemaFile: string;
  schema: z.ZodType;
  title: string;
  /** The schema the shipped file is checked with, when it needs more than the JSON Schema says. */
  check?: (poseIds: ReadonlySet<string>) => z.ZodType;
}[] = [
  { data: 'poses.json', schemaFile: 'poses.schema.json', schema: posesFileSchema, title: 'limber poses' },
  {
    data: 'catalog.json',
    schemaFile: 'catalog.schema.json',
    schema: makeCatalogSchema(),
    title: 'limber technique catalog',
    check: (poseIds) => makeCatalogSchema(new Set(), poseIds),
  },
  { data: 'safety.json', schemaFile: 'safety.schema.json', schema: safetySchema, title: 'limber safety screen' },
  { data: 'desk.json', schemaFile: 'desk.schema.json', schema: deskSchema, title: 'limber desk set-up check' },
  { schemaFile: 'config.schema.json', schema: configSchema, title: 'limber config.json' },
  { schemaFile: 'translation.schema.json', schema: translationFileSchema, title: 'limber data translation' },
];

/** The JSON Schema text for a data file, generated from its zod schema (the one source of truth). */
export function jsonSchemaText(schema: z.ZodType, title: string): string {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...generated, title }, null, 2)}\n`;
}
