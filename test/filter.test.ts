import { describe, expect, it } from 'vitest';
import { requireEntry } from '../src/commands/entries.js';
import { filterTechniques, findEntry, isDeskFriendly, nearestId } from '../src/core/catalog/filter.js';
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

describe('findEntry and nearestId', () => {
  it('finds techniques and routines; an unknown id is undefined', () => {
    expect(findEntry(builtIn(), 'cat-cow')?.kind).toBe('technique');
    expect(findEntry(builtIn(), 'desk-break')?.kind).toBe('routine');
    expect(findEntry(builtIn(), 'pilates')).toBeUndefined();
  });

  it.each([
    ['cat-cwo', 'cat-cow'],
    ['wall-angle', 'wall-angel'],
    ['pilates', undefined],
  ])('the nearest id to %s is %s', (id, nearest) => {
    expect(nearestId(builtIn(), id)).toBe(nearest);
  });

  it('the command line words it as a usage error', () => {
    expect(() => requireEntry(builtIn(), 'cat-cwo')).toThrow(UsageError);
    expect(() => requireEntry(builtIn(), 'cat-cwo')).toThrow("unknown technique 'cat-cwo' — did you mean 'cat-cow'?");
    expect(() => requireEntry(builtIn(), 'pilates')).toThrow(/^unknown technique 'pilates'\. Run/);
  });
});
