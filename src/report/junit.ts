import { createCB } from 'xmlbuilder2';
import { AUDIT_FORMAT } from '../engine/audit.js';
import type { ChecklistItem, DossierResult, Finding, Lang } from '../engine/types.js';
import { citation } from '../notice/clauses.js';
import { parameterValue } from '../notice/parameters.js';
import type { RuleMeta } from '../rules/define-rule.js';
import { DOSSIER_RULES, INPUT_RULES, MODULE_OF_RULE } from '../rules/registry.js';
import type { Formatter } from './format-context.js';
import { clauseCitation, findingLocation, nationalBasis, SEVERITY_WORD, waiverText } from './finding-text.js';
import { type ReportHeader, type StreamingFormatter, wholeReport } from './report-stream.js';
import { xmlAttribute, xmlText } from './xml-text.js';

/*
 * JUnit XML as Jenkins (the `junit` step, and the xUnit plugin, which validates against
 * jenkinsci/xunit-plugin src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd) and GitLab
 * (`artifacts:reports:junit`, read by lib/gitlab/ci/parsers/test/junit.rb) accept. Only what that XSD declares is
 * written: `testsuites` (name), `testsuite` (name, tests, failures, errors, skipped, file), `properties`,
 * `testcase` (name, classname) holding at most one of `failure`, `error`, `skipped`, and `system-out`. No `time` or
 * `timestamp`: the report must be byte-identical for identical input. No `file` on a test case either, which GitLab
 * would show but the XSD does not allow; the place is in the failure's text.
 *
 * The shape:
 * - one `testsuite` per dossier, named by its file; the project id and name, verdict, as-of date and SHA-256 are
 *   its properties.
 * - one `testcase` per loan-condition checklist item (classname `<file>.checklist`) and per rule evaluated
 *   (classname `<file>.<module>`, name the rule id). Jenkins splits a classname at its last dot into package and
 *   class, so its tree reads dossier file → rule module → rule; GitLab lists the classname and name under the
 *   suite. A rule that found nothing is a passing test case, so the count of tests is the count of checks made.
 * - an unwaived error fails its test case: `failure` with the first message (and how many more), the rule id as
 *   type, and a body giving each finding with its location, clause, national basis and data path.
 * - warnings do not fail: a dossier with only warnings passes its verdict, and a failed test would turn a Jenkins
 *   build unstable and a GitLab merge request red where the run itself (exit code, `--fail-on error`) passes. They
 *   are listed in the test case's `system-out`, which Jenkins shows on the test's page.
 * - a finding a reviewer waived makes its test case `skipped`, with `waived: reason (approver, until date)`.
 * - a rule that failed to run (`internal-error`) is an `error`: the check's result is unknown, not negative.
 * - a dossier that could not be read or validated ran no rule: its test cases are the input checks that failed.
 *
 * The root carries no totals: it is written before the first dossier is checked, and XML has no way to add
 * attributes to a start tag already written. Both consumers count the suites themselves (the XSD makes the root's
 * counts optional), and each suite's counts are exact.
 */

interface JunitOutcome {
  kind: 'failure' | 'error' | 'skipped';
  message: string;
  type?: string;
  body?: string;
}

interface JunitCase {
  classname: string;
  name: string;
  outcome?: JunitOutcome;
  output?: string;
}

const WORDS = {
  path: { zh: '数据路径', en: 'path' },
  more: { zh: (n: number) => `（另有 ${n} 项）`, en: (n: number) => ` (and ${n} more)` },
  notMet: { zh: '贷款发放条件未满足', en: 'loan condition not met' },
  notRequired: { zh: '依法无需办理', en: 'not required by law' },
  notEvaluated: { zh: '资料无法读取或不符合格式，未运行任何检查规则', en: 'not readable or not in format v1; no rule ran' },
} as const;

/** The rules run on an evaluated dossier, in catalogue order: the input checks, then the dossier rules in force. */
function evaluatedRules(rules: readonly RuleMeta[], asOf: string): string[] {
  const input = [INPUT_RULES.yamlSyntax, INPUT_RULES.fileEncoding, INPUT_RULES.schemaViolation, INPUT_RULES.documentReference];
  // As the engine decides: a rule bound to a parameter runs only while that parameter has a value.
  const inForce = rules.filter((meta) => !meta.appliesWhen || parameterValue(meta.appliesWhen, asOf) !== undefined);
  return [...input.map((rule) => rule.meta.id), ...inForce.map((meta) => meta.id)];
}

