import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/engine/check.js';
import type { Report } from '../../src/engine/types.js';
import { loadRulePack } from '../../src/packs/load-pack.js';
import { FORMATTERS } from '../../src/report/formatters.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { ALL_RULES, DOSSIER_RULES } from '../../src/rules/registry.js';
import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT } from '../support/run-cli.js';
import { onePack, packFolder } from './pack-files.js';

const write = packFolder();
const EXAMPLE_PACK = join(ROOT, 'fixtures/bank-pack/capital.pack.yaml');
const packRules = await loadRulePack(EXAMPLE_PACK);

/** One dossier text checked with the built-in rules and the given pack rules, through the library. */
function checkWith(rules: readonly Rule[], text: string): Report {
  return checkSources([{ file: 'dossier.yaml', bytes: new TextEncoder().encode(text) }], { asOf: '2020-01-01', rules: [...DOSSIER_RULES, ...rules] });
}

const findingsOf = (report: Report, ruleId: string) => report.dossiers[0]!.findings.filter((finding) => finding.ruleId === ruleId);

/** A pack of one rule from its YAML lines, loaded. */
async function rule(name: string, lines: string): Promise<Rule> {
  const [loaded] = await loadRulePack(write(`${name}.pack.yaml`, onePack(lines)));
  return loaded!;
}

describe('the example pack through the library', () => {
  // BASE_DOSSIER: 16000 of 80000 is 20% project capital, below the bank's 25% though above the notice's 20%.
  const report = checkWith(packRules, base);

  it('reports the bank’s finding beside the built-in ones, at the value it concerns', () => {
    const [finding] = findingsOf(report, 'bank/capital-25');
    expect(finding).toMatchObject({
      severity: 'error',
      ...valuePosition(base, 'projectCapital: 16000'),
      path: 'project.projectCapital',
      message: {
        zh: '本行项目贷款要求项目资本金不低于总投资的 25%，本资料为 20%',
        en: 'Our project loans require project capital of at least 25% of total investment; this dossier has 20%',
      },
    });
    expect(report.dossiers[0]!.verdict).toBe('fail');
  });

  it('cites the bank’s policy and no clause of the notice', () => {
    const [finding] = findingsOf(report, 'bank/capital-25');
    expect(finding!.policy).toBe('《示例银行棚户区改造贷款管理办法》（2024年版）第十二条');
    expect(finding!.clause).toBeUndefined();
    expect(finding!.basis).toBeUndefined();
    // A rule without its own citation cites the pack's policy.
    const withoutCitation = checkWith(packRules, replaceOnce(base, ', bank: 国家开发银行山西省分行 }', ' }'));
    expect(findingsOf(withoutCitation, 'bank/supervision-account-bank')[0]!.policy).toBe('《示例银行棚户区改造贷款管理办法》（2024年版）');
  });

  it('text: the policy is labelled as the bank’s, not the notice’s, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const text = FORMATTERS.text(report, { lang, color: new Chalk({ level: 0 }), verbose: false });
      const line = text.split('\n').find((each) => each.includes('bank/capital-25'))!;
      const label = lang === 'en' ? 'bank policy (not the notice): ' : '银行政策（非通知条款）：';
      expect(line).toMatch(new RegExp(`\\[${label.replace(/[()]/g, '\\$&')}《示例银行棚户区改造贷款管理办法》（2024年版）第十二条\\]$`));
      expect(line).not.toMatch(/N-\d\.\d|122号|input check|输入检查/);
    }
  });

  it('json: `policy` and no clause, within schemas/report.schema.json', () => {
    const json = JSON.parse(FORMATTERS.json(report, { lang: 'en', color: new Chalk({ level: 0 }), verbose: false }));
    const finding = json.dossiers[0].findings.find((each: { ruleId: string }) => each.ruleId === 'bank/capital-25');
    expect(finding.policy).toBe('《示例银行棚户区改造贷款管理办法》（2024年版）第十二条');
    expect(finding).not.toHaveProperty('clause');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
      JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')) as object,
    );
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('terminal text from a pack is escaped like text from a dossier', async () => {
    const hostile = await loadRulePack(write('hostile.pack.yaml', onePack('    citation: "政策\\e[2J第一条"\n    require: false\n')));
    const text = FORMATTERS.text(checkWith(hostile, base), { lang: 'en', color: new Chalk({ level: 0 }), verbose: false });
    expect(text).not.toContain('\u001b[2J');
    expect(text).toContain('政策\\x1b[2J第一条');
  });

  it('no built-in rule cites a bank policy', () => {
    for (const { meta } of ALL_RULES) expect(meta.policy, meta.id).toBeUndefined();
  });
});

