import { defineConfig } from 'vitest/config';

// One run for every workspace. Tests that boot servers or Chromium live in tests/;
// unit tests sit next to their package under <pkg>/test/.
export default defineConfig({
  test: {
    include: ['*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
