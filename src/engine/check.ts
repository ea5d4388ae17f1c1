import { checkDossierText, compareText, unreadableDossier } from './check-dossier.js';
import { decodeSource } from './decode.js';
import type { CheckOptions, DossierResult, Report, SkippedFile } from './types.js';
import { TOOL } from './version.js';

/** One input: the bytes of a file, or why they could not be read. */
export type SourceInput = { file: string; bytes: Uint8Array } | { file: string; error: string };

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
    const outcome = checkDossierText(decoded.text, input.file, options);
    if (outcome.kind === 'dossier') dossiers.push(outcome.result);
    else skipped.push(outcome.skipped);
  }
  dossiers.sort((a, b) => compareText(a.file, b.file));
  skipped.sort((a, b) => compareText(a.file, b.file));
  return { tool: TOOL, asOf: options.asOf, dossiers, skipped };
}
