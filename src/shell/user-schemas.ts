/**
 * Everything that validates a user's file, in one lazily loaded bundle: zod is parsed once, only when a
 * config or catalog is actually there, and never on `limber list` or `--help` without them.
 */
export { makeCatalogSchema } from '../core/catalog/schema.js';
export { configSchema } from '../core/config/schema.js';
export { parseWithSchema } from './validate.js';
