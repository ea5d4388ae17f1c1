import { describe, expect, it } from 'vitest';
import { checkDossierText } from '../../src/engine/check-dossier.js';
import { MAX_ALIAS_COUNT } from '../../src/engine/load.js';
import type { DossierResult } from '../../src/engine/types.js';
import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce } from '../support/dossier-text.js';

function check(text: string): DossierResult {
  const outcome = checkDossierText(text, 'case.yaml', { asOf: '2020-01-01' });
  if (outcome.kind !== 'dossier') throw new Error('expected a dossier');
  return outcome.result;
}

const brief = (result: DossierResult) =>
  result.findings.map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

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

describe('YAML problems become findings with positions', () => {
  it('reports a duplicate key at the second occurrence', () => {
    const text = replaceOnce(base, '  city: 太原市\n', '  city: 太原市\n  city: 晋中市\n');
    expect(brief(check(text))).toEqual([{ ruleId: 'yaml-syntax', messageId: 'duplicateKey', ...positionOf(text, 'city', 2) }]);
  });

  it('reports the first syntax error at its position, not the cascade after it', () => {
    const text = replaceOnce(base, '  county: 小店区\n', ' county: 小店区\n');
    const findings = brief(check(text));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', messageId: 'syntax', line: positionOf(text, ' county').line });
  });

  it('refuses alias bombs without expanding them', () => {
    const lines = ['dossierFormat: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    const text = `${lines.join('\n')}\n`;
    const findings = brief(check(text));
    expect(findings).toEqual([{ ruleId: 'yaml-syntax', messageId: 'aliasAbuse', ...positionOf(text, '*a') }]);
    expect(check(text).findings[0]?.message.en).toContain(String(MAX_ALIAS_COUNT));
  });

  it('reports a second YAML document', () => {
    const text = `${base}---\ndossierFormat: 1\n`;
    expect(brief(check(text))).toEqual([{ ruleId: 'yaml-syntax', messageId: 'multipleDocuments', ...positionOf(text, '---') }]);
  });
});

describe('schema problems point at the offending value or its nearest ancestor', () => {
  it('a missing required field is reported at its parent key', () => {
    const text = removeLine(base, '  county: 小店区');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'required', ...positionOf(text, 'project:') }]);
    expect(result.findings[0]?.path).toBe('project');
  });

  it('an unknown key is reported at the key, with the nearest known key suggested', () => {
    const text = replaceOnce(base, '  county: 小店区', '  county: 小店区\n  conty: 小店区');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'unknownPropertySuggestion', ...positionOf(text, 'conty') }]);
    expect(result.findings[0]?.message.en).toBe('Unknown key "conty"; did you mean "county"?');
    expect(result.findings[0]?.message.zh).toBe('未知的键“conty”，是否应为“county”？');
  });

  it('a wrong enum value is reported at the value with the allowed values', () => {
    const text = replaceOnce(base, 'category: shantytown', 'category: slum');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'enum', ...positionOf(text, 'slum') }]);
    expect(result.findings[0]?.message.en).toContain('allowed: shantytown, urban-village');
  });

  it('an impossible date is reported at the value in the expected form', () => {
    const text = replaceOnce(base, 'applicationDate: 2016-04-01', 'applicationDate: 2016-02-30');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'date', ...positionOf(text, '2016-02-30') }]);
    expect(result.findings[0]?.message.en).toContain('expected YYYY-MM-DD');
  });

  it('a string where a number belongs is a type finding at the value', () => {
    const text = replaceOnce(base, 'amount: 50000', 'amount: 5亿元');
    expect(brief(check(text))).toEqual([{ ruleId: 'schema-violation', messageId: 'type', ...positionOf(text, '5亿元') }]);
  });

  it('a reference to an unlisted document is reported at the reference', () => {
    const text = replaceOnce(base, 'landPreReview: d-land', 'landPreReview: d-lnad');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'document-reference', messageId: 'missing', ...positionOf(text, 'd-lnad') }]);
    expect(result.evaluated).toBe(false);
    expect(result.checklist).toEqual([]);
  });

  it('a document id used twice is reported at the second id', () => {
    const text = replaceOnce(base, 'id: d-purchase,', 'id: d-plot,');
    expect(brief(check(text))).toEqual([{ ruleId: 'document-reference', messageId: 'duplicateId', ...positionOf(text, 'd-plot,', 2) }]);
  });

  it('a financing basis naming no agreement is a reference finding', () => {
    const text = replaceOnce(base, '  basis: agr-1', '  basis: agr-2');
    expect(brief(check(text))).toEqual([{ ruleId: 'document-reference', messageId: 'missingAgreement', ...positionOf(text, 'agr-2') }]);
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
