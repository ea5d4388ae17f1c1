import { addYears } from '../../dossier/dates.js';
import { defineRule } from '../define-rule.js';
import { parameterText } from '../../notice/parameter-text.js';
import { approvalRequirements, slotDocuments } from '../support/loan-requirements.js';

export const landPreReviewValidity = defineRule({
  meta: {
    id: 'land-pre-review-validity',
    severity: 'error',
    clause: 'N-4.4',
    title: { zh: '贷款申请时土地预审意见仍在有效期内', en: 'The land pre-review opinion is valid at the loan application' },
    description: {
      zh: `土地预审意见须在贷款申请日仍有效。文件载明有效期的以 validUntil 为准；未载明的，土地预审意见按 ${parameterText('landPreReviewValidityYears', 'zh')}（部令第42号，参数 landPreReviewValidityYears）、用地预审与选址意见书按 ${parameterText('mergedOpinionValidityYears', 'zh')}（自然资规〔2019〕2号，参数 mergedOpinionValidityYears）计算。`,
      en: `The land pre-review opinion must still be valid on the loan application date. The validity printed on the document (\`validUntil\`) prevails; otherwise a land pre-review opinion lasts ${parameterText('landPreReviewValidityYears', 'en')} (部令第42号, parameter \`landPreReviewValidityYears\`) and a merged land and site opinion ${parameterText('mergedOpinionValidityYears', 'en')} (自然资规〔2019〕2号, parameter \`mergedOpinionValidityYears\`).`,
    },
    fix: { zh: '申请延续或重新取得土地预审意见。', en: 'Have the opinion extended or obtain a new one.' },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-03-04 }
loan: { applicationDate: 2016-04-01 }`,
      fail: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2014-03-04 }   # 申请时已过有效期
loan: { applicationDate: 2016-04-01 }`,
    },
    messages: {
      expired: {
        zh: '土地预审意见“{id}”有效期至 {until}，贷款申请日 {application} 已过期',
        en: 'The land pre-review opinion "{id}" was valid until {until}, before the loan application on {application}',
      },
    },
    basis: { document: '建设项目用地预审管理办法 (部令第42号); 自然资规〔2019〕2号', effective: '2008-12-01', status: 'verified' },
  },
  *check(dossier, context) {
    const application = dossier.loan.applicationDate;
    const reported = new Set<number>();
    for (const requirement of approvalRequirements(dossier)) {
      if (!requirement.key.endsWith(':landPreReview')) continue;
      for (const { document, index, kindAccepted } of slotDocuments(requirement, context)) {
        if (!kindAccepted || reported.has(index)) continue;
        const years =
          document.kind === 'land-pre-review-and-site-selection'
            ? context.parameter('mergedOpinionValidityYears')
            : context.parameter('landPreReviewValidityYears');
        const until = document.validUntil ?? (years === undefined ? undefined : addYears(document.issued, years));
        // Valid through its last day: expired only when the application comes after `until`.
        if (until === undefined || application <= until) continue;
        reported.add(index);
        yield {
          messageId: 'expired',
          path: ['documents', index, document.validUntil ? 'validUntil' : 'issued'],
          data: { id: document.id, until, application },
          checklistItems: [requirement.key],
        };
      }
    }
  },
});
