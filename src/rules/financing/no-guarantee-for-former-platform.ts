import type { DocumentKind, Entity } from '../../dossier/types.js';
import { DOCUMENT_KIND_NAMES } from '../../dossier/document-kinds.js';
import type { Localized } from '../../engine/types.js';
import { defineRule } from '../define-rule.js';

type GuaranteeKind = NonNullable<Entity['governmentGuarantees']>[number]['kind'];

/** What the government did, per declared kind, in the words a credit officer reads. */
const ACT: Readonly<Record<GuaranteeKind, Localized>> = {
  guarantee: { zh: '提供了担保', en: 'gave a guarantee' },
  'buy-back': { zh: '作出了回购承诺', en: 'promised a buy-back' },
  'backstop-letter': { zh: '出具了兜底函', en: 'issued a backstop letter' },
  other: { zh: '作出了其他形式的担保承诺', en: 'made another guarantee promise' },
};

/** Documents that are in themselves a guarantee or a backstop promise. */
const GUARANTEE_DOCUMENT_KINDS: ReadonlySet<DocumentKind> = new Set(['guarantee', 'backstop-letter']);

/**
 * A government issuer: a people's government, its finance bureau, a development-zone committee, or a department.
 * The notice forbids only a *government* guarantee; one from a guarantee company is outside it.
 */
const GOVERNMENT_ISSUER = /人民政府|政府|财政|管理委员会|管委会|(局|厅|委员会|办公室)$/;

export const noGuaranteeForFormerPlatform = defineRule({
  meta: {
    id: 'no-guarantee-for-former-platform',
    severity: 'error',
    clause: 'N-4.3',
    rests: {
      quote: '政府在出资范围内依法履行出资人职责，不对原融资平台公司提供担保',
      modal: '不对…提供',
    },
    title: { zh: '政府不为原融资平台公司提供担保', en: 'No government guarantee for a former financing platform' },
    description: {
      zh: '原融资平台公司转型后举借的债务不纳入政府债务，政府不对原融资平台公司提供担保。实施主体为原融资平台公司的，资料须明确列出政府担保情况（没有则为空列表），且不得有任何形式的担保、回购或兜底承诺；资料自带的文件中有政府出具的担保文件或兜底函的，同样违反本条。',
      en: 'Debt of a restructured former platform is not government debt, and the government gives it no guarantee. For such an entity the dossier states its government guarantees explicitly (an empty list when none), and there is none of any kind: guarantee, buy-back or backstop. A guarantee or backstop letter issued by a government among the dossier’s own documents breaks the rule just the same.',
    },
    fix: {
      zh: '撤销政府担保、回购或兜底承诺，并写 governmentGuarantees: []；资料中不应再附政府出具的担保文件或兜底函。',
      en: 'Withdraw the guarantee, buy-back or backstop promise, and state `governmentGuarantees: []`; the dossier then carries no government guarantee or backstop letter.',
    },
    covers: ['N-4.3#1'],
    examples: {
      pass: 'entity:\n  formerFinancingPlatform: true\n  governmentGuarantees: []',
      fail: 'entity:\n  formerFinancingPlatform: true\n  governmentGuarantees: []\ndocuments:\n  - { id: d-backstop, kind: backstop-letter, title: 关于测试建设投资有限公司棚改贷款还款的兜底函, issuer: 太原市小店区人民政府, issued: 2016-03-20 }',
    },
    messages: {
      undeclared: {
        zh: '原融资平台公司须明确列出政府担保情况（没有则写 governmentGuarantees: []）',
        en: 'A former financing platform must state its government guarantees (`governmentGuarantees: []` when none)',
      },
      guaranteed: {
        zh: '政府为原融资平台公司{act}，违反“不对原融资平台公司提供担保”',
        en: 'A government {act} for the former financing platform, against "no guarantee for a former financing platform"',
      },
      guaranteeInDocuments: {
        zh: '{issuer}为原融资平台公司出具了{kind}（文件“{id}”），而资料未声明该担保，可能违反“不对原融资平台公司提供担保”（发文机关是否属政府系按名称判断，请核实）',
        en: '{issuer} issued a {kind} for the former financing platform (document "{id}") that the dossier does not declare, possibly against "no guarantee for a former financing platform" (the issuer is taken for a government body by its name: verify)',
      },
    },
    // Whether the issuer is a government body is read from its name, this project's reading: a warning to verify.
    messageSeverity: { guaranteeInDocuments: 'warning' },
  },
  *check(dossier) {
    const entity = dossier.entity;
    if (!entity.formerFinancingPlatform) return;
    const declared = entity.governmentGuarantees;
    if (!declared) yield { messageId: 'undeclared', path: ['entity', 'formerFinancingPlatform'] };
    for (const [index, guarantee] of (declared ?? []).entries()) {
      yield { messageId: 'guaranteed', path: ['entity', 'governmentGuarantees', index, 'kind'], data: { act: ACT[guarantee.kind] } };
    }
    // A guarantee the borrower files but does not declare is the one a reviewer would otherwise miss.
    const declaredDocuments = new Set((declared ?? []).flatMap((guarantee) => (guarantee.document === undefined ? [] : [guarantee.document])));
    for (const [index, document] of dossier.documents.entries()) {
      if (!GUARANTEE_DOCUMENT_KINDS.has(document.kind) || declaredDocuments.has(document.id)) continue;
      if (!GOVERNMENT_ISSUER.test(document.issuer.normalize('NFKC').trim())) continue;
      yield {
        messageId: 'guaranteeInDocuments',
        path: ['documents', index, 'kind'],
        data: { issuer: document.issuer, kind: DOCUMENT_KIND_NAMES[document.kind], id: document.id },
      };
    }
  },
});
