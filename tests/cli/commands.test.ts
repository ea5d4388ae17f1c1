import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/registry.js';
import { ROOT, runCli } from '../support/run-cli.js';

describe('rules', () => {
  it('lists every rule with severity, clause and title', () => {
    const run = runCli(['rules']);
    expect(run.code).toBe(0);
    for (const { meta } of ALL_RULES) expect(run.stdout).toContain(meta.id);
    expect(run.stdout).toMatch(
      /four-approvals\s+error\s+N-4\.4 · 晋政办发〔2015〕122号 四\(四\)\s+作为…条件 \(duty or prohibition\)\s+Every construction component has the four approvals/,
    );
    expect(run.stdout).toMatch(/bridge-loan-lender\s+warning\s+N-4\.4 · 晋政办发〔2015〕122号 四\(四\)\s+可以 \(permission or encouragement\)/);
    expect(run.stdout).toMatch(/yaml-syntax\s+error\s+dossier-check input check\s+—/);
  });

  it('prints the catalogue as JSON', () => {
    type Entry = {
      id: string;
      severity: string;
      clause?: unknown;
      rests?: { quote: string; modal: string; modalClass: string; reading?: unknown };
      basis?: Record<string, string>;
    };
    const parsed = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { rules: Entry[] };
    expect(parsed.rules.map((rule) => rule.id)).toEqual(ALL_RULES.map(({ meta }) => meta.id));
    const byId = new Map(parsed.rules.map((rule) => [rule.id, rule]));
    expect(byId.get('adbc-lending-scope')).toMatchObject({ severity: 'warning', rests: { modal: '鼓励', modalClass: 'permission' } });
    expect(byId.get('adbc-lending-scope')!.rests!.quote).toContain('鼓励农业发展银行在其业务范围内');
    expect(byId.get('competent-issuer')!.rests!.reading).toBeDefined();
    expect(byId.get('eia-re-review')).toMatchObject({
      severity: 'error',
      rests: { modal: '应当', modalClass: 'duty' },
      basis: { document: '环境影响评价法', article: '第二十四条', effective: '2003-09-01', status: 'verified' },
    });
    expect(byId.get('yaml-syntax')!.clause).toBeUndefined();
    expect(byId.get('yaml-syntax')!.rests).toBeUndefined();
  });
});

describe('explain', () => {
  it('prints the clause text from the notice, the gloss, what is checked, how to fix and both examples', () => {
    const run = runCli(['explain', 'four-approvals', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('four-approvals  error  N-4.4 · 晋政办发〔2015〕122号 四(四)');
    expect(run.stdout).toContain('Clause (Chinese text of the notice):\n    （四）争取开发性金融支持。');
    expect(run.stdout).toContain('将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件。');
    expect(run.stdout).toContain('English gloss:\n    (the lending clause) Entities that take on shantytown tasks');
    expect(run.stdout).toContain('What is checked:\n    For the infrastructure and resettlement-housing construction part');
    expect(run.stdout).toContain('How to fix:\n    List the approval in `documents`');
    expect(run.stdout).toContain('Passes:\n    components:');
    expect(run.stdout).toContain('Fails:\n    components:');
  });

  it('speaks Chinese with --lang zh', () => {
    const run = runCli(['explain', 'purchase-scope', '--lang', 'zh']);
    expect(run.stdout).toContain('检查内容:\n    政府购买棚户区改造服务的范围');
  });

  it('names the source and its status for a national rule', () => {
    const out = runCli(['explain', 'land-pre-review-validity', '--lang', 'en']).stdout;
    expect(out).toContain(
      'Source:\n    N-4.4 · 晋政办发〔2015〕122号 四(四)\n    自然资规〔2019〕2号; 建设项目用地预审管理办法（国土资源部令第42号，部令第68号修正） 一; 第十七条 (in force from 2009-01-01; verified)',
    );
    // What of it is only reported is said where it matters.
    expect(out).toContain('the 2- and 3-year periods of 第十七条 are reported only');
  });

  it('quotes the sentence the rule rests on, with its modal word and its class', () => {
    const out = runCli(['explain', 'bridge-loan-lender', '--lang', 'en']).stdout;
    expect(out).toContain('bridge-loan-lender  warning  N-4.4');
    expect(out).toContain(
      'The sentence the rule rests on:\n    「在依法合规、风险可控的前提下，开发银行可以通过专项过桥贷款对符合条件的实施主体提供过渡性资金安排」\n    Modal word: 可以 (permission or encouragement)',
    );
    const own = runCli(['explain', 'competent-issuer', '--lang', 'zh']).stdout;
    expect(own).toContain('本项目的理解（因此只发警告）: 通知只说四项审批由“有关部门出具”');
  });

  it('says an input rule cites no clause of the notice', () => {
    const out = runCli(['explain', 'yaml-syntax', '--lang', 'en']).stdout;
    expect(out).toContain('yaml-syntax  error  dossier-check input check');
    expect(out).toContain('it cites no clause of the notice');
    expect(out).not.toContain('晋政办发');
  });

  it('rejects an unknown rule with the nearest id', () => {
    const run = runCli(['explain', 'four-aprovals']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown rule "four-aprovals"; did you mean "four-approvals"?');
  });
});

describe('schema', () => {
  it('prints the published JSON Schema', () => {
    const run = runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8')));
  });
});

describe('help and version', () => {
  it('prints the version from package.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(manifest.version);
  });
});
