import { DOCUMENT_KIND_NAMES } from '../../dossier/document-kinds.js';
import { defineRule, type RuleReport } from '../define-rule.js';
import { firstDisbursement } from '../support/disbursement.js';
import { loanRequirements, slotDocuments } from '../support/loan-requirements.js';

type MessageId = 'afterFirstDisbursement' | 'afterAsOf' | 'afterAsOfNoDisbursement';

export const documentsDatedBeforeLoan = defineRule({
  meta: {
    id: 'documents-dated-before-loan',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
    },
    title: { zh: '贷款发放条件文件在首笔放款前已落实', en: 'Loan-condition documents are in place by the first disbursement' },
    description: {
      zh: '四项审批和补偿文件是贷款发放条件：发文日期不得晚于首笔放款日（loan.disbursements 中日期最早的一笔），也不得晚于检查基准日（--as-of）。申请之后、放款之前取得的文件符合要求。资料未载明放款的，按检查基准日判断，并在提示中说明。',
      en: 'The approvals and compensation documents are conditions of disbursement (贷款发放条件): each is dated on or before the first disbursement (the earliest date in `loan.disbursements`) and not after the as-of date of the check. A document obtained after the application but before the first disbursement is fine. Without a recorded disbursement, documents are judged against the as-of date, and the message says so.',
    },
    fix: {
      zh: '核对发文日期和 loan.disbursements；文件确在放款后才取得的，放款不符合发放条件，应向贷款银行说明。',
      en: 'Check the issue date and `loan.disbursements`; if the document really came after the money was paid out, the disbursement did not meet its conditions: take it up with the lender.',
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-04-20 }   # 申请后、放款前
loan: { applicationDate: 2016-04-01, disbursements: [{ date: 2016-05-10 }] }`,
      fail: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-05-11 }   # 晚于首笔放款
loan: { applicationDate: 2016-04-01, disbursements: [{ date: 2016-05-10 }] }`,
    },
    messages: {
      afterFirstDisbursement: {
        zh: '{kind}“{id}”发文日期 {issued} 晚于首笔放款日 {disbursed}，贷款发放时该条件尚未落实',
        en: 'The {kind} "{id}" is dated {issued}, after the first disbursement on {disbursed}: the loan was paid out before this condition was met',
      },
      afterAsOf: {
        zh: '{kind}“{id}”发文日期 {issued} 晚于检查基准日 {asOf}',
        en: 'The {kind} "{id}" is dated {issued}, after the as-of date {asOf}',
      },
      afterAsOfNoDisbursement: {
        zh: '{kind}“{id}”发文日期 {issued} 晚于检查基准日 {asOf}（资料未载明放款，按基准日判断）',
        en: 'The {kind} "{id}" is dated {issued}, after the as-of date {asOf} (the dossier records no disbursement, so documents are judged against the as-of date)',
      },
    },
  },
  *check(dossier, context) {
    // A document may meet several requirements (one EIA approval for two buildings): report it once, failing all.
    const byDocument = new Map<string, RuleReport<MessageId> & { checklistItems: string[] }>();
    const first = firstDisbursement(dossier);
    for (const requirement of loanRequirements(dossier)) {
      for (const { document, index, kindAccepted } of slotDocuments(requirement, context)) {
        if (!kindAccepted) continue;
        const messageIds: MessageId[] = [];
        if (first && document.issued > first.date) messageIds.push('afterFirstDisbursement');
        if (document.issued > context.asOf) messageIds.push(first ? 'afterAsOf' : 'afterAsOfNoDisbursement');
        for (const messageId of messageIds) {
          const key = `${index}:${messageId}`;
          const existing = byDocument.get(key);
          if (existing) {
            if (!existing.checklistItems.includes(requirement.key)) existing.checklistItems.push(requirement.key);
            continue;
          }
          byDocument.set(key, {
            messageId,
            path: ['documents', index, 'issued'],
            data: { id: document.id, kind: DOCUMENT_KIND_NAMES[document.kind], issued: document.issued, disbursed: first?.date ?? '', asOf: context.asOf },
            checklistItems: [requirement.key],
          });
        }
      }
    }
    yield* byDocument.values();
  },
});
