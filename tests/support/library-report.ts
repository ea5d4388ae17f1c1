import { Chalk } from 'chalk';
import { checkSources, checkSourcesAsync, type SourceInput } from '../../src/engine/check.js';
import { discoverFiles, displayName, evidenceAccess, readBytes } from '../../src/engine/sources.js';
import type { CheckOptions, Lang, Report } from '../../src/engine/types.js';
import type { FormatContext } from '../../src/report/format-context.js';
import { ROOT } from './run-cli.js';

/**
 * The files of these folders checked as the command line checks them (evidence and the text of evidence PDFs too),
 * kept whole as one report.
 */
export function libraryReport(folders: readonly string[], asOf = '2016-12-31'): Promise<Report> {
  const access = evidenceAccess();
  const inputs: SourceInput[] = discoverFiles([...folders], ROOT).files.map(({ path, explicit }) => {
    const read = readBytes(path);
    const file = displayName(path, ROOT);
    if (!read.ok) return { file, error: read.failure };
    const { read: evidence, readWithText: evidenceText } = access(path);
    return { file, bytes: read.bytes, evidence, evidenceText, explicit };
  });
  return checkSourcesAsync(inputs, { asOf });
}

/** In-memory dossiers under the names given, checked as one report. */
export function textReport(files: Readonly<Record<string, string>>, options: Partial<CheckOptions> = {}): Report {
  const encoder = new TextEncoder();
  return checkSources(
    Object.entries(files).map(([file, text]) => ({ file, bytes: encoder.encode(text) })),
    { asOf: '2016-12-31', ...options },
  );
}

/** What a machine format is given: no colour, nothing verbose. */
export function plainContext(lang: Lang = 'en'): FormatContext {
  return { lang, color: new Chalk({ level: 0 }), verbose: false, quiet: false };
}
