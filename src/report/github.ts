import type { Finding, Lang, Report } from '../engine/types.js';
import type { FormatContext, Formatter } from './format-context.js';
import { clauseCitation, nationalBasis, waiverText } from './finding-text.js';
import { markdownWriter, STEP_SUMMARY_LIMIT, summarySentence } from './markdown.js';
import { type StreamingFormatter, wholeReport } from './report-stream.js';
import { escapeForTerminal } from './terminal-text.js';

/*
 * GitHub Actions workflow commands (https://docs.github.com/actions/reference/workflow-commands-for-github-actions):
 * one `::error`, `::warning` or `::notice` line per finding, which the runner turns into an annotation on the file
 * and line of the pull request. The escaping is the toolkit's own, as actions/toolkit packages/core/src/command.ts
 * writes it: in the message (`escapeData`) `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`; in a property value
 * (`escapeProperty`) also `:` → `%3A` and `,` → `%2C`, since those end a property. `%` goes first, so the runner's
 * unescaping gives back exactly the text.
 */

export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * A value from the dossier, with every code point a log viewer would act on shown escaped (the runner's log renders
 * ANSI sequences) except the line breaks, which the command escapes itself and the annotation shows as lines.
 */
function shown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\r').map(escapeForTerminal).join('\r'))
    .join('\n');
}

const WAIVED = { zh: '（已豁免）', en: ' (waived)' } as const;

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id · clause::message` */
export function annotation(finding: Finding, lang: Lang): string {
  // What could not be verified either way fails nothing: a notice, as a waived finding is.
  const command = finding.waiver || finding.severity === 'information' ? 'notice' : finding.severity;
  const title = `${finding.ruleId} · ${clauseCitation(finding, lang)}${finding.waiver ? WAIVED[lang] : ''}`;
  const properties = [
    `file=${escapeProperty(shown(finding.file))}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${escapeProperty(shown(title))}`,
  ];
  const lines = [finding.waiver ? `${waiverText(finding.waiver, lang)} — ${finding.message[lang]}` : finding.message[lang]];
  const basis = nationalBasis(finding, lang);
  if (basis) lines.push(basis);
  return `::${command} ${properties.join(',')}::${escapeData(shown(lines.join('\n')))}`;
}

/**
 * The annotations, one line per finding in the order of the report, then the summary sentence as a plain log line.
 * Paths are as the report shows them, relative to where the checker ran: run it from the repository root so GitHub
 * finds the files.
 */
export const streamGithub: StreamingFormatter = ({ lang }) => {
  let asOf = '';
  return {
    begin(header) {
      asOf = header.asOf;
      return '';
    },
    dossier(result) {
      return result.findings.map((finding) => `${annotation(finding, lang)}\n`).join('');
    },
    end({ summary }) {
      return `${summarySentence(lang, asOf, summary)}\n`;
    },
  };
};

export const formatGithub: Formatter = wholeReport(streamGithub);

/**
 * The job summary for `$GITHUB_STEP_SUMMARY`: the Markdown report, bounded by the 1 MiB GitHub accepts per step.
 * Streamed like any format, so a run can append it to the file named by `GITHUB_STEP_SUMMARY` as it writes the
 * annotations to standard output.
 */
export const streamGithubStepSummary: StreamingFormatter = (context) => markdownWriter(context, { maxBytes: STEP_SUMMARY_LIMIT });

/** The job summary of a whole report, as `streamGithubStepSummary` writes it. */
export function githubStepSummary(report: Report, context: FormatContext): string {
  return wholeReport(streamGithubStepSummary)(report, context);
}
