import { createHash } from 'node:crypto';
import { type AuditSettings, catalogueVersion } from './audit.js';
import { parametersInForce } from '../notice/parameters.js';
import type { EvidenceFile } from '../rules/define-rule.js';
import { INPUT_RULES } from '../rules/registry.js';
import { checkDossierText, compareText, failedDossier, type SourceOutcome } from './check-dossier.js';
import { decodeSource } from './decode.js';
import { DEFAULT_MAX_FILE_SIZE } from './read-limits.js';
import type { CheckOptions, DossierResult, Localized, Report, SkippedFile } from './types.js';
import { TOOL } from './version.js';

/** Reads an evidence file named (relative to the dossier) by a dossier. */
export type EvidenceReader = (relativePath: string) => EvidenceFile;

/** One input: the bytes of a file, or why they could not be read. */
export type SourceInput = { file: string; bytes: Uint8Array; evidence?: EvidenceReader; explicit?: boolean } | { file: string; error: ReadFailure };

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
 * run, whether the run keeps the results (`checkSources`) or streams them.
 */
export function checkSource(input: SourceInput, options: CheckOptions): SourceOutcome {
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
  const outcome = checkDossierText(decoded.text, input.file, options, {
    ...(input.evidence ? { evidence: input.evidence } : {}),
    ...(input.explicit ? { explicit: true } : {}),
    ...(decoded.convertedFrom ? { convertedFrom: decoded.convertedFrom } : {}),
  });
  return outcome.kind === 'dossier' ? { kind: 'dossier', result: { ...outcome.result, sha256 } } : outcome;
}

/** Checks many sources into one report, sorted by file name. Pure: inputs in, data out. */
export function checkSources(inputs: Iterable<SourceInput>, options: CheckOptions): Report {
  const dossiers: DossierResult[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    const outcome = checkSource(input, options);
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
  return { tool: TOOL, asOf: options.asOf, parameters: parametersInForce(options.asOf), dossiers, skipped, audit };
}
