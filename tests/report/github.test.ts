import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { basisCitation } from '../../src/notice/basis.js';
import { formatGithub, githubStepSummary, streamGithubStepSummary } from '../../src/report/github.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { summarize } from '../../src/engine/summary.js';
import { dossierOf, fixtureReport, formatContext, withFinding } from '../support/fixture-report.js';

interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * Reads a workflow command back as the runner does: properties split at `,`, each at its first `=`, then the
 * toolkit's escapes undone (`%25` last, since it was applied first).
 */
function unescapeCommand(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

function parseAnnotations(output: string): Annotation[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
      if (!match) throw new Error(`not a workflow command: ${line}`);
      const properties = Object.fromEntries(
        match[2]!.split(',').map((pair) => {
          const at = pair.indexOf('=');
          return [pair.slice(0, at), unescapeCommand(pair.slice(at + 1))];
        }),
      );
      return { command: match[1]!, properties, message: unescapeCommand(match[3]!) };
    });
}

describe('GitHub annotations', () => {
  const report = fixtureReport();

  it('gives one annotation per finding at its file and range, error or warning as the finding is', () => {
    const annotations = parseAnnotations(formatGithub(report, formatContext('en')));
    const findings = report.dossiers.flatMap((dossier) => dossier.findings);
    expect(annotations).toHaveLength(findings.length);
    annotations.forEach((annotation, i) => {
      const finding = findings[i]!;
      expect(annotation.command).toBe(finding.severity);
      expect(annotation.properties).toEqual({
        file: finding.file,
        line: String(finding.line),
        col: String(finding.column),
        endLine: String(finding.endLine),
        endColumn: String(finding.endColumn),
        title: expect.stringMatching(new RegExp(`^${finding.ruleId} · `)) as unknown as string,
      });
      expect(annotation.message.split('\n')[0]).toBe(finding.message.en);
    });
  });

  it('titles an annotation with the rule id and the clause', () => {
    const [annotation] = parseAnnotations(formatGithub(report, formatContext('en')));
    expect(annotation!.properties.title).toBe('documents-dated-before-loan · N-4.4 · 晋政办发〔2015〕122号 四(四)');
    const malformed = parseAnnotations(formatGithub(report, formatContext('en'))).find((a) => a.properties.file?.endsWith('fail-malformed.yaml'));
    expect(malformed!.properties.title).toBe('yaml-syntax · dossier-check input check');
  });

  it('ends with the summary as a plain log line', () => {
    const lines = formatGithub(report, formatContext('en')).trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^19 dossiers checked as of 2016-12-31: \d+ passed, \d+ failed;/);
  });

  it('escapes %, comma, colon and line breaks so that each reads back as the original', () => {
    const hostile = '100% sure, see: line one\nline two\r\nline three %0A not an escape';
    const file = dossierOf(report, 'fail-approval-after-application.yaml').file;
    const changed = withFinding(report, file, 0, (finding) => ({
      ...finding,
      message: { zh: hostile, en: hostile },
      file: 'dir,a:b/100%.yaml',
      ruleId: 'rule,x:y%',
    }));
    const output = formatGithub(changed, formatContext('en'));
    // One command per line: a message cannot start a command of its own.
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(report.dossiers.flatMap((d) => d.findings).length);
    const [annotation] = parseAnnotations(output);
    expect(annotation!.message).toBe(hostile);
    expect(annotation!.properties.file).toBe('dir,a:b/100%.yaml');
    expect(annotation!.properties.title).toMatch(/^rule,x:y% · N-4\.4/);
    expect(output.split('\n')[0]).toContain('file=dir%2Ca%3Ab/100%25.yaml');
  });

  it('round-trips Chinese messages and titles', () => {
    const annotations = parseAnnotations(formatGithub(report, formatContext('zh')));
    const findings = report.dossiers.flatMap((dossier) => dossier.findings);
    expect(annotations.map((annotation) => annotation.message.split('\n')[0])).toEqual(findings.map((finding) => finding.message.zh));
    expect(annotations.find((a) => a.properties.title?.startsWith('yaml-syntax'))!.properties.title).toBe('yaml-syntax · dossier-check 输入检查');
  });

  it('shows control sequences from a dossier escaped, never raw in the log', () => {
    const file = dossierOf(report, 'fail-approval-after-application.yaml').file;
    const changed = withFinding(report, file, 0, (finding) => ({ ...finding, message: { zh: 'x\u001b[31my\u202ez', en: 'x\u001b[31my\u202ez' } }));
    const output = formatGithub(changed, formatContext('en'));
    expect(output).not.toMatch(/[\u001b\u202e]/);
    expect(parseAnnotations(output)[0]!.message).toBe('x\\x1b[31my\\u202ez');
  });

  it('carries the national basis on a line of its own', () => {
    const file = dossierOf(report, 'fail-approval-after-application.yaml').file;
    const basis = { document: '环境影响评价法', article: '第二十四条', effective: '2003-09-01', status: 'verified' as const };
    const changed = withFinding(report, file, 0, (finding): Finding => ({ ...finding, basis }));
    const [annotation] = parseAnnotations(formatGithub(changed, formatContext('zh')));
    expect(annotation!.message.split('\n')[1]).toBe(basisCitation(basis, 'zh'));
  });

  it('turns a waived finding into a notice that says it was waived', () => {
    const file = dossierOf(report, 'fail-approval-after-application.yaml').file;
    const waiver = { reason: 're-issued', approver: '王审查', expires: '2017-03-31', file: 'waivers.yaml', line: 2 };
    const changed = withFinding(report, file, 0, (finding) => ({ ...finding, waiver }));
    const [annotation] = parseAnnotations(formatGithub(changed, formatContext('en')));
    expect(annotation!.command).toBe('notice');
    expect(annotation!.message).toMatch(/^waived: re-issued \(王审查, until 2017-03-31\) — The environmental-impact approval/);
    expect(annotation!.properties.title).toMatch(/\(waived\)$/);
  });
});

describe('the GitHub job summary', () => {
  const report = fixtureReport();

  it('is the Markdown report, with the limit of a step summary rather than of a comment', () => {
    const summary = githubStepSummary(report, formatContext('en'));
    expect(summary).toBe(formatMarkdown(report, formatContext('en')));
    const counts = summarize(report);
    expect(summary).toContain(`| ${counts.dossiers} | ${counts.passed} | ${counts.failed} | ${counts.errors} | ${counts.warnings} | ${counts.skipped} |`);
  });

  it('holds more than a comment could: a report past 64 KiB is shown whole', () => {
    const many: Report = {
      ...report,
      dossiers: Array.from({ length: 60 }, (_, i) => report.dossiers.map((dossier) => ({ ...dossier, file: `batch-${i}/${dossier.file}` }))).flat(),
    };
    const summary = githubStepSummary(many, formatContext('zh'));
    expect(Buffer.byteLength(summary)).toBeGreaterThan(65_536);
    expect(summary).not.toContain('篇幅所限');
    expect(formatMarkdown(many, formatContext('zh'))).toContain('篇幅所限');
    // The streamed summary is the same text.
    const writer = streamGithubStepSummary(formatContext('zh'));
    let streamed = writer.begin(many);
    for (const dossier of many.dossiers) streamed += writer.dossier(dossier);
    streamed += writer.end({ summary: summarize(many), skipped: many.skipped });
    expect(streamed).toBe(summary);
  });
});
