import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/engine/check.js';
import { exitCode } from '../../../src/engine/exit-code.js';
import { defineRule } from '../../../src/rules/define-rule.js';
import { fourApprovals } from '../../../src/rules/loan-conditions/four-approvals.js';
import { BASE_DOSSIER, positionOf, removeLine } from '../../support/dossier-text.js';
import { runInProcess } from '../../support/in-process-cli.js';

const broken = defineRule({
  meta: { ...fourApprovals.meta, messageSeverity: {}, id: 'broken-rule', messages: { never: { zh: '从不', en: 'never' } } },
  check() {
    throw new TypeError('Cannot read properties of undefined (reading "x")');
  },
});
const rules = [broken, fourApprovals];
const encode = (text: string) => new TextEncoder().encode(text);

describe('a rule that throws', () => {
  it('becomes a finding naming the rule, while the other rules and dossiers still run, and the exit code is 2', () => {
    const missingLand = removeLine(BASE_DOSSIER, 'landPreReview: d-land');
    const report = checkSources(
      [
        { file: 'a.yaml', bytes: encode(missingLand) },
        { file: 'b.yaml', bytes: encode(BASE_DOSSIER) },
      ],
      { asOf: '2020-01-01', rules },
    );
    const [a, b] = report.dossiers;
    expect(a!.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['internal-error', 1, 1],
      ['four-approvals', positionOf(missingLand, 'approvals:').line, positionOf(missingLand, 'approvals:').column],
    ]);
    expect(a!.findings[0]!.message.en).toBe('Rule broken-rule failed: Cannot read properties of undefined (reading "x")');
    expect(b!.findings.map((f) => f.ruleId)).toEqual(['internal-error']);
    expect(b!.verdict).toBe('fail');
    expect(exitCode(report, 'none')).toBe(2);
  });

  it('prints no stack trace unless --debug asks for it', async () => {
    const plain = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', '--as-of', '2016-12-31'], { rules });
    expect(plain.code).toBe(2);
    expect(plain.stdout).toContain('error  internal-error  Rule broken-rule failed');
    expect(plain.stderr).toBe('');

    const debug = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', '--as-of', '2016-12-31', '--debug'], { rules });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^fixtures\/dossiers\/pass-built-housing\.yaml: broken-rule: TypeError: Cannot read properties/);
    expect(debug.stderr).toContain('    at ');
  });
});