describe('the example pack through the command line', () => {
  const rules = [...DOSSIER_RULES, ...packRules];

  it('passes the sample dossier the pack was written for', async () => {
    const run = await runInProcess(['check', 'fixtures/bank-pack/sample.dossier.yaml', '--as-of', '2020-01-01'], { rules });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('fails a dossier the notice accepts but the bank does not, reporting the policy in JSON', async () => {
    // 30400 of 152000 is the notice's 20%, below the bank's 25%.
    const plain = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', '--as-of', '2020-01-01']);
    expect(plain.code).toBe(0);
    const run = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', '--as-of', '2020-01-01', '--format', 'json'], { rules });
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).dossiers[0].findings as { ruleId: string; policy?: string; clause?: unknown }[];
    expect(findings.map((finding) => finding.ruleId)).toEqual(['bank/capital-25']);
    expect(findings[0]).toMatchObject({ policy: '《示例银行棚户区改造贷款管理办法》（2024年版）第十二条' });
    expect(findings[0]).not.toHaveProperty('clause');
  });
});

describe('declarative rules', () => {
  it('apply only to the dossiers that match `when`', async () => {
    const onlyBridgeLoans = await rule('when', '    when: { properties: { loan: { properties: { product: { const: bridge-loan } } } } }\n    require: false\n');
    expect(findingsOf(checkWith([onlyBridgeLoans], base), 'bank/rule')).toEqual([]);
    const bridge = replaceOnce(base, 'product: project-loan', 'product: bridge-loan');
    expect(findingsOf(checkWith([onlyBridgeLoans], bridge), 'bank/rule')).toHaveLength(1);
  });

  it('report each failing item of a list at the item', async () => {
    const text = replaceOnce(
      base,
      '  - { id: d-measures, kind: compensation-measures, issuer: 小店区人民政府, issued: 2016-01-10 }',
      '  - { id: d-measures, kind: compensation-measures, issuer: 小店区人民政府, issued: 2015-01-10 }',
    );
    const numbered = await rule(
      'items',
      "    message: { zh: '{value} 早于 2016 年', en: '{value} is before 2016' }\n    require: { properties: { documents: { items: { properties: { issued: { pattern: '^2016' } } } } } }\n",
    );
    const findings = findingsOf(checkWith([numbered], text), 'bank/rule');
    // One finding per failing value, in the order of the file; the survey (2015-12-10) fails too.
    expect(findings.map((finding) => finding.path)).toEqual(['documents[0].issued', 'documents[13].issued']);
    expect(findings[0]).toMatchObject({ ...valuePosition(text, 'issued: 2015-01-10'), message: { en: '2015-01-10 is before 2016' } });
  });

  it('report one finding where several alternatives of `anyOf` fail, at the value', async () => {
    const either = await rule(
      'anyof',
      '    require: { properties: { loan: { properties: { amount: { anyOf: [{ maximum: 100 }, { minimum: 90000 }] } } } } }\n',
    );
    const findings = findingsOf(checkWith([either], base), 'bank/rule');
    expect(findings.map((finding) => ({ path: finding.path, line: finding.line, column: finding.column }))).toEqual([
      { path: 'loan.amount', ...valuePosition(base, 'amount: 50000') },
    ]);
  });

  it('point at a missing key’s map, and at `path` when the pack names one', async () => {
    const missing = await rule('missing', '    require: { properties: { project: { required: [households, pilot] } } }\n');
    const [finding] = findingsOf(checkWith([missing], base), 'bank/rule');
    expect(finding).toMatchObject({ path: 'project.pilot', ...positionOf(base, 'project:') });
    const pointed = await rule('pointed', '    path: loan.lender.kind\n    require: { properties: { project: { required: [pilot] } } }\n');
    const [atPath] = findingsOf(checkWith([pointed], base), 'bank/rule');
    expect(atPath).toMatchObject({ path: 'loan.lender.kind', ...valuePosition(base, 'kind: china-development-bank') });
  });

  it('fill placeholders from the data, and say so when a value is not given', async () => {
    const named = await rule(
      'named',
      "    message: { zh: '{project.name}：{project.pilot}', en: '{project.name} / {agreements[0].term} / {project.pilot}' }\n    require: false\n",
    );
    const [finding] = findingsOf(checkWith([named], base), 'bank/rule');
    expect(finding!.message).toEqual({ zh: '测试棚户区改造项目：（未填写）', en: '测试棚户区改造项目 / {"from":2016,"to":2017} / (not given)' });
  });

  it('may refer to the dossier schema’s definitions by its $id', async () => {
    const referring = await rule(
      'ref',
      "    require: { properties: { loan: { properties: { applicationDate: { $ref: 'https://dossier-check.invalid/schemas/dossier-v1.schema.json#/$defs/date', pattern: '^2017' } } } } }\n",
    );
    expect(findingsOf(checkWith([referring], base), 'bank/rule').map((finding) => finding.path)).toEqual(['loan.applicationDate']);
  });

  it('are keyed by their pack’s bytes, so a cached result does not outlive a changed pack', async () => {
    const path = write('keyed.pack.yaml', onePack('    require: true\n'));
    const [before] = await loadRulePack(path);
    write('keyed.pack.yaml', onePack('    require: false\n'));
    const [after] = await loadRulePack(path);
    expect(before!.meta.pack!.sha256).not.toBe(after!.meta.pack!.sha256);
    expect(JSON.stringify(before!.meta)).not.toBe(JSON.stringify(after!.meta));
  });
});
