import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_TITLES } from '../../src/report/generated/rule-titles.js';
import { ALL_RULES } from '../../src/rules/registry.js';
import { ruleTitles } from '../../src/report/rule-titles.js';

describe('the built-in rule titles the text report shows without loading the rules', () => {
  it('are generated from the built-in rules, up to date (run `npm run generate`)', () => {
    expect([...BUILT_IN_RULE_TITLES]).toEqual([...ruleTitles(ALL_RULES)]);
  });

  it('hold every built-in rule, by its id, with its title in both languages', () => {
    expect([...BUILT_IN_RULE_TITLES.keys()]).toEqual(ALL_RULES.map((rule) => rule.meta.id));
    for (const rule of ALL_RULES) expect(BUILT_IN_RULE_TITLES.get(rule.meta.id)).toEqual({ zh: rule.meta.title.zh, en: rule.meta.title.en });
  });
});
