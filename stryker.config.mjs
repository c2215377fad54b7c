/**
 * Mutation testing of the pure core: `npm run mutate` (slow, so not part of `npm test`). Each mutant of
 * src/core is run against the in-process tests; the score says how much of the core's behaviour they pin.
 * The zod schema declarations are left out: they are data, checked against the shipped files at build time.
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.core.config.mts' },
  mutate: ['src/core/**/*.ts', '!src/core/**/*schema.ts', '!src/core/catalog/model.ts', '!src/core/session/clock.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
