import { defineRule } from '../define-rule.js';
import { noticeValue, parameterText } from '../../notice/parameter-text.js';
import { householdPath, ruralHouseholds } from '../support/rural-households.js';

export const ruralSeismicRequirements = defineRule({
  meta: {
    id: 'rural-seismic-requirements',
    severity: 'error',
    clause: 'N-2.4',
    rests: {
      quote: '要加大对8度及以上地震高烈度设防地区的改造力度，认真贯彻执行《农村危房改造最低建设要求（试行）》和《农村危房改造抗震安全基本要求（试行）》，确保改造后的住房符合建设及安全标准',
      modal: '要',
    },
    title: { zh: '高烈度设防地区符合抗震要求', en: 'Houses in high-intensity areas meet the seismic requirements' },
    description: {
      zh: `加大对 ${noticeValue('seismicPriorityIntensity', 'zh')} 度及以上地震高烈度设防地区的改造力度，执行《农村危房改造抗震安全基本要求（试行）》。农村危房改造资料须写明抗震设防烈度；烈度达到参数 seismicPriorityIntensity（${parameterText('seismicPriorityIntensity', 'zh')}）及以上的，每户须符合抗震要求。`,
      en: `Areas of seismic fortification intensity ${noticeValue('seismicPriorityIntensity', 'en')} and above get priority, and houses meet 《农村危房改造抗震安全基本要求（试行）》. A rural dossier states the intensity; from the parameter \`seismicPriorityIntensity\` (${parameterText('seismicPriorityIntensity', 'en')}) up, every household meets the seismic requirements.`,
    },
    fix: { zh: '填写 rural.seismicIntensity；按抗震要求改造并写 seismicRequirementsMet: true。', en: 'State `rural.seismicIntensity`; build to the seismic requirements and set `seismicRequirementsMet: true`.' },
    covers: ['N-2.4#1'],
    examples: {
      pass: `project: { category: rural-dilapidated-housing }
rural:
  seismicIntensity: 8
  households:
    - { id: h1, name: 王某, seismicRequirementsMet: true }`,
      fail: `project: { category: rural-dilapidated-housing }
rural:
  seismicIntensity: 8
  households:
    - { id: h1, name: 王某, seismicRequirementsMet: false }`,
    },
    messages: {
      missingIntensity: { zh: '未写明抗震设防烈度', en: 'The seismic fortification intensity is not stated' },
      notMet: {
        zh: '抗震设防烈度 {intensity} 度地区，改造户“{household}”未符合抗震要求',
        en: 'In an intensity-{intensity} area, household "{household}" does not meet the seismic requirements',
      },
    },
    appliesWhen: 'seismicPriorityIntensity',
  },
  *check(dossier, context) {
    if (dossier.project.category !== 'rural-dilapidated-housing') return;
    const intensity = dossier.rural?.seismicIntensity;
    if (intensity === undefined) {
      yield { messageId: 'missingIntensity', path: dossier.rural ? ['rural'] : ['project', 'category'] };
      return;
    }
    const threshold = context.parameter('seismicPriorityIntensity');
    if (threshold === undefined || intensity < threshold) return;
    for (const { household, index } of ruralHouseholds(dossier)) {
      if (household.seismicRequirementsMet !== true) {
        const path = household.seismicRequirementsMet === undefined ? householdPath(index) : householdPath(index, 'seismicRequirementsMet');
        yield { messageId: 'notMet', path, data: { intensity, household: household.name } };
      }
    }
  },
});
