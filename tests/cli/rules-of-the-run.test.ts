import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../src/rules/registry.js';
import { BASE_DOSSIER } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT } from '../support/run-cli.js';
import { workspace } from '../support/reviewer-folders.js';

// The rules a run applies are those of the built-in catalogue, narrowed by `--rule` and the configuration's `off`,
// widened by the configuration's packs: every command that names rules (`check --rule`, `explain`, `rules`) and every
// report that lists them (JUnit's test cases) must agree on them.

const PACK = readFileSync(join(ROOT, 'fixtures/bank-pack/capital.pack.yaml'), 'utf8');
const PACK_RULES = ['bank/capital-25', 'bank/agreement-term-cap', 'bank/supervision-account-bank'];
const AS_OF = ['--as-of', '2016-12-31'];
const INPUT_IDS = [INPUT_RULES.yamlSyntax, INPUT_RULES.fileEncoding, INPUT_RULES.schemaViolation, INPUT_RULES.documentReference].map((r) => r.meta.id);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A reviewer's folder with a configuration (and the example bank pack), and a dossier folder beside it. */
function reviewerAndDossiers(config: string) {
  const space = workspace({ 'reviewer/dossier-check.config.yaml': config, 'reviewer/capital.pack.yaml': PACK, 'dossiers/d.yaml': BASE_DOSSIER });
  cleanup = space.remove;
  return space;
}

interface Case {
  '@_name': string;
  '@_classname': string;
  failure?: unknown;
}

/** The names of the rule test cases of the one suite (the checklist's cases left out). */
function ruleCases(xml: string): Case[] {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'testcase' || tag === 'testsuite' });
  const suites = (parser.parse(xml) as { testsuites: { testsuite: { testcase: Case[] }[] } }).testsuites.testsuite;
  expect(suites).toHaveLength(1);
  return suites[0]!.testcase.filter((c) => !c['@_classname'].endsWith('.checklist'));
}

describe('JUnit lists the rules the run applied', () => {
  it('with --rule: the input checks and the rules named, nothing else', async () => {
    const space = reviewerAndDossiers('{}\n');
    const run = await runInProcess(['check', 'dossiers', ...AS_OF, '--format', 'junit', '--rule', 'four-approvals', '--rule', 'fund-supervision'], {
      cwd: space.root,
    });
    expect(run.stderr).toBe('');
    expect(ruleCases(run.stdout).map((c) => c['@_name'])).toEqual([...INPUT_IDS, 'four-approvals', 'fund-supervision']);
  });

  it('without the rules the configuration turns off', async () => {
    const space = reviewerAndDossiers('rules:\n  fund-supervision: off\n  four-approvals: warning\n');
    const run = await runInProcess(['check', join(space.root, 'dossiers'), ...AS_OF, '--format', 'junit'], { cwd: space.path('reviewer') });
    const names = ruleCases(run.stdout).map((c) => c['@_name']);
    expect(names).not.toContain('fund-supervision');
    expect(names).toContain('four-approvals');
    expect(names).toContain('first-home-down-payment');
  });

  it('with the packs’ rules, each a test case whether it found something or not', async () => {
    const space = reviewerAndDossiers('packs: [capital.pack.yaml]\n');
    const run = await runInProcess(['check', join(space.root, 'dossiers'), ...AS_OF, '--format', 'junit'], { cwd: space.path('reviewer') });
    const cases = ruleCases(run.stdout);
    expect(cases.map((c) => c['@_name'])).toEqual(expect.arrayContaining([...PACK_RULES, 'four-approvals']));
    // BASE_DOSSIER has 20% project capital and names no supervised account's bank.
    expect(cases.find((c) => c['@_name'] === 'bank/capital-25')?.failure).toBeDefined();
    expect(cases.find((c) => c['@_name'] === 'bank/agreement-term-cap')?.failure).toBeUndefined();
  });
});

describe('the configured packs’ rules are known to every command that names rules', () => {
  it('check --rule runs only the pack rule named', async () => {
    const space = reviewerAndDossiers('packs: [capital.pack.yaml]\n');
    const run = await runInProcess(['check', join(space.root, 'dossiers'), ...AS_OF, '--format', 'json', '--rule', 'bank/capital-25'], {
      cwd: space.path('reviewer'),
    });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { dossiers: { findings: { ruleId: string }[] }[] };
    expect(report.dossiers[0]!.findings.map((f) => f.ruleId)).toEqual(['bank/capital-25']);
  });

  it('check --rule with a pack rule no configuration loads is a usage error', async () => {
    const space = reviewerAndDossiers('{}\n');
    const run = await runInProcess(['check', join(space.root, 'dossiers'), ...AS_OF, '--rule', 'bank/capital-25'], { cwd: space.path('reviewer') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule "bank/capital-25"');
  });

  it('explain shows a pack rule under the bank’s policy, and --no-config does not know it', async () => {
    const space = reviewerAndDossiers('packs: [capital.pack.yaml]\n');
    const run = await runInProcess(['explain', 'bank/capital-25'], { cwd: space.path('reviewer') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [head] = run.stdout.split('\n');
    expect(head).toBe('bank/capital-25  error  bank policy (not the notice): 《示例银行棚户区改造贷款管理办法》（2024年版）第十二条');
    expect(run.stdout).toContain('capital.pack.yaml');
    expect(run.stdout).not.toContain('input check');
    expect(run.stdout).not.toContain('晋政办发〔2015〕122号');

    const without = await runInProcess(['explain', 'bank/capital-25', '--no-config'], { cwd: space.path('reviewer') });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('unknown rule "bank/capital-25"');
  });

  it('explain of a mistyped pack rule suggests the pack’s rule', async () => {
    const space = reviewerAndDossiers('packs: [capital.pack.yaml]\n');
    const run = await runInProcess(['explain', 'bank/capital-52'], { cwd: space.path('reviewer') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean "bank/capital-25"');
  });

  it('rules lists the built-in rules, then the packs’, cited as the bank’s policy', async () => {
    const space = reviewerAndDossiers('packs: [capital.pack.yaml]\n');
    const text = await runInProcess(['rules'], { cwd: space.path('reviewer') });
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.slice(-3).map((line) => line.split(/\s+/)[0])).toEqual(PACK_RULES);
    expect(lines.at(-3)).toContain('bank policy (not the notice): 《示例银行棚户区改造贷款管理办法》（2024年版）第十二条');
    expect(lines[0]!.split(/\s+/)[0]).toBe('yaml-syntax');

    const json = await runInProcess(['rules', '--format', 'json', '--config', 'reviewer/dossier-check.config.yaml'], { cwd: space.root });
    const rules = (JSON.parse(json.stdout) as { rules: { id: string; policy?: { text: string }; clause?: unknown }[] }).rules;
    const bank = rules.find((rule) => rule.id === 'bank/capital-25');
    expect(bank?.policy?.text).toBe('《示例银行棚户区改造贷款管理办法》（2024年版）第十二条');
    expect(bank).not.toHaveProperty('clause');

    const builtIn = await runInProcess(['rules', '--no-config'], { cwd: space.path('reviewer') });
    expect(builtIn.stdout).not.toContain('bank/');
  });
});
