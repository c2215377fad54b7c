import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractMessages } from '../scripts/messages.mjs';

// Apart from the i18n tests because it reads the source itself, which mutation testing rewrites.
it('data/messages/en.json lists exactly the texts the code passes through t() and tn()', () => {
  expect(JSON.parse(readFileSync('data/messages/en.json', 'utf8')).messages).toEqual(extractMessages());
});
