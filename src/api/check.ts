import { isAbsolute, resolve } from 'node:path';
import { fileChecker } from '../cli/check-file.js';
import { isIsoDate } from '../dossier/dates.js';
import { checkSource, reportOf, type SourceInput } from '../engine/check.js';
import type { SourceOutcome } from '../engine/check-dossier.js';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/read-limits.js';
import { discoverFiles } from '../engine/sources.js';
import { type Summary, summarize } from '../engine/summary.js';
import type { CheckOptions, DossierResult, Report } from '../engine/types.js';
import type { Rule } from '../rules/define-rule.js';

/** A dossier given as text (or bytes) rather than as a file: it has no folder, so no evidence file is read for it. */
export interface DossierSource {
  /** The name findings show for it. */
  file: string;
  text: string | Uint8Array;
}

/** Files and folders to check (folders are searched for `.yaml`/`.yml`), or dossiers given as text. */
export type CheckInput = string | readonly string[] | { sources: readonly DossierSource[] };

export interface LibraryCheckOptions {
  /** The date judged on, `YYYY-MM-DD`; default: today, in local time. */
  asOf?: string;
  /** Relative paths are taken from here, and files are named relative to it in the report; default: `process.cwd()`. */
  cwd?: string;
  /** Run only these rules, by id. */
  only?: readonly string[];
  /** Rules to run instead of the built-in ones (`ALL_RULES` plus one's own, say). */
  rules?: readonly Rule[];
  /** Files larger than this many bytes are refused unread (default 16 MiB). */
  maxFileSize?: number;
  /** The reviewer's settings of rules by id (off, or another severity), as a configuration file gives them. */
  ruleSettings?: CheckOptions['ruleSettings'];
  /** Parameter values the reviewer sets, each with its document. */
  parameterOverrides?: CheckOptions['parameterOverrides'];
}

/** A report with its counts, as every formatter's input and as the data behind `dossier-check check`. */
export interface CheckReport extends Report {
  summary: Summary;
}

/** A path given to `check` that does not exist; the command line reports the same as a usage error. */
export class MissingPathError extends Error {
  constructor(readonly paths: readonly string[]) {
    super(`no such file or folder: ${paths.join(', ')}`);
    this.name = 'MissingPathError';
  }
}

/**
 * Checks dossiers as `dossier-check check` does — the same discovery of files in folders, the same reading, the same
 * evidence files beside each dossier, the same engine — and resolves to the report with its summary. It writes
 * nothing and reads no environment: the caller formats the report (`format`) and decides the exit code (`exitCode`).
 */
export async function check(input: CheckInput, options: LibraryCheckOptions = {}): Promise<CheckReport> {
  const asOf = options.asOf ?? localToday();
  if (!isIsoDate(asOf)) throw new RangeError(`asOf expects a real date as YYYY-MM-DD, got "${asOf}"`);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const engineOptions: CheckOptions = {
    asOf,
    maxFileSize,
    ...(options.only ? { only: new Set(options.only) } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.ruleSettings ? { ruleSettings: options.ruleSettings } : {}),
    ...(options.parameterOverrides ? { parameterOverrides: options.parameterOverrides } : {}),
  };

  const outcomes: SourceOutcome[] = [];
  if (typeof input === 'object' && 'sources' in input) {
    for (const source of input.sources) {
      const bytes = typeof source.text === 'string' ? new TextEncoder().encode(source.text) : source.text;
      const given: SourceInput = { file: source.file, bytes, explicit: true };
      outcomes.push(checkSource(given, engineOptions));
    }
  } else {
    const cwd = options.cwd === undefined ? process.cwd() : isAbsolute(options.cwd) ? options.cwd : resolve(options.cwd);
    const paths = typeof input === 'string' ? [input] : [...input];
    const { files, missing } = discoverFiles(paths, cwd);
    if (missing.length > 0) throw new MissingPathError(missing);
    // The command line's own unit of work: it hashes each evidence file once however many dossiers name it, and reads
    // the text of evidence PDFs as the command line does.
    const { ruleSettings, parameterOverrides } = engineOptions;
    const settings = {
      cwd,
      asOf,
      maxFileSize,
      ...(options.only ? { only: options.only } : {}),
      ...(ruleSettings ? { ruleSettings } : {}),
      ...(parameterOverrides ? { parameterOverrides } : {}),
    };
    const checkOneFile = fileChecker(settings, options.rules);
    for (const { path, explicit } of files) outcomes.push(await checkOneFile(path, explicit));
  }

  const checked = reportOf(outcomes, engineOptions);
  // `debug` holds stack traces for the command line's --debug; a report never carries them.
  const report: Report = { ...checked, dossiers: checked.dossiers.map(withoutDebug) };
  return { ...report, summary: summarize(report) };
}

function withoutDebug(result: DossierResult): DossierResult {
  if (result.debug === undefined) return result;
  const { debug: _debug, ...rest } = result;
  return rest;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
