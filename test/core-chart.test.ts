import { describe, expect, it } from 'vitest';
import { mergeCatalogs } from '../src/core/catalog/merge.js';
import { buildChart } from '../src/core/chart/model.js';
import { builtInPoses, technique } from './helpers/catalog.js';

const box = { warningSigns: ['Sign'], stopRule: 'Stop.' };
const poses = builtInPoses();

describe('the chart model', () => {
  it('one technique, whole: name, time, position, equipment, set-up, movement lines, cautions, sources, figures', () => {
    const chart = buildChart('T', 'S', [{ technique: technique('cat-cow') }], box, poses, 'Note');
    expect(chart).toMatchObject({ title: 'T', summary: 'S', totalSeconds: 134, safety: box, personalNote: 'Note' });
    const [t] = chart.techniques;
    expect(t).toEqual({
      name: 'Cat-cow',
      id: 'cat-cow',
      seconds: 134,
      position: 'all-fours',
      equipment: 'none',
      setup: ['Hands and knees, hands under shoulders', 'Draw your belly in lightly'],
      movement: ['3 sets, 15 s rest between', '5 reps: Cow: lift your head, let the back dip (3 s) → Cat: round your back, head down (3 s)'],
      cautions: technique('cat-cow').cautions,
      sources: technique('cat-cow').sources,
      figures: [poses.get('all-fours'), poses.get('cow'), poses.get('cat')],
    });
  });

  it.each([
    ['chair-twist', false, 'Seated twist on a chair', ['Hold 25 s (about 4 breaths), each side: Turn, hand on the backrest, breathe slowly']],
    ['chair-twist', true, 'Seated twist on a chair (gentle)', ['Hold 20 s (about 3 breaths), each side: Turn halfway, hands on thighs, breathe']],
    [
      'foam-roll-upper-back',
      false,
      'Upper-back foam rolling',
      [
        '2 sets, 10 s rest between',
        '4 reps: Push with your legs, roll toward the shoulders (4 s) → Roll back down to the mid-back (4 s)',
        'Hold 20-30 s: Rest on a tender spot, breathe',
      ],
    ],
    ['shoulder-shrugs', true, 'Shoulder shrugs (gentle)', ['6 reps: Shoulders up a little, breathe in (2 s) → Let them drop, breathe out (2 s)']],
  ])('%s (gentle: %s): the name and the movement as printed', (id, gentle, name, movement) => {
    const [t] = buildChart('T', 'S', [{ technique: technique(id), gentle }], box, poses).techniques;
    expect(t!.name).toBe(name);
    expect(t!.movement).toEqual(movement);
  });

  it('equipment is listed; a hold without breaths says none; a pose the library lacks is left out', () => {
    const roll = buildChart('T', 'S', [{ technique: technique('foam-roll-upper-back') }], box, new Map()).techniques[0]!;
    expect(roll.equipment).toBe('foam roller');
    expect(roll.figures).toEqual([]);
    const bare = {
      ...technique('wall-lean'),
      movement: { ...technique('wall-lean').movement, phases: [{ type: 'hold' as const, cue: 'Lean', seconds: 10 }] },
    };
    expect(buildChart('T', 'S', [{ technique: bare }], box, poses).techniques[0]!.movement.at(-1)).toBe('Hold 10 s: Lean');
  });
});

describe('merging catalogs with poses', () => {
  const cow = poses.get('cow')!;
  const cat = poses.get('cat')!;
  const base = { techniques: [technique('cat-cow')], routines: [] };
  it('no poses anywhere: no poses key', () => {
    expect(mergeCatalogs(base, { techniques: [], routines: [] })).toEqual(base);
  });
  it('poses are added, and a later one with the same id replaces the earlier', () => {
    const merged = mergeCatalogs({ ...base, poses: [cow] }, { techniques: [], routines: [], poses: [cat, { ...cow, name: 'Mine' }] });
    expect(merged.poses).toEqual([{ ...cow, name: 'Mine' }, cat]);
    expect(merged.techniques).toEqual(base.techniques);
    expect(mergeCatalogs({ ...base, poses: [cow] }).poses).toEqual([cow]);
    expect(mergeCatalogs(base, { techniques: [], routines: [{ id: 'r', name: 'R', summary: 'S', techniques: ['cat-cow'] }] }).routines).toHaveLength(
      1,
    );
  });
});
