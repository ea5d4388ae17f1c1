import { createHash } from 'node:crypto';
import { type AuditSettings, catalogueVersion } from './audit.js';
import { parametersInForce } from '../notice/parameters.js';
import type { EvidenceFile } from '../rules/define-rule.js';
import { INPUT_RULES } from '../rules/registry.js';
import type { Dossier } from '../dossier/types.js';
import { compareText, failedDossier, readDossierText, type ReadDossier, type SourceOutcome } from './check-dossier.js';
import { decodeSource } from './decode.js';
import { DEFAULT_MAX_FILE_SIZE } from './read-limits.js';
import type { CheckOptions, DossierResult, Localized, Report, SkippedFile } from './types.js';
import { TOOL } from './version.js';

/** Reads an evidence file named (relative to the dossier) by a dossier. */
export type EvidenceReader = (relativePath: string) => EvidenceFile;

/** Reads an evidence file and, when it is a PDF, its text layer: the asynchronous step before the rules run. */
export type EvidenceTextReader = (relativePath: string) => Promise<EvidenceFile>;

/**
 * One input: the bytes of a file, or why they could not be read. `evidenceText` is used by the asynchronous checks
 * only (`checkSourceAsync`); give it together with `evidence`, from the same `evidenceAccess`.
 */
export type SourceInput =
  | { file: string; bytes: Uint8Array; evidence?: EvidenceReader; evidenceText?: EvidenceTextReader; explicit?: boolean }
  | { file: string; error: ReadFailure };

/** Why a file could not be read; `tooLarge` carries its size, or only how much was read (`atLeast`) of a stream. */
export type ReadFailure = { kind: 'tooLarge'; size: number; atLeast?: boolean } | { kind: 'unreadable'; detail: Localized };

export { DEFAULT_MAX_FILE_SIZE } from './read-limits.js';

