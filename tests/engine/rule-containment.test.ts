import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/engine/check.js';
import { MAX_FINDINGS_PER_RULE, MORE_FINDINGS_MESSAGE_ID } from '../../src/engine/check-dossier.js';
import { exitCode } from '../../src/engine/exit-code.js';
import type { CheckOptions, ChecklistProvider, DataPath, Report } from '../../src/engine/types.js';
import { FORMATTERS } from '../../src/report/formatters.js';
import { defineRule, type Rule, type RuleReport } from '../../src/rules/define-rule.js';
import { fourApprovals } from '../../src/rules/loan-conditions/four-approvals.js';
import { CHECKLISTS } from '../../src/rules/registry.js';
import { BASE_DOSSIER, positionOf, removeLine } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { Chalk } from 'chalk';

const encode = (text: string) => new TextEncoder().encode(text);
const MISSING_LAND = removeLine(BASE_DOSSIER, 'landPreReview: d-land');
const LAND_AT = positionOf(MISSING_LAND, 'approvals:');

/** A rule of our own that misbehaves in one way; its meta is that of a real rule under another id. */
function defective(check: () => Iterable<RuleReport>): Rule {
  return defineRule({ meta: { ...fourApprovals.meta, messageSeverity: {}, id: 'defective-rule', messages: { found: { zh: '发现', en: 'found' } } }, check });
}

/** Two dossiers, the first with a real finding of four-approvals, checked with the defective rule alongside. */
function checkTwo(options: Partial<CheckOptions>): Report {
  return checkSources(
    [
      { file: 'a.yaml', bytes: encode(MISSING_LAND) },
      { file: 'b.yaml', bytes: encode(BASE_DOSSIER) },
    ],
    { asOf: '2020-01-01', ...options },
  );
}

/** What every contained failure must look like: named, the other rule's finding kept, both dossiers, exit 2. */
function expectContained(report: Report, unit: string, detail: RegExp): void {
  expect(report.dossiers.map((dossier) => dossier.file)).toEqual(['a.yaml', 'b.yaml']);
  const [a, b] = report.dossiers;
  for (const dossier of [a!, b!]) {
    const failures = dossier.findings.filter((finding) => finding.ruleId === 'internal-error');
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message.en).toMatch(new RegExp(`^Rule ${unit} failed: ${detail.source}`));
    expect([failures[0]!.line, failures[0]!.column]).toEqual([1, 1]);
    expect(dossier.verdict).toBe('fail');
    // Partial findings of a failed unit are dropped: its verdict is unknown, only the failure is reported.
    expect(dossier.findings.filter((finding) => finding.ruleId === 'defective-rule')).toEqual([]);
  }
  expect(a!.findings.filter((f) => f.ruleId === 'four-approvals').map((f) => [f.line, f.column])).toEqual([[LAND_AT.line, LAND_AT.column]]);
  expect(b!.findings.map((f) => f.ruleId)).toEqual(['internal-error']);
  expect(exitCode(report, 'error')).toBe(2);
  expect(exitCode(report, 'none')).toBe(2);
}

