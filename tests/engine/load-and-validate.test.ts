import { describe, expect, it } from 'vitest';
import { checkDossierText } from '../../src/engine/check-dossier.js';
import { brief, checkText as check } from '../support/check-text.js';
import { BASE_DOSSIER as base, removeLine, replaceOnce } from '../support/dossier-text.js';

describe('marking and skipping', () => {
  it('skips YAML without the format key', () => {
    const outcome = checkDossierText('name: ci\non: [push]\n', 'ci.yaml', { asOf: '2020-01-01' });
    expect(outcome.kind).toBe('skipped');
  });

  it('treats a broken file with the marker at the start of a line as a dossier', () => {
    const result = check('dossierFormat: 1\nproject: [\n');
    expect(result.verdict).toBe('fail');
    expect(result.evaluated).toBe(false);
    expect(result.findings[0]?.ruleId).toBe('yaml-syntax');
  });

  it('refuses an unknown format version, naming the supported ones', () => {
    const text = replaceOnce(base, 'dossierFormat: 1', 'dossierFormat: 2');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'unsupportedFormat', line: 1, column: 16 }]);
    expect(result.findings[0]?.message.en).toBe('Unsupported dossier format version 2; supported: 1');
  });
});

describe('the checklist', () => {
  it('lists each approval per construction component and each compensation document, all passing', () => {
    const result = check(base);
    expect(result.verdict).toBe('pass');
    expect(result.checklist.map((item) => [item.key, item.status])).toEqual([
      ['approval:housing:feasibilityStudy', 'pass'],
      ['approval:housing:environmentalImpact', 'pass'],
      ['approval:housing:planning', 'pass'],
      ['approval:housing:landPreReview', 'pass'],
      ['compensation:compensationMeasures', 'pass'],
      ['compensation:demolitionAnnouncement', 'pass'],
      ['compensation:monetized:plotPlanOrPurchasePlan', 'pass'],
    ]);
  });

  it('fails exactly the items that findings name', () => {
    const result = check(removeLine(base, 'landPreReview: d-land'));
    const failed = result.checklist.filter((item) => item.status === 'fail').map((item) => item.key);
    expect(failed).toEqual(['approval:housing:landPreReview']);
    expect(result.verdict).toBe('fail');
  });
});

describe('the base dossier of the rule tables', () => {
  it('passes every rule, so each table changes one thing only', () => {
    const result = check(base);
    expect(result.findings).toEqual([]);
  });
});
