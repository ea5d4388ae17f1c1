import { defineRule } from '../define-rule.js';
import { noticeValue } from '../../notice/parameter-text.js';
import { householdPath, ruralHouseholds } from '../support/rural-households.js';

export const ruralSeismicRequirements = defineRule({
  meta: {
    id: 'rural-seismic-requirements',
    severity: 'error',
    clause: 'N-2.4',
    rests: {
      quote:
        '要加大对8度及以上地震高烈度设防地区的改造力度，认真贯彻执行《农村危房改造最低建设要求（试行）》和《农村危房改造抗震安全基本要求（试行）》，确保改造后的住房符合建设及安全标准',
      modal: '要',
    },
    title: { zh: '改造后的住房符合抗震安全基本要求', en: 'Every renovated house meets the basic seismic safety requirements' },
    description: {
      zh: `认真贯彻执行《农村危房改造抗震安全基本要求（试行）》，确保改造后的住房符合建设及安全标准。每个改造户的住房都须符合抗震要求，与设防烈度无关；${noticeValue('seismicPriorityIntensity', 'zh')} 度及以上高烈度设防地区是加大改造力度的重点，不是单份资料的适用条件。`,
      en: `Houses are renovated to 《农村危房改造抗震安全基本要求（试行）》 so that they meet the building and safety standards. Every household's house meets the seismic requirements, whatever the intensity; areas of intensity ${noticeValue('seismicPriorityIntensity', 'en')} and above are where the programme puts its priority, not a condition on a single dossier.`,
    },
    fix: {
      zh: '按抗震要求改造，并为每户写 seismicRequirementsMet: true。',
      en: 'Build to the seismic requirements and set `seismicRequirementsMet: true` for every household.',
    },
    covers: ['N-2.4#1'],
    examples: {
      pass: 'project:\n  category: rural-dilapidated-housing\nrural:\n  seismicIntensity: 7\n  households:\n    - { id: h1, name: 王某, fileNumber: YC-2016-0001, informationSystemEntered: true, seismicRequirementsMet: true }',
      fail: 'project:\n  category: rural-dilapidated-housing\nrural:\n  seismicIntensity: 7\n  households:\n    - { id: h1, name: 王某, fileNumber: YC-2016-0001, informationSystemEntered: true, seismicRequirementsMet: false }',
    },
    messages: {
      notMet: {
        zh: '改造户“{household}”的住房未符合《农村危房改造抗震安全基本要求（试行）》',
        en: 'The house of household "{household}" does not meet the basic seismic safety requirements for rural renovation',
      },
      notStated: {
        zh: '未写明改造户“{household}”的住房是否符合抗震安全基本要求',
        en: 'Whether the house of household "{household}" meets the basic seismic safety requirements is not stated',
      },
    },
  },
  *check(dossier) {
    for (const { household, index } of ruralHouseholds(dossier)) {
      if (household.seismicRequirementsMet === false)
        yield { messageId: 'notMet', path: householdPath(index, 'seismicRequirementsMet'), data: { household: household.name } };
      else if (household.seismicRequirementsMet === undefined)
        yield { messageId: 'notStated', path: householdPath(index), data: { household: household.name } };
    }
  },
});
