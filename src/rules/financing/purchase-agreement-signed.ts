import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport, NUMBER_MESSAGES } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

export const purchaseAgreementSigned = defineRule({
  meta: {
    id: 'purchase-agreement-signed',
    severity: 'error',
    clause: 'N-4.1',
    rests: {
      quote: '市、县人民政府要公开择优选择棚户区改造实施主体，并与实施主体签订购买棚户区改造服务协议',
      modal: '要',
    },
    title: { zh: '购买服务协议已签订', en: 'The purchase-of-service agreement is signed' },
    description: {
      zh: '市、县人民政府与实施主体签订购买棚户区改造服务协议。每份购买服务协议须引用协议文本（kind: purchase-of-service-agreement），写明文号和签约双方。',
      en: 'The city or county government signs a purchase-of-service agreement with the entity. Each such agreement refers to the signed text (kind `purchase-of-service-agreement`) with its reference number, and names both parties.',
    },
    fix: { zh: '在 documents 中补充协议的 number，并在 agreements[].parties 中列出政府和实施主体。', en: 'Give the agreement document its `number`, and list the government and the entity in `agreements[].parties`.' },
    covers: ['N-4.1#1'],
    examples: {
      pass: `agreements:
  - { id: agr-1, kind: purchase-of-service, document: d-agreement, parties: [太原市小店区人民政府, 测试建设投资有限公司] }`,
      fail: `agreements:
  - { id: agr-1, kind: purchase-of-service, document: d-agreement }   # 未写签约双方`,
    },
    messages: {
      missingParties: { zh: '购买服务协议“{id}”未写明签约双方', en: 'The purchase-of-service agreement "{id}" does not name both parties' },
      ...DOCUMENT_SLOT_MESSAGES,
      ...NUMBER_MESSAGES,
    },
  },
  *check(dossier, context) {
    for (const { agreement, index } of agreementsOfKind(dossier, 'purchase-of-service')) {
      const text = documentSlotReport(context, agreement.document, ['agreements', index, 'document'], {
        kinds: ['purchase-of-service-agreement'],
        numbered: true,
      });
      if (text) yield text;
      // Another kind of document is not this agreement: its parties would be judged on the wrong text.
      if (text?.messageId === 'wrongKind') continue;
      if ((agreement.parties ?? []).length < 2) {
        yield { messageId: 'missingParties', path: agreement.parties ? ['agreements', index, 'parties'] : ['agreements', index], data: { id: agreement.id } };
      }
    }
  },
});
