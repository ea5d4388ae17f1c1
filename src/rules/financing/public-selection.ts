import { enumText } from '../../dossier/enum-labels.js';
import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

const PUBLIC_METHODS: ReadonlySet<string> = new Set(['public-tender', 'competitive-consultation', 'competitive-negotiation']);

export const publicSelection = defineRule({
  meta: {
    id: 'public-selection',
    severity: 'error',
    clause: 'N-4.1',
    rests: {
      quote: '市、县人民政府要公开择优选择棚户区改造实施主体，并与实施主体签订购买棚户区改造服务协议',
      modal: '要',
    },
    title: { zh: '公开择优选择实施主体', en: 'The implementing entity was selected publicly' },
    description: {
      zh: '市、县人民政府要公开择优选择棚户区改造实施主体，并与其签订购买服务协议。有政府购买服务协议的资料须写明选择方式（公开招标、竞争性磋商或竞争性谈判）并引用选定文件；直接指定或单一来源不是公开择优。',
      en: 'City and county governments choose the implementing entity publicly and on merit before signing the purchase-of-service agreement. A dossier with such an agreement states a public method (public tender, competitive consultation or negotiation) and refers to the selection document; direct designation or a single source is not public selection.',
    },
    fix: {
      zh: '在 entity.selection 中写明 method 并引用选定文件（kind: entity-selection）；非公开选定的，应依法重新公开选择。',
      en: 'State `entity.selection.method` and refer to the selection document (kind `entity-selection`); an entity not chosen publicly must be chosen again, publicly.',
    },
    covers: ['N-4.1#1'],
    examples: {
      pass: `entity:
  selection: { method: public-tender, document: d-selection }`,
      fail: `entity:
  selection: { method: direct-designation }`,
    },
    messages: {
      missing: { zh: '未写明实施主体的选择方式', en: 'How the implementing entity was selected is not stated' },
      notPublic: { zh: '实施主体经{method}确定，未经公开择优选择', en: 'Selection by {method} is not public selection on merit' },
      missingDocument: { zh: '未引用实施主体选定文件', en: 'No selection document is referred to' },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    if (agreementsOfKind(dossier, 'purchase-of-service').length === 0) return;
    const selection = dossier.entity.selection;
    if (!selection) {
      yield { messageId: 'missing', path: ['entity'] };
      return;
    }
    if (!PUBLIC_METHODS.has(selection.method))
      yield { messageId: 'notPublic', path: ['entity', 'selection', 'method'], data: { method: enumText('selectionMethod', selection.method) } };
    const document = documentSlotReport(context, selection.document, ['entity', 'selection', 'document'], {
      kinds: ['entity-selection'],
      missing: { messageId: 'missingDocument', path: ['entity', 'selection'] },
    });
    if (document) yield document;
  },
});
