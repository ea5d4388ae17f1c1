import { auditFingerprint } from '../../src/engine/audit.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/engine/summary.js';
import type { Report } from '../../src/engine/types.js';
import { parameterValue } from '../../src/notice/parameters.js';
import { formatJunit, streamJunit } from '../../src/report/junit.js';
import { defineRule, type Rule } from '../../src/rules/define-rule.js';
import { fourApprovals } from '../../src/rules/loan-conditions/four-approvals.js';
import { DOSSIER_RULES } from '../../src/rules/registry.js';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { dossierOf, FIXTURE_AS_OF, fixtureReport, formatContext, textReport, withFinding } from '../support/fixture-report.js';

interface Outcome {
  '@_message': string;
  '@_type'?: string;
  '#text'?: string;
}
interface TestCase {
  '@_classname': string;
  '@_name': string;
  failure?: Outcome;
  error?: Outcome;
  skipped?: Outcome;
  'system-out'?: string;
}
interface TestSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  '@_file': string;
  properties: { property: { '@_name': string; '@_value': string }[] };
  testcase: TestCase[];
}

const ALWAYS_ARRAY = new Set(['testsuite', 'testcase', 'property']);

/** Parsed as a consumer parses it: a real XML parser, which first checks the document is well-formed. */
function parseJunit(xml: string): TestSuite[] {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    // Character references are the XML's own escaping: read back as the characters they stand for.
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ALWAYS_ARRAY.has(name),
  });
  const document = parser.parse(xml) as { testsuites: { testsuite?: TestSuite[] } };
  return document.testsuites.testsuite ?? [];
}

const suiteNamed = (suites: TestSuite[], name: string) => {
  const suite = suites.find((s) => s['@_name'].endsWith(`/${name}`) || s['@_name'] === name);
  if (!suite) throw new Error(`no suite ${name}`);
  return suite;
};
const caseNamed = (suite: TestSuite, name: string) => {
  const found = suite.testcase.find((c) => c['@_name'] === name || c['@_name'].startsWith(`${name} — `));
  if (!found) throw new Error(`no test case ${name} in ${suite['@_name']}`);
  return found;
};
const property = (suite: TestSuite, name: string) => suite.properties.property.find((p) => p['@_name'] === name)?.['@_value'];

