import { parametersInForce } from '../notice/parameters.js';
import type { EvidenceFile } from '../rules/define-rule.js';
import { checkDossierText, compareText, unreadableDossier } from './check-dossier.js';
import { decodeSource } from './decode.js';
import type { CheckOptions, DossierResult, Report, SkippedFile } from './types.js';
import { TOOL } from './version.js';

/** One input: the bytes of a file, or why they could not be read. */
export type SourceInput =
  | { file: string; bytes: Uint8Array; evidence?: EvidenceReader }
  | { file: string; error: string };

/** Reads an evidence file named (relative to the dossier) by a dossier. */
export type EvidenceReader = (relativePath: string) => EvidenceFile;

/** Checks many sources into one report. Pure: inputs in, data out. */
export function checkSources(inputs: Iterable<SourceInput>, options: CheckOptions): Report {
  const dossiers: DossierResult[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    if ('error' in input) {
      dossiers.push(unreadableDossier(input.file, input.error));
      continue;
    }
    const decoded = decodeSource(input.bytes);
    if (!decoded.ok) {
      dossiers.push(unreadableDossier(input.file, decoded.reason));
      continue;
    }
    const outcome = checkDossierText(decoded.text, input.file, options, input.evidence);
    if (outcome.kind === 'dossier') dossiers.push(outcome.result);
    else skipped.push(outcome.skipped);
  }
  dossiers.sort((a, b) => compareText(a.file, b.file));
  skipped.sort((a, b) => compareText(a.file, b.file));
  return { tool: TOOL, asOf: options.asOf, parameters: parametersInForce(options.asOf), dossiers, skipped };
}
