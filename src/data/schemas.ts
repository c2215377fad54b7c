import { z } from 'zod';
import { makeCatalogSchema } from '../catalog/schema.js';
import { safetySchema } from '../safety/schema.js';

/** The data files limber ships, each with the schema that validates it and the JSON Schema generated from it. */
export const dataFiles = [
  { data: 'catalog.json', schemaFile: 'catalog.schema.json', schema: makeCatalogSchema(), title: 'limber technique catalog' },
  { data: 'safety.json', schemaFile: 'safety.schema.json', schema: safetySchema, title: 'limber safety screen' },
] as const;

/** The JSON Schema text for a data file, generated from its zod schema (the one source of truth). */
export function jsonSchemaText(schema: z.ZodType, title: string): string {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...generated, title }, null, 2)}\n`;
}