describe('a defective rule fails alone, as an internal-error finding naming it', () => {
  it('reporting a message it did not declare', () => {
    const rule = defective(() => [{ messageId: 'undeclared', path: ['project'] }]);
    expectContained(checkTwo({ rules: [rule, fourApprovals] }), 'defective-rule', /rule defective-rule reported undeclared message "undeclared"/);
  });

  it('reporting a message id that is only inherited, such as toString', () => {
    const rule = defective(() => [{ messageId: 'toString', path: ['project'] }]);
    expectContained(checkTwo({ rules: [rule, fourApprovals] }), 'defective-rule', /rule defective-rule reported undeclared message "toString"/);
  });

  it.each<[string, unknown, RegExp]>([
    ['an object segment', ['project', { key: 'name' }], /segment 1 is an object, neither a key nor an index/],
    ['a fractional index', ['components', 0.5], /segment 1 is the number 0\.5, neither a key nor an index/],
    ['a path that is not an array', 'project.name', /the path is a string, not an array/],
  ])('reporting a malformed path: %s', (_name, path, detail) => {
    const rule = defective(() => [{ messageId: 'found', path: path as DataPath }]);
    expectContained(
      checkTwo({ rules: [rule, fourApprovals] }),
      'defective-rule',
      new RegExp(`rule defective-rule reported a malformed path: ${detail.source}`),
    );
  });

  it('a generator that yields a finding, then throws', () => {
    const rule = defective(function* () {
      yield { messageId: 'found', path: ['project', 'name'] };
      throw new RangeError('gave up halfway');
    });
    expectContained(checkTwo({ rules: [rule, fourApprovals] }), 'defective-rule', /gave up halfway/);
  });

  it('a report that is not an object at all', () => {
    const rule = defective(() => [null as unknown as RuleReport]);
    expectContained(checkTwo({ rules: [rule, fourApprovals] }), 'defective-rule', /Cannot read properties of null/);
  });

  it('a checklist provider that throws loses its items; the other providers and rules still report', () => {
    const thrower: ChecklistProvider = {
      id: 'throwing-checklist',
      *entries() {
        yield { key: 'x', clause: 'N-4.4', label: { zh: 'x', en: 'x' }, path: ['project'] };
        throw new Error('no checklist today');
      },
    };
    const report = checkTwo({ rules: [fourApprovals], checklists: [...CHECKLISTS, thrower] });
    const [a, b] = report.dossiers;
    for (const dossier of [a!, b!]) {
      expect(dossier.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message.en)).toEqual([
        'Rule throwing-checklist failed: no checklist today',
      ]);
      expect(dossier.checklist.length).toBeGreaterThan(0);
      expect(dossier.checklist.map((item) => item.key)).not.toContain('x');
    }
    expect(a!.checklist.filter((item) => item.status === 'fail').map((item) => item.path)).toEqual(['components[1].approvals.landPreReview']);
    expect(a!.findings.map((f) => f.ruleId)).toEqual(['internal-error', 'four-approvals']);
    expect(exitCode(report, 'error')).toBe(2);
  });

  it('a checklist entry with a malformed path is the provider’s defect', () => {
    const bad: ChecklistProvider = {
      id: 'bad-checklist',
      entries: () => [{ key: 'x', clause: 'N-4.4', label: { zh: 'x', en: 'x' }, path: [Symbol('x')] as unknown as DataPath }],
    };
    const report = checkTwo({ rules: [fourApprovals], checklists: [bad] });
    expect(report.dossiers.map((d) => d.findings.find((f) => f.ruleId === 'internal-error')?.message.en)).toEqual([
      'Rule bad-checklist failed: checklist bad-checklist gave item x a malformed path: segment 0 is a symbol, neither a key nor an index',
      'Rule bad-checklist failed: checklist bad-checklist gave item x a malformed path: segment 0 is a symbol, neither a key nor an index',
    ]);
  });

  it('a well-formed path that names nothing is no defect: it is located at its nearest existing ancestor', () => {
    const rule = defective(() => [{ messageId: 'found', path: ['components', 1, 'approvals', 'nothing', 7] }]);
    const report = checkTwo({ rules: [rule] });
    const finding = report.dossiers[0]!.findings[0]!;
    expect([finding.ruleId, finding.line, finding.column, finding.path]).toEqual([
      'defective-rule',
      LAND_AT.line,
      LAND_AT.column,
      'components[1].approvals.nothing[7]',
    ]);
    expect(exitCode(report, 'none')).toBe(0);
  });

  it('on the command line: both dossiers are printed and the exit code is 2', async () => {
    const rule = defective(() => [{ messageId: 'undeclared', path: [] }]);
    const files = ['fixtures/dossiers/pass-built-housing.yaml', 'fixtures/dossiers/pass-monetized-plot-plan.yaml'];
    const run = await runInProcess(['check', ...files, '--as-of', '2016-12-31'], { rules: [rule, fourApprovals] });
    expect(run.code).toBe(2);
    for (const file of files)
      expect(run.stdout).toContain(
        `${file}:1:1  error  internal-error  Rule defective-rule failed: rule defective-rule reported undeclared message "undeclared"`,
      );
    expect(run.stdout).toContain('2 dossiers checked');
    expect(run.stderr).toBe('');
  });
});

describe('one rule lists at most MAX_FINDINGS_PER_RULE findings per dossier', () => {
  it('200,000 findings of one rule become the first ones and one "and N more" finding of the same rule, without overflowing the stack', () => {
    const total = 200_000;
    const flood = defineRule({
      meta: { ...fourApprovals.meta, messageSeverity: {}, id: 'flood-rule', messages: { found: { zh: '第 {n} 项', en: 'number {n}' } } },
      *check() {
        for (let n = 0; n < total; n++) yield { messageId: 'found' as const, data: { n }, path: ['project', 'name'] };
      },
    });
    const report = checkTwo({ rules: [flood, fourApprovals] });
    const [a, b] = report.dossiers;
    for (const dossier of [a!, b!]) {
      const flooded = dossier.findings.filter((f) => f.ruleId === 'flood-rule');
      expect(flooded).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
      const more = flooded.filter((f) => f.messageId === MORE_FINDINGS_MESSAGE_ID);
      expect(more).toHaveLength(1);
      expect(more[0]!.message.en).toBe(
        `…and ${total - MAX_FINDINGS_PER_RULE} more findings of this rule, not listed (at most ${MAX_FINDINGS_PER_RULE} per rule per dossier); this is where the first of them is`,
      );
      // A real finding of the rule: its severity, clause and the place of the first finding left out.
      expect([more[0]!.severity, more[0]!.clause?.id, more[0]!.path, more[0]!.line]).toEqual(['error', 'N-4.4', 'project.name', 4]);
    }
    expect(a!.findings.filter((f) => f.ruleId === 'four-approvals')).toHaveLength(1);
    const context = { lang: 'en', color: new Chalk({ level: 0 }), verbose: false } as const;
    expect(FORMATTERS.text(report, context)).toContain(`…and ${total - MAX_FINDINGS_PER_RULE} more findings`);
    expect(JSON.parse(FORMATTERS.json(report, context)).dossiers[0].findings).toHaveLength(MAX_FINDINGS_PER_RULE + 2);
  });

  it('the engine’s own findings are capped alike: 1,000 unknown keys', () => {
    const keys = Array.from({ length: 1000 }, (_, n) => `  unknown${n}: 1\n`).join('');
    const text = BASE_DOSSIER.replace('  households: 500\n', `  households: 500\n${keys}`);
    const report = checkSources([{ file: 'keys.yaml', bytes: encode(text) }], { asOf: '2020-01-01' });
    const findings = report.dossiers[0]!.findings;
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(findings.every((f) => f.ruleId === 'schema-violation')).toBe(true);
    expect(findings.at(-1)!.message.en).toMatch(/^…and 900 more findings of this rule/);
  });
});
