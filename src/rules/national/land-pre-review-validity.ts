import { addYears } from '../../dossier/dates.js';
import { defineRule } from '../define-rule.js';
import { parameterText } from '../../notice/parameter-text.js';
import { approvalRequirements, slotDocuments } from '../support/loan-requirements.js';

export const landPreReviewValidity = defineRule({
  meta: {
    id: 'land-pre-review-validity',
    severity: 'warning',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
    },
    basis: {
      document: '建设项目用地预审管理办法（国土资源部令第42号）',
      article: '第十七条',
      effective: '2009-01-01',
      status: 'reported',
      source: 'the 2- and 3-year periods of 第十七条 (2008 text and 部令第68号 amendment) were not read; the 3-year validity of a merged opinion under 自然资规〔2019〕2号 is verified',
    },
    title: { zh: '贷款申请时土地预审意见仍在有效期内', en: 'The land pre-review opinion is valid at the loan application' },
    description: {
      zh: `土地预审意见须在贷款申请日仍有效。文件载明有效期的以 validUntil 为准；未载明的，土地预审意见按 ${parameterText('landPreReviewValidityYears', 'zh')}（部令第42号，参数 landPreReviewValidityYears）、用地预审与选址意见书按 ${parameterText('mergedOpinionValidityYears', 'zh')}（自然资规〔2019〕2号，参数 mergedOpinionValidityYears）计算。部令第42号第十七条的有效期及其 2016 年修正后的有效期仅见于二手资料，因此本规则只发警告。`,
      en: `The land pre-review opinion must still be valid on the loan application date. The validity printed on the document (\`validUntil\`) prevails; otherwise a land pre-review opinion lasts ${parameterText('landPreReviewValidityYears', 'en')} (部令第42号, parameter \`landPreReviewValidityYears\`) and a merged land and site opinion ${parameterText('mergedOpinionValidityYears', 'en')} (自然资规〔2019〕2号, parameter \`mergedOpinionValidityYears\`). The period of 部令第42号 第十七条, and the one after its 2016 amendment, rest on secondary sources only, so this rule only warns.`,
    },
    fix: { zh: '申请延续或重新取得土地预审意见。', en: 'Have the opinion extended or obtain a new one.' },
    covers: ['N-4.4#1'],
    examples: {
      pass: '- { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-03-04 }   # 申请日 2016-04-01',
      fail: '- { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2014-03-04 }   # 申请日 2016-04-01，已过有效期',
    },
    messages: {
      expired: {
        zh: '土地预审意见“{id}”有效期至 {until}，贷款申请日 {application} 已过期（有效期依据《建设项目用地预审管理办法》第十七条，仅见于二手资料，请按文件所载有效期核实）',
        en: 'The land pre-review opinion "{id}" was valid until {until}, before the loan application on {application} (the period of Art. 17 of the Measures on Land Pre-review of Construction Projects rests on a secondary source only; verify against the validity printed on the document)',
      },
    },
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
