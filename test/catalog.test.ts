import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeCatalogs } from '../src/core/catalog/merge.js';
import { makeCatalogSchema } from '../src/core/catalog/schema.js';
import { DataError } from '../src/shell/errors.js';
import { parseJsonText } from '../src/shell/json-file.js';
import { dataFiles, jsonSchemaText } from '../src/shell/schemas.js';
import { parseWithSchema } from '../src/shell/validate.js';
import { builtIn, mutableCatalog } from './helpers/catalog.js';

const validate = (data: unknown) => parseWithSchema(makeCatalogSchema(), data, 'catalog.json', 'see data/catalog.schema.json');

const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('the built-in data', () => {
  it.each(dataFiles.filter((f) => f.data).map((f) => [f.data!, f] as const))('%s passes its schema', (name, file) => {
    const data = JSON.parse(readFileSync(`data/${name}`, 'utf8'));
    expect(() => parseWithSchema(file.schema, data, name, 'x')).not.toThrow();
  });

  it.each(dataFiles.map((f) => [f.schemaFile, f] as const))('%s matches the zod schema (regenerate with npm run schema)', (name, file) => {
    expect(readFileSync(`data/${name}`, 'utf8')).toBe(jsonSchemaText(file.schema, file.title));
  });

  it('points at its JSON Schema', () => {
    expect(builtIn().techniques.length).toBeGreaterThanOrEqual(10);
    expect(JSON.parse(readFileSync('data/catalog.json', 'utf8')).$schema).toBe('./catalog.schema.json');
  });

  it('keeps the guide numbers', () => {
    const byId = new Map(builtIn().techniques.map((t) => [t.id, t]));
    const catCow = byId.get('cat-cow')!.movement;
    expect(catCow.sets).toBe(3);
    expect(catCow.phases[0]).toMatchObject({ type: 'reps', count: 5 });
    expect(byId.get('wall-angel')!.movement.phases[0]).toMatchObject({ type: 'reps', count: 10, upTo: 15 });
    expect(byId.get('wall-angel')!.setup[0]!.detail).toMatch(/6-12 inches/);
    expect(byId.get('foam-roll-upper-back')!.movement.phases[1]).toMatchObject({ type: 'hold', seconds: 20, upTo: 30 });
    for (const twist of ['chair-twist', 'floor-seated-twist']) expect(byId.get(twist)!.movement.sides).toBe('left-right');
  });

  it('has the routines the guide implies', () => {
    const ids = builtIn().routines.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['desk-break', 'guide-four']));
  });
});

describe('a broken catalog', () => {
  const cases: [string, (c: Record<string, any>) => void, string][] = [
    ['negative seconds', (c) => (c.techniques[3].setup[0].seconds = -2), 'catalog.json: techniques[3].setup[0].seconds: expected a positive number'],
    ['seconds as text', (c) => (c.techniques[0].setup[1].seconds = 'five'), 'techniques[0].setup[1].seconds: expected a number of seconds'],
    ['missing name', (c) => delete c.techniques[2].name, 'techniques[2].name: missing; expected text'],
    ['unknown position', (c) => (c.techniques[1].position = 'sofa'), 'techniques[1].position: expected one of "chair", "standing"'],
    ['typo in a field', (c) => (c.techniques[0].movement.secs = 2), 'techniques[0].movement: unknown field "secs" (a typo?)'],
    ['duplicate id', (c) => (c.techniques[1].id = c.techniques[0].id), 'techniques[1].id: duplicate id "chair-twist"'],
    ['routine names a missing technique', (c) => (c.routines[0].techniques[1] = 'nope'), 'routines[0].techniques[1]: no technique has the id "nope"'],
    ['cue too long', (c) => (c.techniques[0].setup[0].cue = 'x'.repeat(61)), 'a cue must fit in 60 characters'],
    ['upTo below count', (c) => (c.techniques[5].movement.phases[0].upTo = 2), '"upTo" (2) must not be below "count" (10)'],
    ['bad id', (c) => (c.techniques[0].id = 'Chair Twist'), 'techniques[0].id: expected a kebab-case id'],
  ];
  it.each(cases)('%s', (_name, breakIt, expected) => {
    const catalog = mutableCatalog();
    breakIt(catalog);
    const message = errorOf(() => validate(catalog));
    expect(message).toContain(expected);
    expect(message).toContain('Correct that value');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('counts further problems', () => {
    const catalog = mutableCatalog();
    catalog.techniques[0].name = 3;
    catalog.techniques[1].name = 4;
    expect(errorOf(() => validate(catalog))).toContain('(1 more problem after this one.)');
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{\n  "a": 1,\n}', 'line 3, column 1'],
    ['{\n  "a": tru\n}', 'line 2, column 8'],
    ['{"a": 1', 'line 1, column 8'],
    ['', 'line 1, column 1'],
  ])('%j names %s', async (text, where) => {
    await expect(parseJsonText(text, 'my.json')).rejects.toThrow(new RegExp(`^my\\.json: ${where}: .+ Correct the JSON`));
  });
});

describe('merging catalogs', () => {
  it('adds new techniques and replaces those with the same id', () => {
    const base = builtIn();
    const custom = { ...base.techniques[0]!, name: 'My twist' };
    const extra = { ...base.techniques[0]!, id: 'my-extra' };
    const merged = mergeCatalogs(base, { techniques: [custom, extra], routines: [] });
    expect(merged.techniques).toHaveLength(base.techniques.length + 1);
    expect(merged.techniques.find((t) => t.id === custom.id)!.name).toBe('My twist');
  });
});