describe('JUnit: one suite per dossier, one test case per loan condition and per rule evaluated', () => {
  const report = fixtureReport();
  const suites = parseJunit(formatJunit(report, formatContext('en')));

  it('has a suite for every dossier, in the order of the report, named by its file', () => {
    expect(suites.map((suite) => suite['@_name'])).toEqual(report.dossiers.map((dossier) => dossier.file));
    for (const suite of suites) expect(suite['@_file']).toBe(suite['@_name']);
  });

  it("gives each suite counts that add up to its test cases, and the failures add up to the dossiers' verdicts", () => {
    for (const suite of suites) {
      const cases = suite.testcase;
      expect(Number(suite['@_tests'])).toBe(cases.length);
      expect(Number(suite['@_failures'])).toBe(cases.filter((c) => c.failure).length);
      expect(Number(suite['@_errors'])).toBe(cases.filter((c) => c.error).length);
      expect(Number(suite['@_skipped'])).toBe(cases.filter((c) => c.skipped).length);
    }
    const failingSuites = suites.filter((suite) => Number(suite['@_failures']) + Number(suite['@_errors']) > 0);
    expect(failingSuites).toHaveLength(summarize(report).failed);
  });

  it('lists every rule of the catalogue for an evaluated dossier; a rule that found nothing passes', () => {
    const suite = suiteNamed(suites, 'pass-built-housing.yaml');
    const names = suite.testcase.map((c) => c['@_name']);
    for (const { meta } of DOSSIER_RULES) {
      // As the engine runs them: a rule bound to a parameter only while that parameter is in force.
      const applies = !meta.appliesWhen || parameterValue(meta.appliesWhen, FIXTURE_AS_OF) !== undefined;
      expect(names.includes(meta.id), meta.id).toBe(applies);
    }
    expect(names).not.toContain('purchase-of-service-limits');
    for (const input of ['yaml-syntax', 'file-encoding', 'schema-violation', 'document-reference']) expect(names).toContain(input);
    expect(suite.testcase.every((c) => !c.failure && !c.error && !c.skipped)).toBe(true);
    expect(caseNamed(suite, 'four-approvals')['@_classname']).toBe('fixtures/dossiers/pass-built-housing.yaml.loan-conditions');
  });

  it('has a test case per loan-condition checklist item, classed under the dossier', () => {
    const dossier = dossierOf(report, 'pass-built-housing.yaml');
    const suite = suiteNamed(suites, 'pass-built-housing.yaml');
    const checklistCases = suite.testcase.filter((c) => c['@_classname'] === `${dossier.file}.checklist`);
    expect(checklistCases.map((c) => c['@_name'])).toEqual(dossier.checklist.map((item) => `${item.key} — ${item.label.en}`));
  });

  it('fails the rule and the loan condition with message, rule id, clause, and file:line:col', () => {
    const suite = suiteNamed(suites, 'fail-approval-after-application.yaml');
    const finding = dossierOf(report, 'fail-approval-after-application.yaml').findings[0]!;
    const failure = caseNamed(suite, 'documents-dated-before-loan').failure!;
    expect(failure['@_type']).toBe('documents-dated-before-loan');
    expect(failure['@_message']).toBe(finding.message.en);
    expect(failure['#text']).toContain(`${finding.file}:${finding.line}:${finding.column}`);
    expect(failure['#text']).toContain('N-4.4 · 晋政办发〔2015〕122号 四(四)');
    expect(failure['#text']).toContain('path: documents[9].issued');
    const condition = caseNamed(suite, 'approval:housing:environmentalImpact').failure!;
    expect(condition['@_type']).toBe('documents-dated-before-loan');
    expect(condition['@_message']).toMatch(/^loan condition not met: /);
    expect(property(suite, 'project.id')).toBe('DT-PC-2016-011');
    expect(property(suite, 'verdict')).toBe('fail');
    expect(property(suite, 'sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect(property(suite, 'asOf')).toBe(FIXTURE_AS_OF);
  });

  it('lets a warning pass its test case, with the warning in system-out', () => {
    const suite = suiteNamed(suites, 'warn-adbc-outside-scope.yaml');
    const testCase = caseNamed(suite, 'adbc-lending-scope');
    expect(testCase.failure).toBeUndefined();
    expect(testCase['system-out']).toContain('Agricultural Development Bank');
    expect(testCase['system-out']).toMatch(/^warning {2}fixtures\/dossiers\/warn-adbc-outside-scope\.yaml:\d+:\d+ {2}/);
  });

  it('gives a dossier that could not be read one failing test case: the input check, at its place', () => {
    const suite = suiteNamed(suites, 'fail-malformed.yaml');
    expect(suite.testcase).toHaveLength(1);
    const [only] = suite.testcase;
    expect(only!['@_name']).toBe('yaml-syntax');
    expect(only!['@_classname']).toBe('fixtures/dossiers/fail-malformed.yaml.dossier-input');
    expect(only!.failure!['#text']).toContain('fixtures/dossiers/fail-malformed.yaml:7:1');
    expect(only!.failure!['#text']).toContain('dossier-check input check');
    expect(property(suite, 'evaluated')).toBe('false');
  });

  it('names the loan conditions in Chinese with --lang zh', () => {
    const zh = parseJunit(formatJunit(report, formatContext('zh')));
    const suite = suiteNamed(zh, 'fail-approval-after-application.yaml');
    const condition = caseNamed(suite, 'approval:housing:environmentalImpact');
    expect(condition['@_name']).toContain('环评批复');
    expect(condition.failure!['@_message']).toContain('贷款发放条件未满足');
    expect(property(suite, 'project.name')).toBe('大同市平城区御河西棚户区改造项目');
  });

  it('keeps to the elements and attributes of the JUnit XSD Jenkins validates against (junit-10.xsd)', () => {
    const xml = formatJunit(report, formatContext('en'));
    const allowed: Record<string, readonly string[]> = {
      testsuites: ['name', 'time', 'tests', 'failures', 'errors'],
      testsuite: ['name', 'tests', 'failures', 'errors', 'group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
      properties: [],
      property: ['name', 'value'],
      testcase: ['name', 'time', 'classname', 'group'],
      failure: ['type', 'message'],
      error: ['type', 'message'],
      skipped: ['type', 'message'],
      'system-out': [],
    };
    const tags = [...xml.matchAll(/<([a-z-]+)((?:\s+[a-z]+="[^"]*")*)\s*\/?>/g)];
    expect(tags.length).toBeGreaterThan(100);
    for (const [, tag, attributes] of tags) {
      expect(Object.keys(allowed), tag).toContain(tag);
      for (const [, name] of (attributes ?? '').matchAll(/([a-z]+)="/g)) expect(allowed[tag!], `${tag} ${name}`).toContain(name);
    }
    // A test case holds at most one outcome.
    for (const suite of parseJunit(xml)) for (const c of suite.testcase) expect([c.failure, c.error, c.skipped].filter(Boolean).length).toBeLessThanOrEqual(1);
  });
});

describe('JUnit: what the report carries beyond the example dossiers', () => {
  it('carries the national basis of a finding in the failure', () => {
    const late = replaceOnce(BASE_DOSSIER, 'constructionStart: 2016-05-01', 'constructionStart: 2021-03-03');
    const report = textReport({ 'late.yaml': late }, { asOf: '2021-06-30', only: new Set(['eia-re-review']) });
    const rules = [DOSSIER_RULES.find((rule) => rule.meta.id === 'eia-re-review')!.meta];
    const [suite] = parseJunit(formatJunit(report, formatContext('zh', { rules })));
    const failure = caseNamed(suite!, 'eia-re-review').failure!;
    expect(failure['#text']).toContain('《环境影响评价法》第二十四条');
  });

  it('lists only the rules the run applied when given them (a --rule selection)', () => {
    const report = fixtureReport({ only: new Set(['four-approvals']) });
    const [suite] = parseJunit(formatJunit(report, formatContext('en', { rules: [fourApprovals.meta] })));
    const ruleCases = suite!.testcase.filter((c) => !c['@_classname'].endsWith('.checklist')).map((c) => c['@_name']);
    expect(ruleCases).toEqual(['yaml-syntax', 'file-encoding', 'schema-violation', 'document-reference', 'four-approvals']);
  });

  it('skips a waived finding, saying who waived it, why and until when', () => {
    const base = fixtureReport();
    const file = dossierOf(base, 'fail-approval-after-application.yaml').file;
    const waiver = { reason: 'EIA approval re-issued, see credit memo 12', approver: '王审查', expires: '2017-03-31', file: 'waivers.yaml', line: 4 };
    const report = withFinding(base, file, 0, (finding) => ({ ...finding, waiver }));
    const suite = suiteNamed(parseJunit(formatJunit(report, formatContext('en'))), 'fail-approval-after-application.yaml');
    const testCase = caseNamed(suite, 'documents-dated-before-loan');
    expect(testCase.failure).toBeUndefined();
    expect(testCase.skipped!['@_message']).toBe('waived: EIA approval re-issued, see credit memo 12 (王审查, until 2017-03-31)');
    expect(testCase['system-out']).toContain('fail-approval-after-application.yaml:148:13');
    expect(Number(suite['@_skipped'])).toBeGreaterThanOrEqual(1);
  });

  it('reports a rule that failed to run as an error, not a failure', () => {
    const broken: Rule = defineRule({
      meta: { ...fourApprovals.meta, messageSeverity: {}, id: 'broken-rule', messages: { found: { zh: '发现', en: 'found' } } },
      check: () => {
        throw new Error('boom');
      },
    });
    const report = textReport({ 'a.yaml': BASE_DOSSIER }, { rules: [broken] });
    const [suite] = parseJunit(formatJunit(report, formatContext('en', { rules: [broken.meta] })));
    expect(caseNamed(suite!, 'broken-rule').failure).toBeUndefined();
    const internal = caseNamed(suite!, 'internal-error');
    expect(internal.error!['@_type']).toBe('internal-error');
    expect(internal.error!['@_message']).toContain('broken-rule');
    expect(suite!['@_errors']).toBe('1');
  });

  it('stays well-formed when a finding, a file name or a project carries characters XML 1.0 forbids', () => {
    const hostile = 'a\u0000b\u0001c\u0008d\u000be\u001bf\u007fg\ud800h\udfffi\ufffej\uffffk\r\nl\tm<n>&o"p]]>q';
    const base = fixtureReport();
    const file = dossierOf(base, 'fail-approval-after-application.yaml').file;
    let report: Report = withFinding(base, file, 0, (finding) => ({ ...finding, message: { zh: hostile, en: hostile }, path: hostile }));
    report = {
      ...report,
      dossiers: report.dossiers.map((dossier) =>
        dossier.file === file ? { ...dossier, file: `bad${hostile}.yaml`, project: { id: hostile, name: hostile } } : dossier,
      ),
    };
    const xml = formatJunit(report, formatContext('en'));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff\r]/);
    const suite = parseJunit(xml).find((s) => s['@_name'].startsWith('bad'))!;
    const shown = 'a\\x00b\\x01c\\x08d\\x0be\\x1bf\\x7fg\\ud800h\\udfffi\\ufffej\\uffffk';
    // In an attribute, line breaks and tabs are shown too: a parser would make them spaces.
    expect(suite['@_name']).toBe(`bad${shown}\\r\\nl\\tm<n>&o"p]]>q.yaml`);
    expect(property(suite, 'project.name')).toBe(`${shown}\\r\\nl\\tm<n>&o"p]]>q`);
    const failure = caseNamed(suite, 'documents-dated-before-loan').failure!;
    expect(failure['@_message']).toBe(`${shown}\\r\\nl\\tm<n>&o"p]]>q`);
    // In text, a newline and a tab stay as they are.
    expect(failure['#text']).toContain(`${shown}\\r\nl\tm<n>&o"p]]>q`);
  });

  it('streams: each dossier is one whole suite as soon as it is given, and the pieces are the whole report', () => {
    const report = fixtureReport();
    const context = formatContext('en');
    const writer = streamJunit(context);
    const pieces = [writer.begin(report)];
    for (const dossier of report.dossiers) {
      const piece = writer.dossier(dossier);
      expect(piece.match(/<testsuite /g)).toHaveLength(1);
      expect(piece.trimEnd().endsWith('</testsuite>')).toBe(true);
      expect(piece).toContain(`name="${dossier.file}"`);
      pieces.push(piece);
    }
    pieces.push(writer.end({ summary: summarize(report), skipped: report.skipped, fingerprint: auditFingerprint(report.audit!, report.dossiers) }));
    expect(pieces.join('')).toBe(formatJunit(report, context));
  });

  it('writes a well-formed document with no suite when no dossier was checked', () => {
    const empty: Report = { ...fixtureReport(), dossiers: [], skipped: [] };
    expect(parseJunit(formatJunit(empty, formatContext('en')))).toEqual([]);
  });
});
