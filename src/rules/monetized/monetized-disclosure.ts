import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';
import { monetizedAnchor, monetizedPart } from '../support/monetized-resettlement.js';

export const monetizedDisclosure = defineRule({
  meta: {
    id: 'monetized-disclosure',
    severity: 'warning',
    clause: 'N-3.3',
    rests: {
      quote: '各地要尽快研究制定存量住房转换为棚户区改造安置住房的具体办法，规范棚户区改造货币化安置操作程序，完善廉政风险防控措施，主动公开接受社会监督',
      modal: '要',
    },
    title: { zh: '货币化安置操作程序公开', en: 'The cash resettlement procedure is disclosed' },
    description: {
      zh: '规范货币化安置操作程序，完善廉政风险防控措施，主动公开接受社会监督。采取货币化安置的资料须引用操作程序的公开文件。',
      en: 'The cash resettlement procedure is regulated, with anti-corruption controls, and disclosed for public supervision. A dossier with cash resettlement refers to the disclosure.',
    },
    fix: {
      zh: '在 resettlement.monetized.disclosure 中引用公开文件（kind: disclosure）。',
      en: 'Refer to the disclosure in `resettlement.monetized.disclosure` (kind `disclosure`).',
    },
    covers: ['N-3.3#1'],
    examples: {
      pass: `resettlement:
  monetized: { ways: [free-use], disclosure: d-disclosure }`,
      fail: `resettlement:
  monetized: { ways: [free-use], disclosure: ~ }   # 操作程序未公开`,
    },
    messages: {
      missing: { zh: '未引用货币化安置操作程序主动公开、接受社会监督的文件', en: 'No public disclosure of the cash resettlement procedure is referred to' },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    const part = monetizedPart(dossier);
    if (!part) return;
    const disclosure = documentSlotReport(context, part.monetized?.disclosure, ['resettlement', 'monetized', 'disclosure'], {
      kinds: ['disclosure'],
      missing: { messageId: 'missing', path: monetizedAnchor(part.monetized) },
    });
    if (disclosure) yield disclosure;
  },
});