function findingBlock(finding: Finding, lang: Lang): string {
  const lines = [`${SEVERITY_WORD[finding.severity][lang]}  ${findingLocation(finding)}  ${finding.message[lang]}`, `  ${clauseCitation(finding, lang)}`];
  const basis = nationalBasis(finding, lang);
  if (basis) lines.push(`  ${basis}`);
  if (finding.path) lines.push(`  ${WORDS.path[lang]}: ${finding.path}`);
  if (finding.waiver) lines.push(`  ${waiverText(finding.waiver, lang)}`);
  return lines.join('\n');
}

function findingsText(findings: readonly Finding[], lang: Lang): string {
  return findings.map((finding) => findingBlock(finding, lang)).join('\n\n');
}

function firstOf(findings: readonly Finding[], lang: Lang): string {
  const [first] = findings;
  if (!first) return '';
  return findings.length === 1 ? first.message[lang] : first.message[lang] + WORDS.more[lang](findings.length - 1);
}

/**
 * What a set of findings makes of one test case: failed by an unwaived error, skipped when every error was waived,
 * passing otherwise; every finding is in the text either way.
 */
function outcomeOf(findings: readonly Finding[], type: string, lang: Lang): Pick<JunitCase, 'outcome' | 'output'> {
  if (findings.length === 0) return {};
  const open = findings.filter((finding) => !finding.waiver);
  const openErrors = open.filter((finding) => finding.severity === 'error');
  const body = findingsText(findings, lang);
  if (openErrors.length > 0) {
    const kind = type === INPUT_RULES.internalError.meta.id ? 'error' : 'failure';
    return { outcome: { kind, message: firstOf(openErrors, lang), type, body } };
  }
  const waived = findings.filter((finding) => finding.waiver);
  if (waived.length > 0) {
    const message = [...new Set(waived.map((finding) => (finding.waiver ? waiverText(finding.waiver, lang) : '')))].join('; ');
    return { outcome: { kind: 'skipped', message }, output: body };
  }
  return { output: body };
}

function checklistCase(item: ChecklistItem, { file, findings }: DossierResult, lang: Lang): JunitCase {
  const classname = `${file}.checklist`;
  const name = `${item.key} — ${item.label[lang]}`;
  // Only errors fail a loan condition; the warnings that name it are shown with it.
  const naming = findings.filter((finding) => finding.checklistItems?.includes(item.key));
  const errors = naming.filter((finding) => finding.severity === 'error');
  const cited = citation(item.clause);
  if (errors.length > 0) {
    const result = outcomeOf(naming, errors[0]?.ruleId ?? '', lang);
    if (result.outcome?.kind === 'failure') result.outcome.message = `${WORDS.notMet[lang]}: ${result.outcome.message}`;
    return { classname, name, ...result };
  }
  if (item.status === 'fail') {
    // Failed by a finding this report does not hold: still a failure, with the place of the item.
    const where = `${file}:${item.line}:${item.column}  ${cited}`;
    return { classname, name, outcome: { kind: 'failure', message: WORDS.notMet[lang], type: 'checklist', body: where } };
  }
  const notes: string[] = [];
  if (item.status === 'not-required') notes.push(`${WORDS.notRequired[lang]}: ${item.basis ?? ''}`);
  if (naming.length > 0) notes.push(findingsText(naming, lang));
  return { classname, name, ...(notes.length > 0 ? { output: notes.join('\n\n') } : {}) };
}

/** The test cases of one dossier, in a stable order: its checklist, then the rules in catalogue order. */
function dossierCases(dossier: DossierResult, ruleIds: readonly string[], lang: Lang): JunitCase[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of dossier.findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  const cases: JunitCase[] = [];
  for (const item of dossier.checklist) cases.push(checklistCase(item, dossier, lang));
  // A dossier that could not be read ran no rule: only the checks that failed it are test cases.
  const ids = dossier.evaluated ? [...ruleIds] : [];
  // Findings of rules outside the list (a rule that failed to run, an embedded rule) keep a test case of their own.
  for (const id of byRule.keys()) if (!ids.includes(id)) ids.push(id);
  for (const id of ids) {
    const classname = `${dossier.file}.${MODULE_OF_RULE.get(id) ?? 'rules'}`;
    cases.push({ classname, name: id, ...outcomeOf(byRule.get(id) ?? [], id, lang) });
  }
  return cases;
}

