import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Sandbox tests share host uids and cgroups; files run one at a time, tests within a file in order.
    fileParallelism: false,
    reporters: ['default'],
  },
});
