import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configurationHash, readConfiguration } from '../../src/config/load-config.js';
import { RULE_PACK_LOADER } from '../../src/config/rule-packs.js';
import { DOSSIER_RULES, INPUT_RULES } from '../../src/rules/registry.js';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT } from '../support/run-cli.js';
import { dossierWithDownPayment, LOCAL_FLOOR_CONFIG, workspace } from '../support/reviewer-folders.js';

interface JsonReport {
  parameters: { name: string; value: unknown; source: string; configuration?: { file: string; line: number } }[];
  ignoredConfiguration: { file: string; reason: string }[];
  dossiers: { verdict: string; findings: { ruleId: string; severity: string; messageId: string }[] }[];
  summary: { errors: number; warnings: number };
}

const AS_OF = ['--as-of', '2016-12-31'];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A reviewer's folder with a configuration, and a dossiers folder beside it (never inside it). */
function reviewerAndDossiers(config: string, dossier = dossierWithDownPayment(20), configName = 'dossier-check.config.yaml') {
  const space = workspace({ [`reviewer/${configName}`]: config, 'dossiers/d.yaml': dossier });
  cleanup = space.remove;
  return space;
}

async function jsonRun(argv: string[], cwd: string) {
  const run = await runInProcess(['check', ...argv, ...AS_OF, '--format', 'json'], { cwd });
  return { ...run, report: (run.stdout ? JSON.parse(run.stdout) : undefined) as JsonReport };
}

const ruleIds = (report: JsonReport) => report.dossiers.flatMap((d) => d.findings.map((f) => f.ruleId));

describe('finding the configuration', () => {
  it('is found by searching upwards from the working folder, and --no-config ignores it', async () => {
    const space = reviewerAndDossiers('rules:\n  first-home-down-payment: off\n');
    mkdirSync(space.path('reviewer/cases/2016'), { recursive: true });
    const found = await jsonRun([space.path('dossiers')], space.path('reviewer/cases/2016'));
    expect(found.code).toBe(0);
    expect(ruleIds(found.report)).not.toContain('first-home-down-payment');

    const ignored = await jsonRun([space.path('dossiers'), '--no-config'], space.path('reviewer/cases/2016'));
    expect(ignored.code).toBe(1);
    expect(ruleIds(ignored.report)).toContain('first-home-down-payment');
  });

  it('is found under the .yml name too', async () => {
    const space = reviewerAndDossiers('rules:\n  first-home-down-payment: off\n', undefined, 'dossier-check.config.yml');
    const run = await jsonRun([space.path('dossiers')], space.path('reviewer'));
    expect(ruleIds(run.report)).not.toContain('first-home-down-payment');
  });

  it('is taken from --config, from any folder', async () => {
    const space = reviewerAndDossiers('rules:\n  first-home-down-payment: off\n', undefined, 'bank.yaml');
    const without = await jsonRun([space.path('dossiers')], space.root);
    expect(ruleIds(without.report)).toContain('first-home-down-payment');
    const given = await jsonRun([space.path('dossiers'), '--config', space.path('reviewer/bank.yaml')], space.root);
    expect(ruleIds(given.report)).not.toContain('first-home-down-payment');
  });

  it('supplies the as-of date and the format when the command line does not', async () => {
    const space = reviewerAndDossiers('asOf: 2016-07-01\nformat: json\n');
    const run = await runInProcess(['check', space.path('dossiers')], { cwd: space.path('reviewer') });
    expect((JSON.parse(run.stdout) as { asOf: string }).asOf).toBe('2016-07-01');
    const overridden = await runInProcess(['check', space.path('dossiers'), '--as-of', '2016-08-01', '--format', 'text'], { cwd: space.path('reviewer') });
    expect(overridden.stdout).toContain('checked as of 2016-08-01');
  });
});