function suiteProperties(dossier: DossierResult, asOf: string, tool: string, lang: Lang, audit: ReportHeader['audit']): [string, string][] {
  const properties: [string, string][] = [];
  if (dossier.project) properties.push(['project.id', dossier.project.id], ['project.name', dossier.project.name]);
  properties.push(['verdict', dossier.verdict], ['evaluated', String(dossier.evaluated)], ['asOf', asOf]);
  if (dossier.sha256) properties.push(['sha256', dossier.sha256]);
  // The dossier's part of the audit fingerprint, and the settings it covers (the XSD has properties only on suites).
  for (const evidence of dossier.evidence ?? []) properties.push([`evidence.sha256:${evidence.path}`, evidence.sha256]);
  if (!dossier.evaluated) properties.push(['note', WORDS.notEvaluated[lang]]);
  properties.push(['tool', tool]);
  if (audit) {
    properties.push(['audit.catalogue', audit.catalogue], ['audit.configuration', audit.configuration ?? 'none'], ['audit.waivers', audit.waivers ?? 'none']);
    properties.push(['audit.rules', audit.options.rules ? audit.options.rules.join(',') : 'all'], ['audit.packs', audit.options.packs.join(',')]);
  }
  return properties;
}

type XmlStream = ReturnType<typeof createCB>;

function writeCase(xml: XmlStream, testCase: JunitCase): void {
  xml.ele('testcase').att('classname', xmlAttribute(testCase.classname)).att('name', xmlAttribute(testCase.name));
  const { outcome, output } = testCase;
  if (outcome) {
    xml.ele(outcome.kind).att('message', xmlAttribute(outcome.message));
    if (outcome.type !== undefined) xml.att('type', xmlAttribute(outcome.type));
    if (outcome.body !== undefined) xml.txt(xmlText(outcome.body));
    xml.up();
  }
  if (output !== undefined) xml.ele('system-out').txt(xmlText(output)).up();
  xml.up();
}

/**
 * The report as JUnit XML, one `testsuite` per dossier as it is checked. Built with xmlbuilder2's callback builder,
 * which hands over each piece of the document as it is serialised: each call returns what the builder produced
 * meanwhile, so the pieces join into one well-formed document and no dossier is kept.
 */
export const streamJunit: StreamingFormatter = ({ lang, rules }) => {
  let pending = '';
  const xml = createCB({
    data: (chunk: string) => {
      pending += chunk;
    },
    // A bug here must not become a malformed report.
    error: (error: Error) => {
      throw error;
    },
    prettyPrint: true,
    wellFormed: true,
  });
  const take = () => {
    const text = pending;
    pending = '';
    return text;
  };
  let ruleIds: string[] = [];
  let asOf = '';
  let tool = '';
  let audit: ReportHeader['audit'];
  return {
    begin(header) {
      audit = header.audit;
      ruleIds = evaluatedRules(rules ?? DOSSIER_RULES.map((rule) => rule.meta), header.asOf);
      asOf = header.asOf;
      tool = `${header.tool.name} ${header.tool.version}`;
      xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites').att('name', header.tool.name);
      return take();
    },
    dossier(result) {
      const cases = dossierCases(result, ruleIds, lang);
      const count = (kind: JunitOutcome['kind']) => String(cases.filter((testCase) => testCase.outcome?.kind === kind).length);
      xml
        .ele('testsuite')
        .att('name', xmlAttribute(result.file))
        .att('tests', String(cases.length))
        .att('failures', count('failure'))
        .att('errors', count('error'))
        .att('skipped', count('skipped'))
        .att('file', xmlAttribute(result.file));
      xml.ele('properties');
      for (const [name, value] of suiteProperties(result, asOf, tool, lang, audit))
        xml.ele('property').att('name', xmlAttribute(name)).att('value', xmlAttribute(value)).up();
      xml.up();
      for (const testCase of cases) writeCase(xml, testCase);
      xml.up();
      return take();
    },
    end({ fingerprint }) {
      // Known only now, after the suites: a comment, which the XSD leaves to the reader, is the place left.
      if (fingerprint) xml.com(` ${AUDIT_FORMAT} fingerprint: ${fingerprint} `);
      xml.up().end();
      return `${take()}\n`;
    },
  };
};

export const formatJunit: Formatter = wholeReport(streamJunit);
