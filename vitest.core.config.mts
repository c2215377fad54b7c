import { defineConfig } from 'vitest/config';

/** The in-process tests (no binary, no pty, no browser): what `npm run mutate` runs against each mutant of src/core. */
export default defineConfig({
  test: {
    include: [
      'test/catalog.test.ts',
      'test/filter.test.ts',
      'test/fit.test.ts',
      'test/guide.test.ts',
      'test/history.test.ts',
      'test/plan.test.ts',
      'test/profile.test.ts',
      'test/runner.test.ts',
      'test/text.test.ts',
      'test/triage.test.ts',
      'test/vignettes.test.ts',
      'test/screens.test.ts',
      'test/core-*.test.ts',
      'test/day-table.test.ts',
      'test/pose.test.ts',
      'test/i18n.test.ts',
      'test/dates-words.test.ts',
      'test/lazy-messages.test.ts',
      'test/remind-core.test.ts',
      'test/remind-scheduler.test.ts',
      'test/remind-loop.test.ts',
    ],
    testTimeout: 20_000,
  },
});
