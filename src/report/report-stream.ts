import { auditFingerprint } from '../engine/audit.js';
import { summarize, type Summary } from '../engine/summary.js';
import type { DossierResult, Report, SkippedFile, UnusedWaiver } from '../engine/types.js';
import type { FormatContext, Formatter } from './format-context.js';

/** What a report says before any dossier: known before the first file is read. */
export type ReportHeader = Pick<Report, 'tool' | 'asOf' | 'parameters' | 'ignoredConfiguration' | 'audit'>;

/** What a report can only say once every dossier has been seen. */
export interface ReportTail {
  summary: Summary;
  /** Files skipped as not being dossiers, in the order of the dossiers; few, so a run keeps them. */
  skipped: readonly SkippedFile[];
  /** The reviewer's waivers that covered no finding of the run. */
  unusedWaivers?: readonly UnusedWaiver[];
  /** The audit fingerprint (`AuditDigest`) of the header's audit settings and every dossier, when the header has them. */
  fingerprint?: string;
}

/**
 * A report written piece by piece: `begin` once, `dossier` for each dossier in order, `end` once. Each call returns
 * the text to write next, so a run writes each dossier as soon as it is checked and keeps none of them; the
 * concatenation of all the pieces is the whole report.
 */
export interface ReportWriter {
  begin(header: ReportHeader): string;
  dossier(result: DossierResult): string;
  end(tail: ReportTail): string;
}

/** A format as a stream; one writer per report, since a writer may remember what it has written. */
export type StreamingFormatter = (context: FormatContext) => ReportWriter;

/**
 * The whole-report formatter of a streaming one: the same pieces in the same order, so a report kept in memory and
 * a report streamed by the command line are the same bytes by construction.
 */
export function wholeReport(streaming: StreamingFormatter): Formatter {
  return (report, context) => {
    const writer = streaming(context);
    let text = writer.begin(report);
    for (const dossier of report.dossiers) text += writer.dossier(dossier);
    return (
      text +
      writer.end({
        summary: summarize(report),
        skipped: report.skipped,
        ...(report.unusedWaivers ? { unusedWaivers: report.unusedWaivers } : {}),
        ...(report.audit ? { fingerprint: auditFingerprint(report.audit, report.dossiers) } : {}),
      })
    );
  };
}
