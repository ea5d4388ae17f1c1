import { enumText } from '../../dossier/enum-labels.js';
import { defineRule } from '../define-rule.js';

export const noGuaranteeForFormerPlatform = defineRule({
  meta: {
    id: 'no-guarantee-for-former-platform',
    severity: 'error',
    clause: 'N-4.3',
    rests: {
      quote: '政府在出资范围内依法履行出资人职责，不对原融资平台公司提供担保',
      modal: '不对…提供',
    },
    title: { zh: '政府不为原融资平台公司提供担保', en: 'No government guarantee for a former financing platform' },
    description: {
      zh: '原融资平台公司转型后举借的债务不纳入政府债务，政府不对原融资平台公司提供担保。实施主体为原融资平台公司的，资料须明确列出政府担保情况（没有则为空列表），且不得有任何形式的担保、回购或兜底承诺。',
      en: 'Debt of a restructured former platform is not government debt, and the government gives it no guarantee. For such an entity the dossier states its government guarantees explicitly (an empty list when none), and there is none of any kind: guarantee, buy-back or backstop.',
    },
    fix: { zh: '撤销政府担保、回购或兜底承诺，并写 governmentGuarantees: []。', en: 'Withdraw the guarantee, buy-back or backstop promise, and state `governmentGuarantees: []`.' },
    covers: ['N-4.3#1'],
    examples: {
      pass: `entity:
  formerFinancingPlatform: true
  governmentGuarantees: []`,
      fail: `entity:
  formerFinancingPlatform: true
  governmentGuarantees:
    - { kind: backstop-letter, description: 区政府出具的兜底承诺函 }`,
    },
    messages: {
      undeclared: {
        zh: '原融资平台公司须明确列出政府担保情况（没有则写 governmentGuarantees: []）',
        en: 'A former financing platform must state its government guarantees (`governmentGuarantees: []` when none)',
      },
      guaranteed: { zh: '政府为原融资平台公司出具了{kind}，违反“不对原融资平台公司提供担保”', en: 'A government gives the former financing platform a {kind}' },
    },
  },
  *check(dossier) {
    const entity = dossier.entity;
    if (!entity.formerFinancingPlatform) return;
    if (!entity.governmentGuarantees) {
      yield { messageId: 'undeclared', path: ['entity', 'formerFinancingPlatform'] };
      return;
    }
    for (const [index, guarantee] of entity.governmentGuarantees.entries()) {
      yield { messageId: 'guaranteed', path: ['entity', 'governmentGuarantees', index, 'kind'], data: { kind: enumText('guaranteeKind', guarantee.kind) } };
    }
  },
});
