import { checkSourceAsync } from '../engine/check.js';
import type { SourceOutcome } from '../engine/check-dossier.js';
import { displayName, evidenceAccess, readBytes } from '../engine/sources.js';
import type { CheckOptions } from '../engine/types.js';

/**
 * What checking one file depends on besides the file. Plain data (a rule set of one's own aside), so a worker
 * thread can be given it.
 */
export interface FileCheckSettings {
  cwd: string;
  asOf: string;
  maxFileSize: number;
  /** Run only these dossier rules, by id. */
  only?: readonly string[];
  /** The reviewer's configuration of rules and parameters. */
  ruleSettings?: CheckOptions['ruleSettings'];
  parameterOverrides?: CheckOptions['parameterOverrides'];
}

/** Reads and checks one file by its absolute path; `explicit` when it was named on the command line. */
export type CheckOneFile = (path: string, explicit: boolean) => Promise<SourceOutcome>;

/**
 * The unit of work of a run, the same in the main thread and in a worker: read one file, check it (reading the
 * text of its evidence PDFs first), return its outcome. Each checker hashes an evidence file once however many
 * dossiers name it, so a run (or a worker) keeps one checker for all its files.
 */
export function fileChecker(settings: FileCheckSettings, rules?: CheckOptions['rules']): CheckOneFile {
  const evidence = evidenceAccess();
  const options: CheckOptions = {
    asOf: settings.asOf,
    maxFileSize: settings.maxFileSize,
    ...(settings.only ? { only: new Set(settings.only) } : {}),
    ...(rules ? { rules } : {}),
    ...(settings.ruleSettings ? { ruleSettings: settings.ruleSettings } : {}),
    ...(settings.parameterOverrides ? { parameterOverrides: settings.parameterOverrides } : {}),
  };
  return async function checkOneFile(path, explicit) {
    const read = readBytes(path, settings.maxFileSize);
    const file = displayName(path, settings.cwd);
    if (!read.ok) return checkSourceAsync({ file, error: read.failure }, options);
    const access = evidence(path);
    return checkSourceAsync({ file, bytes: read.bytes, evidence: access.read, evidenceText: access.readWithText, explicit }, options);
  };
}
