import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

export const concessionPriceMechanism = defineRule({
  meta: {
    id: 'concession-price-mechanism',
    severity: 'warning',
    clause: 'N-4.2',
    rests: {
      quote: '各地要建立健全城市基础设施建设财政投入与价格补偿统筹协调机制，合理确定服务价格',
      modal: '要',
    },
    title: { zh: '特许经营协议有价格补偿机制', en: 'A concession agreement has its price mechanism' },
    description: {
      zh: '支持以特许经营为基础的 PPP 模式进行城市基础设施建设，建立财政投入与价格补偿统筹协调机制。每份特许经营协议须引用协议文本（kind: concession-agreement）并写明价格或补偿机制。',
      en: 'Concession-based PPP is supported for urban infrastructure, with a mechanism coordinating fiscal input and price compensation. Each concession refers to its agreement (kind `concession-agreement`) and states its price or compensation mechanism.',
    },
    fix: { zh: '在 agreements[].priceMechanism 中写明收费、价格调整或可行性缺口补助机制。', en: 'Describe the tariff, price adjustment or viability-gap payment in `agreements[].priceMechanism`.' },
    covers: ['N-4.2#1'],
    examples: {
      pass: `agreements:
  - { id: agr-heat, kind: concession, document: d-concession, priceMechanism: 按供热价格政策收费，不足部分由财政补贴 }
documents:
  - { id: d-concession, kind: concession-agreement, issuer: 太原市小店区人民政府, issued: 2016-02-01 }`,
      fail: `agreements:
  - { id: agr-heat, kind: concession, document: d-concession }   # 未写价格补偿机制
documents:
  - { id: d-concession, kind: concession-agreement, issuer: 太原市小店区人民政府, issued: 2016-02-01 }`,
    },
    messages: {
      missingMechanism: { zh: '特许经营协议“{id}”未写明价格补偿机制', en: 'The concession "{id}" states no price or compensation mechanism' },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    for (const { agreement, index } of agreementsOfKind(dossier, 'concession')) {
      const text = documentSlotReport(context, agreement.document, ['agreements', index, 'document'], { kinds: ['concession-agreement'] });
      if (text) yield text;
      if (agreement.priceMechanism === undefined) yield { messageId: 'missingMechanism', path: ['agreements', index], data: { id: agreement.id } };
    }
  },
});
