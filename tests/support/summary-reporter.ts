import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** Ends the run with the plain line `N passed, N failed` (and `, N skipped`) that CI reads. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestCaseResult(testCase: TestCase): void {
    const state = testCase.result().state;
    if (state === 'passed') this.passed++;
    else if (state === 'failed') this.failed++;
    else this.skipped++;
  }

  onTestRunEnd(modules: readonly TestModule[], errors: readonly unknown[]): void {
    // A test file that fails to load or a hook that throws fails outside any test case: each counts as a failure.
    const moduleErrors = modules.reduce((count, module) => count + module.errors().length, 0);
    const failed = this.failed + moduleErrors + errors.length;
    const skipped = this.skipped > 0 ? `, ${this.skipped} skipped` : '';
    process.stdout.write(`\n${this.passed} passed, ${failed} failed${skipped}\n`);
  }
}
