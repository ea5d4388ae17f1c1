import { addYears } from '../../dossier/dates.js';
import type { Localized } from '../../engine/types.js';
import { parameterHistory, parameterText } from '../../notice/parameter-text.js';
import { defineRule } from '../define-rule.js';
import { firstDisbursement } from '../support/disbursement.js';
import { approvalRequirements, slotDocuments } from '../support/loan-requirements.js';

type MessageId = 'expired' | 'expiredByRule' | 'expiredReported';

const AT_DISBURSEMENT: Localized = { zh: '首笔放款日', en: 'the first disbursement' };
const AT_APPLICATION: Localized = { zh: '贷款申请日（资料未载明放款）', en: 'the loan application (the dossier records no disbursement)' };

export const landPreReviewValidity = defineRule({
  meta: {
    id: 'land-pre-review-validity',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
    },
    basis: {
      document: '自然资规〔2019〕2号; 建设项目用地预审管理办法（国土资源部令第42号，部令第68号修正）',
      article: '一; 第十七条',
      effective: '2009-01-01',
      status: 'verified',
      source:
        'the 3-year validity of a merged opinion (自然资规〔2019〕2号 一) is read in a verbatim reprint; the 2- and 3-year periods of 第十七条 are reported only, so an expiry computed from them is a warning (expiredReported)',
    },
    title: { zh: '放款时土地预审意见仍在有效期内', en: 'The land pre-review opinion is valid when the loan is disbursed' },
    description: {
      zh: `土地预审意见是贷款发放条件，须在首笔放款日（资料未载明放款的，贷款申请日）仍有效。文件载明有效期的以 validUntil 为准；未载明的，按文件发文日施行的规定计算：土地预审意见 ${parameterHistory('landPreReviewValidityYears', 'zh')}（部令第42号及部令第68号修正，参数 landPreReviewValidityYears；该有效期条文仅见于二手来源，据此计算的过期只提示警告），用地预审与选址意见书 ${parameterText('mergedOpinionValidityYears', 'zh')}（自然资规〔2019〕2号，参数 mergedOpinionValidityYears）。`,
      en: `The land pre-review opinion is a condition of disbursement: it must still be valid on the first disbursement (on the loan application when the dossier records none). The validity printed on the document (\`validUntil\`) prevails; otherwise the period is the one in force on the document’s issue date: a land pre-review opinion ${parameterHistory('landPreReviewValidityYears', 'en')} (部令第42号 as amended by 部令第68号, parameter \`landPreReviewValidityYears\`; the validity article is reported, not read, so an expiry computed from it is a warning), a merged land and site opinion ${parameterText('mergedOpinionValidityYears', 'en')} (自然资规〔2019〕2号, parameter \`mergedOpinionValidityYears\`).`,
    },
    fix: { zh: '申请延续或重新取得土地预审意见。', en: 'Have the opinion extended or obtain a new one.' },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-03-04 }
loan: { applicationDate: 2016-04-01 }`,
      fail: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2014-03-04, validUntil: 2016-03-04 }   # 申请时已过文件载明的有效期
loan: { applicationDate: 2016-04-01 }`,
    },
    messages: {
      expired: {
        zh: '土地预审意见“{id}”有效期至 {until}（文件载明），{event} {date} 已过期',
        en: 'The land pre-review opinion "{id}" was valid until {until} (as printed on it), before {event} on {date}',
      },
      expiredByRule: {
        zh: '土地预审意见“{id}”按发文日 {issued} 施行的规定（{source}）有效期至 {until}，{event} {date} 已过期',
        en: 'The land pre-review opinion "{id}" was valid until {until} under the rules in force on its issue date {issued} ({source}), before {event} on {date}',
      },
      expiredReported: {
        zh: '土地预审意见“{id}”按发文日 {issued} 施行的规定（{source}）计算有效期至 {until}，{event} {date} 已过期；该有效期仅见于二手来源，请核实',
        en: 'The land pre-review opinion "{id}" would have been valid until {until} under the rules in force on its issue date {issued} ({source}), before {event} on {date}; that period rests on secondary sources only: verify',
      },
    },
    messageSeverity: { expiredReported: 'warning' },
  },
  *check(dossier, context) {
    const first = firstDisbursement(dossier);
    const date = first?.date ?? dossier.loan.applicationDate;
    const event = first ? AT_DISBURSEMENT : AT_APPLICATION;
    const reported = new Set<number>();
    for (const requirement of approvalRequirements(dossier)) {
      if (!requirement.key.endsWith(':landPreReview')) continue;
      for (const { document, index, kindAccepted } of slotDocuments(requirement, context)) {
        if (!kindAccepted || reported.has(index)) continue;
        // The period is the one the rules set when the opinion was issued, not the one in force at the review.
        const entry = document.validUntil
          ? undefined
          : context.parameterAt(
              document.kind === 'land-pre-review-and-site-selection' ? 'mergedOpinionValidityYears' : 'landPreReviewValidityYears',
              document.issued,
            );
        const until = document.validUntil ?? (entry ? addYears(document.issued, entry.value) : undefined);
        // Valid through its last day: expired only when the money is paid out after `until`.
        if (until === undefined || date <= until) continue;
        reported.add(index);
        const data = { id: document.id, until, issued: document.issued, date, event, source: entry?.source ?? '' };
        if (!entry) {
          yield { messageId: 'expired' as MessageId, path: ['documents', index, 'validUntil'], data, checklistItems: [requirement.key] };
        } else if (entry.status === 'reported') {
          // A warning does not fail the checklist item: the period itself is what the reviewer has to verify.
          yield { messageId: 'expiredReported' as MessageId, path: ['documents', index, 'issued'], data };
        } else {
          yield { messageId: 'expiredByRule' as MessageId, path: ['documents', index, 'issued'], data, checklistItems: [requirement.key] };
        }
      }
    }
  },
});
