import { describe, expect, it } from 'vitest';
import { brief, checkText as check } from '../../support/check-text.js';
import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce } from '../../support/dossier-text.js';

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

  it('an amount typed with its unit is a finding that shows the number to write', () => {
    const text = replaceOnce(base, 'amount: 50000', 'amount: 5亿元');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'numberAsText', ...positionOf(text, '5亿元') }]);
    expect(result.findings[0]?.message.en).toBe('Expected a number, found the text "5亿元"; write 50000');
  });
});
