import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the library in-process (rules, engine, meta-tests) without per-file isolation, which is
 * what makes the quick loop quick; `cli` runs the built executable end to end, plus the property and robustness
 * tests. `npm test` runs both; `npm run test:quick` runs `unit` alone.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/rules/**/*.test.ts', 'tests/engine/**/*.test.ts', 'tests/meta/**/*.test.ts', 'tests/packs/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          // The example bank pack's own tests import the built package, as a bank's do.
          include: ['tests/cli/**/*.test.ts', 'tests/robustness/**/*.test.ts', 'tests/properties/**/*.test.ts', 'fixtures/bank-pack/**/*.test.ts'],
        },
      },
    ],
  },
});
