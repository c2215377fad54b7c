import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Binary and pseudo-terminal tests measure timing; keep files from competing for the two cores.
    fileParallelism: false,
  },
});
