import { defineRule } from '../define-rule.js';
import { parameterText } from '../../notice/parameter-text.js';
import { approvalRequirements, slotDocuments } from '../support/loan-requirements.js';

export const mergedLandSiteOpinion = defineRule({
  meta: {
    id: 'merged-land-site-opinion',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
    },
    basis: {
      document: '自然资规〔2019〕2号',
      article: '一',
      effective: '2019-09',
      status: 'verified',
      source: 'https://www.wangxiao.cn/ghs/3076171.html (verbatim reprint; the day of issue, 2019-09-17, is reported only)',
    },
    title: {
      zh: `用地预审与选址意见书自 ${parameterText('mergedLandSiteOpinionFrom', 'zh')} 起才可合并`,
      en: `A merged land and site opinion counts only from ${parameterText('mergedLandSiteOpinionFrom', 'en')}`,
    },
    description: {
      zh: `自然资规〔2019〕2号自 ${parameterText('mergedLandSiteOpinionFrom', 'zh')} 起（参数 mergedLandSiteOpinionFrom）将建设项目用地预审意见和选址意见书合并为建设项目用地预审与选址意见书，一份意见书同时满足规划选址和土地预审两项审批。此前日期的“合并意见书”不能代替两项审批。`,
      en: `自然资规〔2019〕2号 merged the land pre-review opinion and the site-selection opinion into one 建设项目用地预审与选址意见书 from ${parameterText('mergedLandSiteOpinionFrom', 'en')} (parameter \`mergedLandSiteOpinionFrom\`); one such opinion meets both the planning-site and the land pre-review approval. A “merged opinion” dated earlier cannot stand for both.`,
    },
    fix: {
      zh: `${parameterText('mergedLandSiteOpinionFrom', 'zh')} 之前的项目应分别取得规划意见和土地预审意见。`,
      en: `Before ${parameterText('mergedLandSiteOpinionFrom', 'en')}, obtain the planning opinion and the land pre-review opinion separately.`,
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `components:
  - { id: housing, approvals: { landPreReview: d-land-site } }
documents:
  - { id: d-land-site, kind: land-pre-review-and-site-selection, issuer: 太原市规划和自然资源局, issued: 2019-10-08 }`,
      fail: `components:
  - { id: housing, approvals: { landPreReview: d-land-site } }
documents:
  - { id: d-land-site, kind: land-pre-review-and-site-selection, issuer: 太原市规划和自然资源局, issued: 2019-08-20 }`,
    },
    messages: {
      tooEarly: {
        zh: `用地预审与选址意见书“{id}”的日期 {issued} 早于 ${parameterText('mergedLandSiteOpinionFrom', 'zh')}（自然资规〔2019〕2号 合并两项审批之日），不能代替{slot}`,
        en: `The merged land and site opinion "{id}" of {issued} predates ${parameterText('mergedLandSiteOpinionFrom', 'en')} (when 自然资规〔2019〕2号 merged the two approvals) and cannot serve as the {slot}`,
      },
    },
  },
  *check(dossier, context) {
    for (const requirement of approvalRequirements(dossier)) {
      for (const { document, index, kindAccepted, slot } of slotDocuments(requirement, context)) {
        if (document.kind !== 'land-pre-review-and-site-selection' || kindAccepted) continue;
        yield {
          messageId: 'tooEarly',
          path: ['documents', index, 'issued'],
          data: { id: document.id, issued: document.issued, slot: slot.label },
          checklistItems: [requirement.key],
        };
      }
    }
  },
});
