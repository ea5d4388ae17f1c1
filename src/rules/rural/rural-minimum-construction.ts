import { defineRule } from '../define-rule.js';
import { householdPath, ruralHouseholds } from '../support/rural-households.js';

export const ruralMinimumConstruction = defineRule({
  meta: {
    id: 'rural-minimum-construction',
    severity: 'error',
    clause: 'N-2.4',
    rests: {
      quote:
        '要加大对8度及以上地震高烈度设防地区的改造力度，认真贯彻执行《农村危房改造最低建设要求（试行）》和《农村危房改造抗震安全基本要求（试行）》，确保改造后的住房符合建设及安全标准',
      modal: '要',
    },
    title: { zh: '符合农村危房改造最低建设要求', en: 'Houses meet the minimum construction requirements' },
    description: {
      zh: '改造后的住房须符合《农村危房改造最低建设要求（试行）》，确保符合建设及安全标准。每户须声明符合最低建设要求。',
      en: 'Renovated houses meet 《农村危房改造最低建设要求（试行）》 and the construction and safety standards. Every household is declared to meet the minimum requirements.',
    },
    fix: { zh: '按最低建设要求改造并写 minimumRequirementsMet: true。', en: 'Build to the minimum requirements and set `minimumRequirementsMet: true`.' },
    covers: ['N-2.4#1'],
    examples: {
      pass: `project: { category: rural-dilapidated-housing }
rural:
  households:
    - { id: h1, name: 王某, minimumRequirementsMet: true }`,
      fail: `project: { category: rural-dilapidated-housing }
rural:
  households:
    - { id: h1, name: 王某, minimumRequirementsMet: false }`,
    },
    messages: {
      notMet: { zh: '改造户“{household}”未声明符合最低建设要求', en: 'Household "{household}" is not declared to meet the minimum construction requirements' },
    },
  },
  *check(dossier) {
    for (const { household, index } of ruralHouseholds(dossier)) {
      if (household.minimumRequirementsMet !== true) {
        const path = household.minimumRequirementsMet === undefined ? householdPath(index) : householdPath(index, 'minimumRequirementsMet');
        yield { messageId: 'notMet', path, data: { household: household.name } };
      }
    }
  },
});
