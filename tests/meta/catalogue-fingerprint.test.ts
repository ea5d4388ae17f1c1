import { describe, expect, it } from 'vitest';
import { catalogueFingerprint } from '../../src/engine/catalogue-fingerprint.js';
import { BUILT_IN_CATALOGUE } from '../../src/engine/generated/catalogue-fingerprint.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { ALL_RULES, CHECKLISTS } from '../../src/rules/registry.js';

describe('the rule catalogue fingerprint the result cache keys on', () => {
  it('is generated from the built-in rules, up to date (run `npm run generate`)', () => {
    expect(BUILT_IN_CATALOGUE).toBe(catalogueFingerprint(ALL_RULES, CHECKLISTS));
  });

  it('changes when a rule is added, removed, re-graded or re-worded', () => {
    const [first, ...rest] = ALL_RULES as [Rule, ...Rule[]];
    const regraded: Rule = { ...first, meta: { ...first.meta, severity: first.meta.severity === 'error' ? 'warning' : 'error' } };
    const reworded: Rule = { ...first, meta: { ...first.meta, messages: { ...first.meta.messages, extra: { zh: '新', en: 'new' } } } };
    const variants = [rest, [...ALL_RULES, first], [regraded, ...rest], [reworded, ...rest]].map((rules) => catalogueFingerprint(rules, CHECKLISTS));
    variants.push(catalogueFingerprint(ALL_RULES, []));
    expect(new Set([BUILT_IN_CATALOGUE, ...variants]).size).toBe(variants.length + 1);
  });
});
