import { describe, expect, it } from 'vitest';
import { filterTechniques, findEntry, isDeskFriendly } from '../src/core/catalog/filter.js';
import { UsageError } from '../src/shell/errors.js';
import { builtIn } from './helpers/catalog.js';

const ids = (filter: Parameters<typeof filterTechniques>[1]) => filterTechniques(builtIn().techniques, filter).map((t) => t.id);

describe('filterTechniques', () => {
  it.each([
    [{}, builtIn().techniques.map((t) => t.id)],
    [{ position: 'all-fours' }, ['cat-cow']],
    [{ position: 'lying' }, ['foam-roll-upper-back']],
    [{ equipment: 'foam roller' }, ['foam-roll-upper-back']],
    [{ equipment: 'Foam Roller' }, ['foam-roll-upper-back']],
    [{ area: 'neck', position: 'chair' }, ['shoulder-shrugs', 'neck-rolls']],
    [{ area: 'chest', desk: true }, ['arm-raises', 'wall-lean']],
    [{ position: 'floor', desk: true }, []],
  ])('%j → %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('"none" means no equipment, and desk-friendly means chair or standing with nothing to fetch', () => {
    expect(ids({ equipment: 'none' })).not.toContain('foam-roll-upper-back');
    const desk = ids({ desk: true });
    expect(desk).not.toContain('cat-cow');
    expect(desk).not.toContain('floor-seated-twist');
    expect(desk).toContain('chair-twist');
    for (const t of builtIn().techniques) expect(isDeskFriendly(t)).toBe(desk.includes(t.id));
  });
});

describe('findEntry', () => {
  it('finds techniques and routines', () => {
    expect(findEntry(builtIn(), 'cat-cow').kind).toBe('technique');
    expect(findEntry(builtIn(), 'desk-break').kind).toBe('routine');
  });

  it.each([
    ['cat-cwo', "unknown technique 'cat-cwo' — did you mean 'cat-cow'?"],
    ['wall-angle', "did you mean 'wall-angel'?"],
  ])('suggests the nearest id for %s', (id, message) => {
    expect(() => findEntry(builtIn(), id)).toThrow(UsageError);
    expect(() => findEntry(builtIn(), id)).toThrow(message);
  });

  it('does not suggest an unrelated id', () => {
    expect(() => findEntry(builtIn(), 'pilates')).toThrow(/^unknown technique 'pilates'\. Run/);
  });
});
