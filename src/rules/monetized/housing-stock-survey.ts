import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';
import { monetizedAnchor, monetizedPart } from '../support/monetized-resettlement.js';

export const housingStockSurvey = defineRule({
  meta: {
    id: 'housing-stock-survey',
    severity: 'warning',
    clause: 'N-3.1',
    rests: {
      quote: '各地要对辖区内可预销售的商品住房以及尚未分配的保障房情况进行调查摸底',
      modal: '要',
      reading: {
        zh: '调查摸底和公开房源信息是各地政府的职责，不是贷款条件；资料未引用相关文件并不表明没有做，因此只发警告。',
        en: 'The survey and the published listings are duties of the local governments, not loan conditions; a dossier that cites neither does not show they were not made, so the rule only warns.',
      },
    },
    title: { zh: '存量住房摸底调查和房源信息公开', en: 'Housing-stock survey and published listings' },
    description: {
      zh: '各地要对可预销售的商品住房和尚未分配的保障房调查摸底，并公开存量住房房源信息。采取货币化安置的资料须引用存量住房摸底调查和房源信息公开文件。',
      en: 'Localities survey unsold commercial and unallocated affordable housing and publish the housing-stock listings. A dossier with cash resettlement refers to the survey and the published listings.',
    },
    fix: {
      zh: '在 resettlement.monetized 中引用 housingStockSurvey（kind: housing-stock-survey）和 listingsPublication（kind: listings-publication）。',
      en: 'Refer in `resettlement.monetized` to `housingStockSurvey` (kind `housing-stock-survey`) and `listingsPublication` (kind `listings-publication`).',
    },
    covers: ['N-3.1#1'],
    examples: {
      pass: `resettlement:
  monetized: { ways: [free-use], housingStockSurvey: d-survey, listingsPublication: d-listings }`,
      fail: `resettlement:
  monetized: { ways: [free-use], housingStockSurvey: ~, listingsPublication: ~ }   # 未摸底，未公开房源`,
    },
    messages: {
      missingSurvey: { zh: '未引用对存量住房的调查摸底', en: 'No housing-stock survey is referred to' },
      missingListings: { zh: '未引用公开存量住房房源信息的文件', en: 'No published housing listings are referred to' },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    const part = monetizedPart(dossier);
    if (!part) return;
    const { monetized } = part;
    const survey = documentSlotReport(context, monetized?.housingStockSurvey, ['resettlement', 'monetized', 'housingStockSurvey'], {
      kinds: ['housing-stock-survey'],
      missing: { messageId: 'missingSurvey', path: monetizedAnchor(monetized) },
    });
    if (survey) yield survey;
    const listings = documentSlotReport(context, monetized?.listingsPublication, ['resettlement', 'monetized', 'listingsPublication'], {
      kinds: ['listings-publication'],
      missing: { messageId: 'missingListings', path: monetizedAnchor(monetized) },
    });
    if (listings) yield listings;
  },
});
