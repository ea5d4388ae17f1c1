import { XMLParser } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding, Lang, Report } from '../../src/engine/types.js';
import { loadRulePack } from '../../src/packs/load-pack.js';
import { FORMAT_NAMES, type FormatName } from '../../src/report/format-names.js';
import { FORMATTERS } from '../../src/report/formatters.js';
import { DOSSIER_RULES } from '../../src/rules/registry.js';
import { BASE_DOSSIER } from '../support/dossier-text.js';
import { plainContext, textReport } from '../support/library-report.js';
import { ROOT } from '../support/run-cli.js';
import { sarifErrors, validateSarif } from '../support/sarif-schema.js';

// A bank's rule cites the bank's policy: every format must say so, and none may present it as a clause of the notice
// or as the checker's own input check. BASE_DOSSIER has 20% project capital, below the example pack's 25%.
const PACK = await loadRulePack(`${ROOT}/fixtures/bank-pack/capital.pack.yaml`);
const RULES = [...DOSSIER_RULES, ...PACK];
const REPORT = textReport({ 'd.yaml': BASE_DOSSIER }, { rules: RULES });
const POLICY = '《示例银行棚户区改造贷款管理办法》（2024年版）第十二条';
const CITED = { en: `bank policy (not the notice): ${POLICY}`, zh: `银行政策（非通知条款）：${POLICY}` } as const;
const NOT_INPUT = { en: 'dossier-check input check', zh: 'dossier-check 输入检查' } as const;
const RULE_ID = 'bank/capital-25';

function bankFinding(report: Report): Finding {
  const found = report.dossiers.flatMap((dossier) => dossier.findings).find((finding) => finding.ruleId === RULE_ID);
  if (!found) throw new Error(`no finding of ${RULE_ID}`);
  return found;
}

function formatted(name: FormatName, lang: Lang): string {
  return FORMATTERS[name](REPORT, { ...plainContext(lang), rules: RULES.map((rule) => rule.meta) });
}

/** The part of a report that speaks of the bank's finding: the first line holding its message, and the two after. */
function aroundMessage(text: string, lang: Lang): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(bankFinding(REPORT).message[lang].slice(0, 12)));
  expect(at, 'the report holds the finding').toBeGreaterThanOrEqual(0);
  return lines.slice(at, at + 3).join('\n');
}

describe('a bank rule’s finding in every format', () => {
  it('is a finding with the bank’s policy and no clause', () => {
    const finding = bankFinding(REPORT);
    expect(finding.policy).toBe(POLICY);
    expect(finding.clause).toBeUndefined();
    expect(finding.severity).toBe('error');
  });

  for (const lang of ['en', 'zh'] as const) {
    // JSON and SARIF carry the policy as data: their own tests below.
    for (const name of FORMAT_NAMES.filter((format) => format !== 'json' && format !== 'sarif')) {
      it(`${name} (${lang}) cites the bank’s policy as such, never as the notice or an input check`, () => {
        const text = formatted(name, lang);
        // Markdown escapes punctuation with backslashes, a GitHub property `:` and `,`: read back here.
        const unescaped: Partial<Record<FormatName, (near: string) => string>> = {
          markdown: (near) => near.replaceAll('\\', ''),
          github: (near) => near.replaceAll('%3A', ':').replaceAll('%2C', ','),
        };
        const near = (unescaped[name] ?? ((same: string) => same))(aroundMessage(text, lang));
        expect(near).toContain(CITED[lang]);
        expect(near).not.toContain(NOT_INPUT[lang]);
        expect(near).not.toContain('晋政办发〔2015〕122号');
      });
    }
  }

  it('JSON carries the policy in place of a clause', () => {
    const json = JSON.parse(formatted('json', 'en')) as { dossiers: { findings: Record<string, unknown>[] }[] };
    const finding = json.dossiers[0]!.findings.find((f) => f.ruleId === RULE_ID)!;
    expect(finding.policy).toBe(POLICY);
    expect(finding).not.toHaveProperty('clause');
  });

  it('SARIF lists the pack’s rules in the driver, tagged as the bank’s policy, and the result points at its rule', () => {
    const log = JSON.parse(formatted('sarif', 'en')) as Log;
    expect(validateSarif(log), sarifErrors()).toBe(true);
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules ?? [];
    for (const { meta } of PACK) expect(rules.map((rule) => rule.id)).toContain(meta.id);
    const result = run.results!.find((r) => r.ruleId === RULE_ID)!;
    const descriptor = rules[result.ruleIndex!]!;
    expect(descriptor.id).toBe(RULE_ID);
    expect(descriptor.properties?.tags).toContain('bank-policy');
    expect(descriptor.properties).toMatchObject({ policy: POLICY, citation: CITED.en });
    expect(descriptor.properties).not.toHaveProperty('clause');
    expect(descriptor.help?.text).toContain(CITED.en);
    expect(descriptor.help?.text).not.toContain(NOT_INPUT.en);
    expect(result.properties).toMatchObject({ policy: POLICY, citation: CITED.en });
    expect(result.properties).not.toHaveProperty('clause');
  });

  it('SARIF without the run’s rules still reports the finding, by id and without an index', () => {
    const log = JSON.parse(FORMATTERS.sarif(REPORT, plainContext('en'))) as Log;
    expect(validateSarif(log), sarifErrors()).toBe(true);
    const result = log.runs[0]!.results!.find((r) => r.ruleId === RULE_ID)!;
    expect(result.ruleIndex).toBeUndefined();
    expect(result.properties).toMatchObject({ citation: CITED.en });
  });

  it('JUnit fails the bank rule’s test case, citing the policy', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'testcase' || tag === 'testsuite' });
    const xml = parser.parse(formatted('junit', 'en')) as {
      testsuites: { testsuite: { testcase: { '@_name': string; failure?: { '@_type': string; '#text': string } }[] }[] };
    };
    const testCase = xml.testsuites.testsuite[0]!.testcase.find((c) => c['@_name'] === RULE_ID)!;
    expect(testCase.failure?.['@_type']).toBe(RULE_ID);
    expect(testCase.failure?.['#text']).toContain(CITED.en);
  });

  it('GitHub titles the annotation with the rule and the bank’s policy', () => {
    const line = formatted('github', 'en')
      .split('\n')
      .find((l) => l.includes(`title=${RULE_ID} · `))!;
    expect(line.startsWith('::error ')).toBe(true);
    // The title is a property: its `,` and `:` are escaped; the policy has neither.
    expect(line).toContain(`title=${RULE_ID} · bank policy (not the notice)%3A ${POLICY}`);
  });
});
