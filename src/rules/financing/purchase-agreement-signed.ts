import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentOf, documentSlotReport } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

/**
 * A government party: the city or county government itself, or one of its departments or bodies signing for it.
 * The notice names 市、县人民政府; a department signing in its name is common practice and not a breach.
 */
const GOVERNMENT_PARTY = /人民政府|政府|管理委员会|管委会|(局|厅|委员会|办公室|中心)$/;

/** Names are typed by hand; full-width forms and spaces must not make the same name differ. */
const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

export const purchaseAgreementSigned = defineRule({
  meta: {
    id: 'purchase-agreement-signed',
    severity: 'error',
    clause: 'N-4.1',
    rests: {
      quote: '市、县人民政府要公开择优选择棚户区改造实施主体，并与实施主体签订购买棚户区改造服务协议',
      modal: '要',
    },
    title: { zh: '政府与实施主体签订购买服务协议', en: 'The government signs the purchase-of-service agreement with the entity' },
    description: {
      zh: '市、县人民政府与实施主体签订购买棚户区改造服务协议。每份购买服务协议须引用协议文本（kind: purchase-of-service-agreement）并写明合同编号（contractNumber，或文件的编号），签约方中须有政府一方（人民政府或其部门），并有资料所列实施主体（entity.name）。',
      en: 'The city or county government signs a purchase-of-service agreement with the implementing entity. Each such agreement refers to its text (kind `purchase-of-service-agreement`) and its contract number (`contractNumber`, or the document’s number); its parties include a government party (a people’s government or one of its departments) and the entity the dossier names (`entity.name`).',
    },
    fix: {
      zh: '在 agreements[].contractNumber 中写明合同编号，并在 agreements[].parties 中列出政府一方和实施主体（与 entity.name 一致）。',
      en: 'State the contract number in `agreements[].contractNumber`, and list the government and the entity (as in `entity.name`) in `agreements[].parties`.',
    },
    covers: ['N-4.1#1'],
    examples: {
      pass: 'agreements:\n  - { id: agr-1, contractNumber: XDGM-2016-001, parties: [太原市小店区人民政府, 测试建设投资有限公司] }',
      fail: 'agreements:\n  - { id: agr-1, contractNumber: XDGM-2016-001, parties: [太原市小店区人民政府, 另一建设有限公司] }   # 签约方不是资料所列实施主体',
    },
    messages: {
      missingParties: { zh: '购买服务协议“{id}”未写明签约双方', en: 'The purchase-of-service agreement "{id}" does not name both parties' },
      noGovernmentParty: {
        zh: '购买服务协议“{id}”的签约方中看不出有政府一方，不符合“市、县人民政府…与实施主体签订购买棚户区改造服务协议”（按签约方名称判断，请核实）',
        en: 'The purchase-of-service agreement "{id}" shows no government party, while the notice has the city or county government sign it (judged by the parties\' names: verify)',
      },
      entityNotParty: {
        zh: '购买服务协议“{id}”的签约方中没有资料所列实施主体“{entity}”',
        en: 'The purchase-of-service agreement "{id}" is not signed by the entity the dossier names, "{entity}"',
      },
      missingReference: { zh: '购买服务协议“{id}”未写明合同编号', en: 'The purchase-of-service agreement "{id}" states no contract number' },
      ...DOCUMENT_SLOT_MESSAGES,
    },
    // A government party is recognised by its name, this project's reading: a warning to verify.
    messageSeverity: { noGovernmentParty: 'warning' },
  },
  *check(dossier, context) {
    for (const { agreement, index } of agreementsOfKind(dossier, 'purchase-of-service')) {
      const text = documentSlotReport(context, agreement.document, ['agreements', index, 'document'], { kinds: ['purchase-of-service-agreement'] });
      if (text) yield text;
      // Another kind of document is not this agreement: its parties would be judged on the wrong text.
      if (text?.messageId === 'wrongKind') continue;
      // A contract carries its own contract number, not a 文号; older dossiers put it on the document.
      if (agreement.contractNumber === undefined && documentOf(context, agreement.document)?.document.number === undefined) {
        yield { messageId: 'missingReference', path: ['agreements', index], data: { id: agreement.id } };
      }
      const parties = agreement.parties ?? [];
      if (parties.length < 2) {
        yield { messageId: 'missingParties', path: agreement.parties ? ['agreements', index, 'parties'] : ['agreements', index], data: { id: agreement.id } };
        continue;
      }
      if (!parties.some((party) => GOVERNMENT_PARTY.test(nameKey(party)))) {
        yield { messageId: 'noGovernmentParty', path: ['agreements', index, 'parties'], data: { id: agreement.id } };
      }
      if (!parties.some((party) => nameKey(party) === nameKey(dossier.entity.name))) {
        yield { messageId: 'entityNotParty', path: ['agreements', index, 'parties'], data: { id: agreement.id, entity: dossier.entity.name } };
      }
    }
  },
});
