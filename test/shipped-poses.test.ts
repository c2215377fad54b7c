import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/core/catalog/model.js';
import { useLanguage } from '../src/core/i18n/translate.js';
import type { Pose } from '../src/core/pose/model.js';
import { shippedLocalized } from '../src/shell/language.js';
import { poseLibrary } from '../src/shell/poses.js';
import { builtIn, builtInPoses } from './helpers/catalog.js';
import { emptyHome } from './helpers/cli.js';

const shipped = builtInPoses();
const catalog = builtIn();
const messages = (language: string) => JSON.parse(readFileSync(`data/messages/${language}.json`, 'utf8')).messages;

/** The poses the library gives for every shipped id, in the current language. */
const everyPose = (library: ReturnType<typeof poseLibrary>) => [...shipped.keys()].map((id) => library.get(id));

describe('the shipped poses, one a line in dist/poses.ndjson, parsed only when asked for', () => {
  afterEach(() => useLanguage('en'));

  it('hold every pose of data/poses.json, exactly, and in ASCII', () => {
    const text = readFileSync('dist/poses.ndjson', 'utf8');
    expect(text.trimEnd().split('\n'), 'dist/poses.ndjson is missing or stale: run npm run build').toHaveLength(shipped.size);
    expect(text).toMatch(/^[\u0000-\u007f]*$/);
    expect(everyPose(poseLibrary(catalog))).toEqual([...shipped.values()]);
  });

  it.each(['de', 'es'])('in %s, each name is translated as the whole file translates it', (language) => {
    useLanguage(language as 'de' | 'es', messages(language));
    const whole = shippedLocalized<{ poses: Pose[] }>('poses').poses;
    expect(everyPose(poseLibrary(catalog))).toEqual(whole);
    expect(whole.some((pose, i) => pose.name !== [...shipped.values()][i]!.name)).toBe(true);
  });

  it('an id that is not there is none, and a catalog’s own pose wins over a shipped one of the same id', () => {
    const [first] = shipped.values();
    const mine: Pose = { ...first!, name: 'My own', joints: { ...first!.joints, head: [50, 10] } };
    const library = poseLibrary({ ...catalog, poses: [mine] } as Catalog);
    expect(library.get(first!.id)).toEqual(mine);
    expect(library.get('no-such-pose')).toBeUndefined();
    // An id that only starts another, or sits inside another line, is not there either.
    expect(library.get(first!.id.slice(0, -1))).toBeUndefined();
    expect(library.get('head')).toBeUndefined();
  });

  it('without the build’s file (run from the sources), the whole of data/poses.json gives the same poses', () => {
    const library = poseLibrary(catalog, join(emptyHome(), 'poses.ndjson'));
    expect(everyPose(library)).toEqual([...shipped.values()]);
  });

  it('a damaged line is read from data/poses.json instead; the other lines are still used', () => {
    const [first, second] = shipped.values();
    const path = join(emptyHome(), 'poses.ndjson');
    writeFileSync(
      path,
      `${JSON.stringify([first!.id, first]).slice(0, 40)}\n${JSON.stringify([second!.id, { ...second, name: 'From the file' }])}\n`,
    );
    const library = poseLibrary(catalog, path);
    expect(library.get(first!.id)).toEqual(first);
    expect(library.get(second!.id)?.name).toBe('From the file');
  });
});
