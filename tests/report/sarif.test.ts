import type { Log, Result, Run } from 'sarif';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/engine/summary.js';
import type { AppliedWaiver, Finding, Lang, Report } from '../../src/engine/types.js';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/sarif.js';
import { defineRule, type Rule } from '../../src/rules/define-rule.js';
import { fourApprovals } from '../../src/rules/loan-conditions/four-approvals.js';
import { ALL_RULES } from '../../src/rules/registry.js';
import { BASE_DOSSIER, positionOf, removeLine } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { libraryReport, plainContext, textReport } from '../support/library-report.js';
import { parseUriReference, sarifErrors, validateSarif } from '../support/sarif-schema.js';

const MISSING_LAND = removeLine(BASE_DOSSIER, 'landPreReview: d-land');
const FIXTURES = await libraryReport(['fixtures/dossiers']);
const ROBUSTNESS = await libraryReport(['fixtures/robustness']);
const EMPTY: Report = { ...FIXTURES, dossiers: [], skipped: [] };

function sarif(report: Report, lang: Lang = 'en'): Log {
  return JSON.parse(formatSarif(report, plainContext(lang))) as Log;
}

function runOf(log: Log): Run {
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

/** The results beside the findings they come from: one result per finding, in the report's order. */
function pairs(report: Report, log: Log): [Finding, Result][] {
  const findings = report.dossiers.flatMap((dossier) => dossier.findings);
  const results = runOf(log).results ?? [];
  expect(results).toHaveLength(findings.length);
  return findings.map((finding, i) => [finding, results[i]!]);
}

function fingerprints(log: Log): string[] {
  return (runOf(log).results ?? []).map((result) => result.partialFingerprints?.[FINGERPRINT_KEY] ?? '');
}

function expectValid(log: Log): void {
  expect(validateSarif(log), sarifErrors()).toBe(true);
}

describe('the SARIF report', () => {
  it.each([
    ['the example dossiers, in English', FIXTURES, 'en'],
    ['the example dossiers, in Chinese', FIXTURES, 'zh'],
    ['every kind of bad input', ROBUSTNESS, 'en'],
    ['a run without dossiers', EMPTY, 'en'],
  ] as const)('validates against the official SARIF 2.1.0 schema: %s', (_name, report, lang) => {
    const log = sarif(report, lang);
    expectValid(log);
    expect(log.version).toBe('2.1.0');
  });

  it('is checked by a schema that rejects what breaks it (not vacuous)', () => {
    const log = sarif(FIXTURES);
    const zeroLine = structuredClone(log);
    zeroLine.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(validateSarif(zeroLine)).toBe(false);
    const rawSpace = structuredClone(log);
    rawSpace.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'a b.yaml';
    expect(validateSarif(rawSpace)).toBe(false);
  });

  it('lists every rule of the catalogue with its help, clause and default level', () => {
    const { rules = [] } = runOf(sarif(FIXTURES)).tool.driver;
    expect(rules.map((rule) => rule.id)).toEqual(ALL_RULES.map((rule) => rule.meta.id));
    for (const [i, descriptor] of rules.entries()) {
      const { meta } = ALL_RULES[i]!;
      expect(descriptor.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(descriptor.shortDescription?.text).toBe(meta.title.en);
      expect(descriptor.fullDescription?.text).toBe(meta.description.en);
      expect(descriptor.defaultConfiguration?.level).toBe(meta.severity);
      expect(descriptor.help?.text).toContain(meta.fix.en);
      expect(descriptor.help?.markdown).toContain(meta.fix.en);
      // No page of the rule has a published absolute address; a relative helpUri would be invalid.
      expect(descriptor.helpUri).toBeUndefined();
      if (meta.clause) {
        expect(descriptor.properties).toMatchObject({ clause: { id: meta.clause } });
        expect(descriptor.help?.markdown).toContain(`**${meta.clause} · 晋政办发〔2015〕122号`);
        expect(descriptor.properties?.tags).toContain(meta.clause);
      } else {
        expect(descriptor.properties).toMatchObject({ citation: 'dossier-check input check' });
      }
      if (meta.basis) {
        expect(descriptor.properties).toMatchObject({ basis: { document: meta.basis.document, article: meta.basis.article } });
        expect(descriptor.help?.markdown).toContain(meta.basis.article);
      }
    }
  });

  it('gives each finding one result naming its rule by id and index, with its level, message and 1-based region', () => {
    const log = sarif(FIXTURES);
    const { rules = [] } = runOf(log).tool.driver;
    const found = pairs(FIXTURES, log);
    expect(found.length).toBeGreaterThan(0);
    for (const [finding, result] of found) {
      expect(result.ruleId).toBe(finding.ruleId);
      expect(rules[result.ruleIndex!]?.id).toBe(finding.ruleId);
      expect(result.level).toBe(finding.severity === 'information' ? 'note' : finding.severity);
      expect(result.message.text).toBe(finding.message.en);
      expect(result.properties).toMatchObject({ messageId: finding.messageId, messages: finding.message });
      if (finding.clause) expect(result.properties).toMatchObject({ clause: { id: finding.clause.id, reference: finding.clause.reference } });
      if (finding.basis) expect(result.properties).toMatchObject({ basis: { document: finding.basis.document } });
      const { region } = result.locations![0]!.physicalLocation!;
      expect(region).toEqual({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
      expect(region!.startLine).toBeGreaterThanOrEqual(1);
      expect(region!.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('places a finding where the text has it', () => {
    const report = textReport({ 'd.yaml': MISSING_LAND });
    const [finding, result] = pairs(report, sarif(report)).find(([f]) => f.ruleId === 'four-approvals')!;
    const at = positionOf(MISSING_LAND, 'approvals:');
    expect([finding.line, finding.column]).toEqual([at.line, at.column]);
    expect(result.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: at.line, startColumn: at.column });
    expect(result.locations![0]!.logicalLocations).toEqual([{ name: 'approvals', fullyQualifiedName: finding.path }]);
  });

  it('names files by relative URIs against %SRCROOT%, the folder the checker ran in', () => {
    const run = runOf(sarif(FIXTURES));
    expect(Object.keys(run.originalUriBaseIds ?? {})).toEqual(['%SRCROOT%']);
    for (const [finding, result] of pairs(FIXTURES, sarif(FIXTURES))) {
      const { uri, uriBaseId } = result.locations![0]!.physicalLocation!.artifactLocation!;
      expect(uriBaseId).toBe('%SRCROOT%');
      expect(parseUriReference(uri!)).toEqual({ valid: true, absolute: false });
      expect(decodeURIComponent(new URL(uri!, 'file:///checkout/').pathname)).toBe(`/checkout/${finding.file}`);
    }
  });

  it('percent-encodes file names with spaces, Chinese, %, # and a colon, and gives an outside file a file: URI', () => {
    const names = {
      'dossiers/项目 100% #1.yaml': 'dossiers/%E9%A1%B9%E7%9B%AE%20100%25%20%231.yaml',
      'a:b?.yaml': 'a%3Ab%3F.yaml',
      '/srv/外部 x/d.yaml': 'file:///srv/%E5%A4%96%E9%83%A8%20x/d.yaml',
      'C:/审查/d 1.yaml': 'file:///C:/%E5%AE%A1%E6%9F%A5/d%201.yaml',
    };
    const report = textReport(Object.fromEntries(Object.keys(names).map((name) => [name, MISSING_LAND])));
    const log = sarif(report);
    expectValid(log);
    for (const [finding, result] of pairs(report, log)) {
      const location = result.locations![0]!.physicalLocation!.artifactLocation!;
      const expected = names[finding.file as keyof typeof names];
      expect(location.uri).toBe(expected);
      if (expected.startsWith('file:')) {
        expect(location.uriBaseId).toBeUndefined();
        expect(decodeURIComponent(new URL(expected).pathname)).toBe(`/${finding.file.replace(/^\//, '')}`);
      } else {
        // Resolved as a consumer resolves it, the URI is the file again, not a scheme `a:` or a fragment `#1.yaml`.
        const resolved = new URL(location.uri!, 'file:///checkout/');
        expect(resolved.hash).toBe('');
        expect(decodeURIComponent(resolved.pathname)).toBe(`/checkout/${finding.file}`);
      }
    }
  });

  it('describes standard input, which has no URI', () => {
    const report = textReport({ '<stdin>': MISSING_LAND });
    const log = sarif(report);
    expectValid(log);
    const location = runOf(log).results![0]!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(location.uri).toBeUndefined();
    expect(location.description?.text).toBe('standard input');
  });

  it('fingerprints each finding uniquely and the same way on every run, wherever its line moves', async () => {
    const first = fingerprints(sarif(FIXTURES));
    expect(new Set(first).size).toBe(first.length);
    expect(fingerprints(sarif(await libraryReport(['fixtures/dossiers'])))).toEqual(first);

    const before = textReport({ 'd.yaml': MISSING_LAND });
    const moved = textReport({ 'd.yaml': `# 审查意见见附件\n\n\n${MISSING_LAND}` });
    expect(fingerprints(sarif(moved))).toEqual(fingerprints(sarif(before)));
    expect(moved.dossiers[0]!.findings[0]!.line).toBe(before.dossiers[0]!.findings[0]!.line + 3);
    // Another file, another finding.
    const renamed = textReport({ 'e.yaml': MISSING_LAND });
    expect(fingerprints(sarif(renamed))[0]).not.toBe(fingerprints(sarif(before))[0]);
  });

  it('keeps fingerprints unique when a rule reports the same message twice at one path', () => {
    const report = textReport({ 'd.yaml': MISSING_LAND });
    const dossier = report.dossiers[0]!;
    const twice = {
      ...report,
      dossiers: [{ ...dossier, findings: [dossier.findings[0]!, { ...dossier.findings[0]!, message: { zh: '另一', en: 'another' } }] }],
    };
    const [a, b] = fingerprints(sarif(twice));
    expect(a).not.toBe(b);
    expect(a).toBe(fingerprints(sarif(report))[0]);
  });

  it('speaks Chinese with --lang zh, keeps both languages, and writes Chinese unescaped', () => {
    const text = formatSarif(FIXTURES, plainContext('zh'));
    const log = JSON.parse(text) as Log;
    const run = runOf(log);
    expect(run.language).toBe('zh-CN');
    expect(run.tool.driver.rules![0]!.shortDescription!.text).toBe(ALL_RULES[0]!.meta.title.zh);
    for (const [finding, result] of pairs(FIXTURES, log)) {
      expect(result.message.text).toBe(finding.message.zh);
      expect(result.properties?.messages).toEqual(finding.message);
      expect(text).toContain(JSON.stringify(finding.message.zh));
    }
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps a waived finding as a result, suppressed by the reviewer with the reason', () => {
    const waiver: AppliedWaiver = {
      reason: '土地预审已并入用地预审与选址意见书',
      approver: '王审查',
      expires: '2026-12-31',
      file: 'review/waivers.yaml',
      line: 7,
    };
    const report = textReport({ 'd.yaml': MISSING_LAND });
    const dossier = report.dossiers[0]!;
    const waived = { ...report, dossiers: [{ ...dossier, findings: dossier.findings.map((f, i) => (i === 0 ? { ...f, waiver } : f)) }] };
    const log = sarif(waived);
    expectValid(log);
    const [first, ...others] = runOf(log).results!;
    expect(first!.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: waiver.reason,
        location: { physicalLocation: { artifactLocation: { uri: 'review/waivers.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 7 } } },
        properties: { approver: '王审查', expires: '2026-12-31' },
      },
    ]);
    expect(first!.level).toBe(dossier.findings[0]!.severity);
    for (const other of others) expect(other.suppressions).toBeUndefined();
    // Waived or not, the same finding.
    expect(fingerprints(log)).toEqual(fingerprints(sarif(report)));
  });

  it('lists every dossier as an artifact with its SHA-256, unreadable ones included, and points results at them', () => {
    const log = sarif(ROBUSTNESS);
    const run = runOf(log);
    expect(run.artifacts).toHaveLength(ROBUSTNESS.dossiers.length);
    for (const [i, dossier] of ROBUSTNESS.dossiers.entries()) {
      const artifact = run.artifacts![i]!;
      expect(artifact.hashes).toEqual(dossier.sha256 ? { 'sha-256': dossier.sha256 } : undefined);
      expect(artifact.properties).toMatchObject({ verdict: dossier.verdict, evaluated: dossier.evaluated });
    }
    const unread = ROBUSTNESS.dossiers.filter((dossier) => !dossier.evaluated);
    expect(unread.length).toBeGreaterThan(0);
    for (const [finding, result] of pairs(ROBUSTNESS, log)) {
      const location = result.locations![0]!.physicalLocation!.artifactLocation!;
      const artifact = run.artifacts![location.index!]!;
      expect(artifact.location?.uri).toBe(location.uri);
      expect(ROBUSTNESS.dossiers[location.index!]!.file).toBe(finding.file);
    }
    const unreadResults = run.results!.filter((result) =>
      unread.some((d) => d.file === ROBUSTNESS.dossiers[result.locations![0]!.physicalLocation!.artifactLocation!.index!]!.file),
    );
    expect(unreadResults.length).toBeGreaterThanOrEqual(unread.length);
  });

  it('states the as-of date, the parameters in force and the summary, and a successful invocation', () => {
    const run = runOf(sarif(FIXTURES));
    expect(run.properties).toMatchObject({ asOf: '2016-12-31', summary: summarize(FIXTURES) });
    expect((run.properties!.parameters as { name: string }[]).map((p) => p.name)).toEqual(FIXTURES.parameters.map((p) => p.name));
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('reports a rule that failed as an unsuccessful invocation, and a rule of one’s own by id alone', () => {
    const failing: Rule = defineRule({
      meta: { ...fourApprovals.meta, messageSeverity: {}, id: 'failing-rule', messages: { found: { zh: '发现', en: 'found' } } },
      check: () => {
        throw new Error('boom');
      },
    });
    const own: Rule = defineRule({
      meta: { ...fourApprovals.meta, messageSeverity: {}, id: 'own-rule', messages: { found: { zh: '发现', en: 'found' } } },
      *check() {
        yield { messageId: 'found', path: ['project', 'id'] };
      },
    });
    const log = sarif(textReport({ 'd.yaml': BASE_DOSSIER }, { rules: [failing, own] }));
    expectValid(log);
    const run = runOf(log);
    expect(run.invocations![0]!.executionSuccessful).toBe(false);
    expect(run.invocations![0]!.toolExecutionNotifications).toMatchObject([{ level: 'error', associatedRule: { id: 'internal-error' } }]);
    const failure = run.results!.find((result) => result.ruleId === 'internal-error')!;
    expect(run.tool.driver.rules![failure.ruleIndex!]!.id).toBe('internal-error');
    const ownResult = run.results!.find((result) => result.ruleId === 'own-rule')!;
    expect(ownResult.ruleIndex).toBeUndefined();
  });
});

describe('the SARIF report as the command line streams it', () => {
  it('is the report the library formats, byte for byte, and one JSON document as JSON.stringify writes it', async () => {
    for (const [folder, report] of [
      ['fixtures/dossiers', FIXTURES],
      ['fixtures/robustness', ROBUSTNESS],
    ] as const) {
      const cli = await runInProcess(['check', folder, '--format', 'sarif', '--as-of', '2016-12-31', '--lang', 'en']);
      expect(cli.stdout).toBe(formatSarif(report, plainContext('en')));
      const parsed = JSON.parse(cli.stdout) as Log;
      expect(cli.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
      expectValid(parsed);
    }
  });

  it('is a valid log with no results when no dossier is found and that is allowed', async () => {
    const cli = await runInProcess(['check', 'fixtures/dossiers/scans', '--format', 'sarif', '--allow-empty']);
    expect(cli.code).toBe(0);
    const log = JSON.parse(cli.stdout) as Log;
    expectValid(log);
    expect(runOf(log).results).toEqual([]);
    expect(runOf(log).artifacts).toEqual([]);
  });
});