describe('an invalid configuration', () => {
  it.each([
    [
      'an unknown rule id, with the nearest one',
      'rules:\n  first-home-downpayment: off\n',
      2,
      'rules.first-home-downpayment: unknown rule "first-home-downpayment"; did you mean "first-home-down-payment"?',
    ],
    ['a severity that is not one', 'rules:\n  first-home-down-payment: fatal\n', 2, 'rules.first-home-down-payment: expected off, error or warning'],
    ['a misspelt key, with the nearest one', 'rule:\n  first-home-down-payment: off\n', 1, 'rule: unknown key "rule"; did you mean "rules"?'],
    [
      'a value of the wrong type',
      `${LOCAL_FLOOR_CONFIG.replace('value: 20', 'value: twenty')}`,
      3,
      'parameters.firstHomeDownPaymentMinPercent.value: expected a number (%)',
    ],
    [
      'a configured value without its document',
      'parameters:\n  firstHomeDownPaymentMinPercent:\n    value: 20\n',
      2,
      'parameters.firstHomeDownPaymentMinPercent.document: missing, and required',
    ],
    ['a date that does not exist', 'asOf: 2016-02-30\n', 1, 'asOf: expected a real date as YYYY-MM-DD'],
    [
      'a floor below what local documents may set',
      LOCAL_FLOOR_CONFIG.replace('value: 20', 'value: 15'),
      3,
      'parameters.firstHomeDownPaymentMinPercent.value: 15% is below 20%',
    ],
    ['an input check turned off', 'rules:\n  yaml-syntax: off\n', 2, 'rules.yaml-syntax: "yaml-syntax" is one of the tool\'s own input checks'],
    ['broken YAML', 'rules: [off\n', 2, 'YAML syntax:'],
  ])('%s: one line naming the file, the line and the key path; exit 2', async (_name, config, line, message) => {
    const space = reviewerAndDossiers(config);
    const run = await runInProcess(['check', space.path('dossiers'), ...AS_OF], { cwd: space.path('reviewer') });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`dossier-check: dossier-check.config.yaml:${line}: ${message}`);
  });

  it('names the pack when a configuration lists rule packs this build cannot load', async () => {
    const space = reviewerAndDossiers('packs: [bank-rules.yaml]\n');
    const run = await runInProcess(['check', space.path('dossiers'), ...AS_OF], { cwd: space.path('reviewer') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bank-rules.yaml');
  });
});

describe('rules turned off and re-severed', () => {
  it('a rule made a warning no longer fails the dossier; its finding stays', async () => {
    const space = reviewerAndDossiers('rules:\n  first-home-down-payment: { severity: warning }\n');
    const run = await jsonRun([space.path('dossiers')], space.path('reviewer'));
    expect(run.code).toBe(0);
    const finding = run.report.dossiers[0]!.findings.find((f) => f.ruleId === 'first-home-down-payment');
    expect(finding?.severity).toBe('warning');
    expect(run.report.dossiers[0]!.verdict).toBe('pass');
  });

  it('a warning rule made an error fails the dossier', async () => {
    const warning = readFileSync(join(ROOT, 'fixtures/dossiers/warn-adbc-outside-scope.yaml'), 'utf8');
    const before = await jsonRun([reviewerAndDossiers('{}\n', warning).path('dossiers')], process.cwd());
    expect(before.report.dossiers[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([['adbc-lending-scope', 'warning']]);
    cleanup?.();
    const space = reviewerAndDossiers('rules:\n  adbc-lending-scope: error\n', warning);
    const run = await jsonRun([space.path('dossiers')], space.path('reviewer'));
    expect(run.report.dossiers[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([['adbc-lending-scope', 'error']]);
    expect(run.report.dossiers[0]!.verdict).toBe('fail');
    expect(run.code).toBe(1);
  });
});

describe('a parameter the configuration sets', () => {
  it('is applied by the rules that read it and shown as coming from the configuration, with its document', async () => {
    const space = reviewerAndDossiers(LOCAL_FLOOR_CONFIG);
    const withConfig = await jsonRun([space.path('dossiers')], space.path('reviewer'));
    expect(ruleIds(withConfig.report)).not.toContain('first-home-down-payment');
    const floor = withConfig.report.parameters.find((p) => p.name === 'firstHomeDownPaymentMinPercent');
    expect(floor).toMatchObject({ value: 20, configuration: { file: 'dossier-check.config.yaml', line: 3 } });
    expect(floor?.source).toContain('并政办发〔2016〕8号');
    expect(floor?.source).toContain('太原市人民政府办公厅');
    expect(floor?.source).not.toContain('122号');

    const text = await runInProcess(['check', space.path('dossiers'), ...AS_OF, '--verbose'], { cwd: space.path('reviewer') });
    expect(text.stdout).toMatch(
      /minimum down payment: 20%\s+\(并政办发〔2016〕8号（太原市人民政府办公厅，2016-03-01）; set by the configuration dossier-check\.config\.yaml:3\)/,
    );

    const without = await jsonRun([space.path('dossiers'), '--no-config'], space.path('reviewer'));
    expect(ruleIds(without.report)).toContain('first-home-down-payment');
    expect(without.report.parameters.find((p) => p.name === 'firstHomeDownPaymentMinPercent')?.configuration).toBeUndefined();
  });

  it('does not apply before its date', async () => {
    const space = reviewerAndDossiers(LOCAL_FLOOR_CONFIG.replace('date: 2016-03-01', 'date: 2016-07-01'));
    const run = await jsonRun([space.path('dossiers')], space.path('reviewer'));
    // The terms of 2016-06-01 were set before the local document: the national 25% governed them.
    expect(ruleIds(run.report)).toContain('first-home-down-payment');
  });
});

describe('the configuration hash', () => {
  const read = async (text: string) => {
    const space = workspace({ 'c.yaml': text });
    try {
      const known = { knownRules: DOSSIER_RULES, inputRuleIds: new Set(Object.values(INPUT_RULES).map((rule) => rule.meta.id)), packLoader: RULE_PACK_LOADER };
      return configurationHash(await readConfiguration(space.path('c.yaml'), 'c.yaml', known));
    } finally {
      space.remove();
    }
  };

  it('is the same for the same settings written in another order or form, and changes with a setting', async () => {
    const a = await read('rules:\n  purchase-scope: warning\n  four-approvals: off\nasOf: 2016-12-31\n');
    const b = await read('# comment\nasOf: 2016-12-31\nrules:\n  four-approvals: { severity: off }\n  purchase-scope: warning\n');
    const c = await read('rules:\n  purchase-scope: error\n  four-approvals: off\nasOf: 2016-12-31\n');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});
