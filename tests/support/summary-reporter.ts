import type { Reporter, TestCase } from 'vitest/node';

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

  onTestRunEnd(_modules: unknown, errors: readonly unknown[]): void {
    // An error outside any test (a file that fails to load) is a failure too.
    const failed = this.failed + errors.length;
    const skipped = this.skipped > 0 ? `, ${this.skipped} skipped` : '';
    process.stdout.write(`\n${this.passed} passed, ${failed} failed${skipped}\n`);
  }
}
