import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkDossierText } from '../../../src/engine/check-dossier.js';
import { formatJson } from '../../../src/report/json.js';
import { formatText } from '../../../src/report/text.js';
import { BASE_DOSSIER as base, removeLine, replaceOnce } from '../../support/dossier-text.js';

/** Which loan a dossier's four approvals are conditions of, and approvals the law does not require. */
const withoutLand = removeLine(base, 'landPreReview: d-land');
const declare = (text: string, yaml: string) =>
  replaceOnce(
    text,
    '    milestones: { constructionStart: 2016-05-01',
    `    approvalsNotRequired:\n      ${yaml}\n    milestones: { constructionStart: 2016-05-01`,
  );
const landNotRequired = declare(withoutLand, 'landPreReview: { reason: land-already-approved, basis: 自然资规〔2019〕2号 一 }');

function check(text: string) {
  const outcome = checkDossierText(text, 'case.yaml', { asOf: '2020-01-01' });
  if (outcome.kind !== 'dossier') throw new Error('not a dossier');
  return outcome.result;
}

describe('the four approvals as conditions of a project loan', () => {
  it('a bridge loan without one gets a warning, passes, and has no four-approval checklist items', () => {
    const result = check(replaceOnce(withoutLand, 'product: project-loan', 'product: bridge-loan'));
    expect(result.findings.filter((f) => f.ruleId === 'four-approvals').map((f) => [f.messageId, f.severity])).toEqual([['missingForBridgeLoan', 'warning']]);
    expect(result.checklist.some((item) => item.key.startsWith('approval:'))).toBe(false);
  });

  it('a project loan without one still gets the N-4.4 error', () => {
    const result = check(withoutLand);
    expect(result.findings.filter((f) => f.ruleId === 'four-approvals').map((f) => [f.messageId, f.severity])).toEqual([['missing', 'error']]);
    expect(result.checklist.find((item) => item.key === 'approval:housing:landPreReview')?.status).toBe('fail');
  });
});

describe('an approval declared not required', () => {
  it('is not missing, and the checklist shows it as not required with its basis, at the declaration', () => {
    const result = check(landNotRequired);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const item = result.checklist.find((entry) => entry.key === 'approval:housing:landPreReview');
    expect(item).toMatchObject({ status: 'not-required', basis: '自然资规〔2019〕2号 一', path: 'components[1].approvalsNotRequired.landPreReview' });
  });

  it('is shown as "not required (basis)" in the text and JSON reports', () => {
    const result = check(landNotRequired);
    const report = { tool: { name: 'dossier-check', version: '0' }, asOf: '2020-01-01', parameters: [], dossiers: [result], skipped: [] };
    const plain = { lang: 'en' as const, color: new Chalk({ level: 0 }), verbose: false };
    expect(formatText(report, plain)).toContain('– 安置房: land pre-review opinion  (not required: 自然资规〔2019〕2号 一)');
    const json = JSON.parse(formatJson(report, plain)) as { dossiers: { checklist: { key: string; status: string; basis?: string }[] }[] };
    expect(json.dossiers[0]!.checklist).toContainEqual(
      expect.objectContaining({ key: 'approval:housing:landPreReview', status: 'not-required', basis: '自然资规〔2019〕2号 一' }),
    );
  });

  it('with an unknown reason, or a reason the law gives for another approval, is a schema violation', () => {
    for (const yaml of [
      'landPreReview: { reason: no-time, basis: 无 }',
      'landPreReview: { reason: land-by-transfer, basis: 城乡规划法 第三十六条 }',
      'feasibilityStudy: { reason: land-already-approved, basis: 无 }',
    ]) {
      const result = check(declare(withoutLand, yaml));
      expect(result.evaluated).toBe(false);
      expect(result.findings.map((f) => f.ruleId)).toContain('schema-violation');
    }
  });
});
