import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkSourcesAsync, type SourceInput } from '../../src/engine/check.js';
import { discoverFiles, displayName, evidenceAccess, readBytes } from '../../src/engine/sources.js';
import { FORMAT_NAMES, FORMATTERS, type FormatName } from '../../src/report/formatters.js';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT } from '../support/run-cli.js';

/** The same files as the command line reads them (the text of evidence PDFs too), kept whole for the library's formatters. */
function libraryReport(folders: string[]) {
  const evidence = evidenceAccess();
  const inputs: SourceInput[] = discoverFiles(folders, ROOT).files.map(({ path, explicit }) => {
    const read = readBytes(path);
    const file = displayName(path, ROOT);
    const access = evidence(path);
    return read.ok ? { file, bytes: read.bytes, evidence: access.read, evidenceText: access.readWithText, explicit } : { file, error: read.failure };
  });
  return checkSourcesAsync(inputs, { asOf: '2016-12-31' });
}

describe('the streamed report is the report the library formats', () => {
  const cases: [FormatName, string[], { verbose?: boolean; quiet?: boolean }][] = [
    ['text', [], {}],
    ['text', ['--verbose'], { verbose: true }],
    ['text', ['--quiet'], { quiet: true }],
    // Every other format as it is by default.
    ...FORMAT_NAMES.filter((format) => format !== 'text').map((format): [FormatName, string[], object] => [format, [], {}]),
  ];
  it.each(cases)('%s %j, byte for byte', async (format, flags, options) => {
    for (const folder of ['fixtures/dossiers', 'fixtures/robustness']) {
      const cli = await runInProcess(['check', folder, '--format', format, '--as-of', '2016-12-31', '--lang', 'en', ...flags]);
      const expected = FORMATTERS[format](await libraryReport([folder]), {
        lang: 'en',
        color: new Chalk({ level: 0 }),
        verbose: options.verbose ?? false,
        quiet: options.quiet ?? false,
      });
      expect(cli.stdout).toBe(expected);
    }
  });

  it('the JSON report of a run that finds no dossier is still one document, with its summary last', async () => {
    const cli = await runInProcess(['check', 'fixtures/dossiers/scans', '--format', 'json', '--as-of', '2016-12-31', '--allow-empty']);
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ dossiers: [], skipped: [], summary: { dossiers: 0, skipped: 0 } });
    expect(Object.keys(report).at(-1)).toBe('summary');
  });

  it('a run that finds no dossier writes nothing to stdout', async () => {
    const empty = await runInProcess(['check', 'fixtures/dossiers/scans', '--format', 'json']);
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toMatch(/^dossier-check: no dossier found/);
  });
});
