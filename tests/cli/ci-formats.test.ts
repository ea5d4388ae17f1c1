import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const CHECK = ['check', 'fixtures/dossiers', '--as-of', '2016-12-31'];

/** The summary of the example dossiers, as `--format json` gives it: the other formats must agree with it. */
function jsonSummary(): { dossiers: number; passed: number; failed: number; errors: number; warnings: number } {
  const run = runCli([...CHECK, '--format', 'json']);
  return (JSON.parse(run.stdout) as { summary: ReturnType<typeof jsonSummary> }).summary;
}

describe('the CI formats from the built command', () => {
  const summary = jsonSummary();

  it('--format junit writes JUnit XML a parser reads into one suite per dossier', () => {
    const run = runCli([...CHECK, '--format', 'junit']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(run.stdout) as {
      testsuites: { testsuite: { '@_name': string; '@_failures': string; testcase: unknown[] }[] };
    };
    const suites = parsed.testsuites.testsuite;
    expect(suites).toHaveLength(summary.dossiers);
    expect(suites.filter((suite) => Number(suite['@_failures']) > 0)).toHaveLength(summary.failed);
    expect(suites.every((suite) => suite.testcase.length > 0)).toBe(true);
  });

  it('--format github writes one workflow command per finding, then the summary line', () => {
    const run = runCli([...CHECK, '--format', 'github', '--lang', 'zh']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(summary.errors);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(summary.warnings);
    expect(lines.at(-1)).toMatch(/^共检查 \d+ 份资料（基准日 2016-12-31）/);
  });

  it('--format markdown writes a comment-sized report led by the summary table', () => {
    const run = runCli([...CHECK, '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`| ${summary.dossiers} | ${summary.passed} | ${summary.failed} | ${summary.errors} | ${summary.warnings} |`);
    expect(run.stdout.match(/<details>/g)).toHaveLength(summary.failed + 1);
    expect(Buffer.byteLength(run.stdout)).toBeLessThanOrEqual(65_536);
  });
});
