import { DOCUMENT_KIND_NAMES } from '../../dossier/document-kinds.js';
import { defineRule, type RuleReport } from '../define-rule.js';
import { loanRequirements, slotDocuments } from '../support/loan-requirements.js';

type MessageId = 'afterApplication' | 'afterAsOf';

export const documentsDatedBeforeLoan = defineRule({
  meta: {
    id: 'documents-dated-before-loan',
    severity: 'error',
    clause: 'N-4.4',
    title: { zh: '贷款条件文件在贷款申请前已落实', en: 'Loan-condition documents are dated before the loan application' },
    description: {
      zh: '作为贷款发放条件的四项审批和补偿文件须在贷款申请日或之前落实（发文日期不晚于贷款申请日），且发文日期不得晚于检查基准日（--as-of）。',
      en: 'The approvals and compensation documents that are loan conditions must be in place on or before the loan application date (issue date not after it), and cannot be dated after the as-of date of the check.',
    },
    fix: {
      zh: '核对发文日期；文件确在申请后才取得的，应在取得后重新提出贷款申请并更新 loan.applicationDate。',
      en: 'Check the issue date; if the document really came after the application, apply again once it is in place and update `loan.applicationDate`.',
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-03-04 }
loan: { applicationDate: 2016-04-01 }`,
      fail: `documents:
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-04-02 }
loan: { applicationDate: 2016-04-01 }`,
    },
    messages: {
      afterApplication: {
        zh: '{kind}“{id}”发文日期 {issued} 晚于贷款申请日 {application}',
        en: 'The {kind} "{id}" is dated {issued}, after the loan application on {application}',
      },
      afterAsOf: {
        zh: '{kind}“{id}”发文日期 {issued} 晚于检查基准日 {asOf}',
        en: 'The {kind} "{id}" is dated {issued}, after the as-of date {asOf}',
      },
    },
  },
  *check(dossier, context) {
    // A document may meet several requirements (one EIA approval for two buildings): report it once, failing all.
    const byDocument = new Map<string, RuleReport<MessageId> & { checklistItems: string[] }>();
    const application = dossier.loan.applicationDate;
    for (const requirement of loanRequirements(dossier)) {
      for (const { document, index, kindAccepted } of slotDocuments(requirement, context)) {
        if (!kindAccepted) continue;
        const messageIds: MessageId[] = [];
        if (document.issued > application) messageIds.push('afterApplication');
        if (document.issued > context.asOf) messageIds.push('afterAsOf');
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
            data: { id: document.id, kind: DOCUMENT_KIND_NAMES[document.kind], issued: document.issued, application, asOf: context.asOf },
            checklistItems: [requirement.key],
          });
        }
      }
    }
    yield* byDocument.values();
  },
});
