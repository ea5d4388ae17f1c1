import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` runs the library in-process (rules, engine, meta-tests, formatters, configuration) without
 * per-file isolation, which is what makes the quick loop quick; `cli` runs the built executable end to end, plus the
 * property and robustness tests; `editor` drives a real YAML language server with the dossier schema; `browser` opens
 * reports in headless Chromium. `npm test` runs all four; `npm run test:quick` runs `unit` alone.
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
          include: [
            'tests/rules/**/*.test.ts',
            'tests/engine/**/*.test.ts',
            'tests/meta/**/*.test.ts',
            'tests/report/**/*.test.ts',
            'tests/config/**/*.test.ts',
            'tests/packs/**/*.test.ts',
          ],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          // The example bank pack's own tests import the built package, as a bank's do.
          include: [
            'tests/cli/**/*.test.ts',
            'tests/robustness/**/*.test.ts',
            'tests/properties/**/*.test.ts',
            'tests/package/**/*.test.ts',
            'fixtures/bank-pack/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'editor',
          include: ['tests/editor/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Reports in real headless Chromium; skipped with a message where there is none, a failure in CI.
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
        },
      },
    ],
  },
});
