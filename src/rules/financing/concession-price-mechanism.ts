import type { Agreement, DocumentKind } from '../../dossier/types.js';
import type { Localized } from '../../engine/types.js';
import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

/** The government–social-capital contracts of 四(二): a concession, or another PPP contract, each with its own text. */
const PPP_KINDS: readonly { kind: Agreement['kind']; document: DocumentKind; name: Localized }[] = [
  { kind: 'concession', document: 'concession-agreement', name: { zh: '特许经营协议', en: 'concession' } },
  { kind: 'ppp-contract', document: 'ppp-contract', name: { zh: '政府与社会资本合作合同', en: 'PPP contract' } },
];

export const concessionPriceMechanism = defineRule({
  meta: {
    id: 'concession-price-mechanism',
    severity: 'warning',
    clause: 'N-4.2',
    rests: {
      quote: '各地要建立健全城市基础设施建设财政投入与价格补偿统筹协调机制，合理确定服务价格',
      modal: '要',
    },
    title: { zh: '特许经营协议和 PPP 合同有价格补偿机制', en: 'A concession or PPP contract has its price mechanism' },
    description: {
      zh: '支持以特许经营为基础的 PPP 模式进行城市基础设施建设，各地要建立财政投入与价格补偿统筹协调机制，合理确定服务价格。每份特许经营协议和其他政府与社会资本合作合同须引用其合同文本（kind: concession-agreement 或 ppp-contract），并写明价格或补偿机制。合同中是否须载明该机制是本项目的理解，仅作提示，请人工核实。',
      en: 'Concession-based PPP is supported for urban infrastructure, and localities set up a mechanism coordinating fiscal input and price compensation, with reasonable service prices. Each concession and other PPP contract refers to its text (kind `concession-agreement` or `ppp-contract`) and states its price or compensation mechanism. That the contract itself must state it is this project’s reading: a warning to verify by hand.',
    },
    fix: {
      zh: '在 agreements[].priceMechanism 中写明收费、价格调整或可行性缺口补助机制。',
      en: 'Describe the tariff, price adjustment or viability-gap payment in `agreements[].priceMechanism`.',
    },
    covers: ['N-4.2#1'],
    examples: {
      pass: 'agreements:\n  - { id: agr-heat, kind: concession, document: d-concession, priceMechanism: 按供热价格政策收费，不足部分由财政补贴 }\ndocuments:\n  - { id: d-concession, kind: concession-agreement, issuer: 太原市小店区人民政府, issued: 2016-02-01 }',
      fail: 'agreements:\n  - { id: agr-ppp, kind: ppp-contract, document: d-ppp }   # 未写明价格补偿机制\ndocuments:\n  - { id: d-ppp, kind: ppp-contract, issuer: 太原市小店区人民政府, issued: 2016-02-01 }',
    },
    messages: {
      missingMechanism: {
        zh: '{agreement}“{id}”未写明价格补偿机制（本项目的理解，请核实）',
        en: 'The {agreement} "{id}" states no price or compensation mechanism (this project’s reading; verify)',
      },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    for (const { kind, document, name } of PPP_KINDS) {
      for (const { agreement, index } of agreementsOfKind(dossier, kind)) {
        const text = documentSlotReport(context, agreement.document, ['agreements', index, 'document'], { kinds: [document] });
        if (text) yield text;
        if (agreement.priceMechanism === undefined)
          yield { messageId: 'missingMechanism', path: ['agreements', index], data: { agreement: name, id: agreement.id } };
      }
    }
  },
});