const START_OF_FILE = { range: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
const { yamlSyntax } = INPUT_RULES;

/** `17825792` → `17.0 MiB` */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function readFailureDossier(file: string, failure: ReadFailure, limit: number): DossierResult {
  if (failure.kind === 'tooLarge') {
    return failedDossier(file, {
      rule: yamlSyntax,
      messageId: 'tooLarge',
      data: { size: `${failure.atLeast ? '> ' : ''}${formatSize(failure.size)}`, limit: formatSize(limit) },
      at: START_OF_FILE,
    });
  }
  return failedDossier(file, { rule: yamlSyntax, messageId: 'unreadable', data: { detail: failure.detail }, at: START_OF_FILE });
}

/**
 * Checks one source: a dossier's result, or why it was skipped as not being one. Pure, and the unit of work of a
 * run, whether the run keeps the results (`checkSources`) or streams them. Synchronous, so the text of evidence
 * PDFs is not read and `evidence-text` reports nothing; `checkSourceAsync` reads it.
 */
export function checkSource(input: SourceInput, options: CheckOptions): SourceOutcome {
  const stage = readSource(input, options);
  return stage.kind === 'read' ? stage.finish('error' in input ? undefined : input.evidence) : stage;
}

/**
 * `checkSource`, reading first the text layer of the evidence PDFs the dossier names (with `input.evidenceText`),
 * so `evidence-text` can compare it with what the dossier declares. Used by the command line.
 */
export async function checkSourceAsync(input: SourceInput, options: CheckOptions): Promise<SourceOutcome> {
  const stage = readSource(input, options);
  if (stage.kind !== 'read' || 'error' in input) return stage.kind === 'read' ? stage.finish(undefined) : stage;
  const { evidence, evidenceText } = input;
  // Text is read only for the rule that compares it: `--rule evidence-matches` reads no PDF text.
  const textRead = !options.only || options.only.has(EVIDENCE_TEXT_RULE);
  if (!evidence || !evidenceText || !stage.dossier || !textRead) return stage.finish(evidence);
  const prepared = new Map<string, EvidenceFile>();
  // One file at a time: a PDF's bytes are held only while its text is read.
  for (const path of evidencePaths(stage.dossier)) prepared.set(path, await evidenceText(path));
  // The plain reader is still asked for each path, so whoever records what a check read (the result cache) sees it.
  return stage.finish((path) => {
    const read = evidence(path);
    return prepared.get(path) ?? read;
  });
}

/** The rule that reads the text of evidence PDFs (`src/rules/organisation/evidence-text.ts`). */
const EVIDENCE_TEXT_RULE = 'evidence-text';

/** The evidence paths a dossier names, each once. */
function evidencePaths(dossier: Dossier): string[] {
  return [...new Set(dossier.documents.flatMap((document) => (document.evidence ? [document.evidence.file] : [])))];
}

function readSource(input: SourceInput, options: CheckOptions): SourceOutcome | ReadDossier {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if ('error' in input) return { kind: 'dossier', result: readFailureDossier(input.file, input.error, limit) };
  if (input.bytes.length > limit) {
    return { kind: 'dossier', result: readFailureDossier(input.file, { kind: 'tooLarge', size: input.bytes.length }, limit) };
  }
  // Ties every report to the exact bytes that were judged.
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const decoded = decodeSource(input.bytes);
  if (!decoded.ok) {
    const finding = { rule: yamlSyntax, messageId: decoded.reason, data: { byte: decoded.detail ?? '' }, at: { range: decoded.at } };
    return { kind: 'dossier', result: { ...failedDossier(input.file, finding), sha256 } };
  }
  const stage = readDossierText(decoded.text, input.file, options, {
    ...(input.explicit ? { explicit: true } : {}),
    ...(decoded.convertedFrom ? { convertedFrom: decoded.convertedFrom } : {}),
  });
  if (stage.kind !== 'read') return stage.kind === 'dossier' ? { kind: 'dossier', result: { ...stage.result, sha256 } } : stage;
  return {
    ...stage,
    finish(evidence) {
      const outcome = stage.finish(evidence);
      return outcome.kind === 'dossier' ? { kind: 'dossier', result: { ...outcome.result, sha256 } } : outcome;
    },
  };
}

/**
 * Checks many sources into one report, sorted by file name. Pure: inputs in, data out. Synchronous: the text of
 * evidence PDFs is not read (see `checkSourcesAsync`).
 */
export function checkSources(inputs: Iterable<SourceInput>, options: CheckOptions): Report {
  return reportOf(
    Array.from(inputs, (input) => checkSource(input, options)),
    options,
  );
}

/** `checkSources`, reading the text layer of evidence PDFs as the command line does (see `checkSourceAsync`). */
export async function checkSourcesAsync(inputs: Iterable<SourceInput>, options: CheckOptions): Promise<Report> {
  const outcomes: SourceOutcome[] = [];
  for (const input of inputs) outcomes.push(await checkSourceAsync(input, options));
  return reportOf(outcomes, options);
}

/** The report of checked sources: dossiers and skipped files sorted by name, with the parameters and audit settings. */
export function reportOf(outcomes: readonly SourceOutcome[], options: CheckOptions): Report {
  const dossiers: DossierResult[] = [];
  const skipped: SkippedFile[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'dossier') dossiers.push(outcome.result);
    else skipped.push(outcome.skipped);
  }
  dossiers.sort((a, b) => compareText(a.file, b.file));
  skipped.sort((a, b) => compareText(a.file, b.file));
  const audit: AuditSettings = {
    tool: TOOL,
    catalogue: catalogueVersion(options.rules),
    configuration: null,
    waivers: null,
    asOf: options.asOf,
    options: { rules: options.only ? [...options.only].sort() : null, packs: [] },
  };
  return { tool: TOOL, asOf: options.asOf, parameters: parametersInForce(options.asOf, options.parameterOverrides), dossiers, skipped, audit };
}
