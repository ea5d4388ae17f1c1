import { DOCUMENT_KIND_NAMES } from '../../dossier/document-kinds.js';
import { COMPETENT_ISSUERS } from '../../notice/competent-authorities.js';
import { defineRule } from '../define-rule.js';
import { loanRequirements, slotDocuments } from '../support/loan-requirements.js';

export const competentIssuer = defineRule({
  meta: {
    id: 'competent-issuer',
    severity: 'error',
    clause: 'N-4.4',
    title: { zh: '贷款条件文件由有关部门出具', en: 'Loan-condition documents come from the competent authority' },
    description: {
      zh: '四项审批须由有关部门出具，补偿文件由人民政府或其征收部门制定。发文机关须为该类文件的主管部门；各类文件认可的机关名称关键词见 src/notice/competent-authorities.ts（本项目的参数，不是法规原文）。',
      en: 'The four approvals are issued by the competent departments, and the compensation documents by the people’s government or its expropriation office. The issuer must be competent for the document’s kind; the words an issuer’s name must contain per kind are a parameter of this project (src/notice/competent-authorities.ts), not a regulation.',
    },
    fix: { zh: '核对发文机关全称；由非主管部门出具的，应取得主管部门的文件。', en: 'Check the issuer’s full name; a document from a department that is not competent must be replaced by one from the competent department.' },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01 }`,
      fail: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市住房和城乡建设局, issued: 2016-03-01 }`,
    },
    messages: {
      notCompetent: {
        zh: '{kind}“{id}”的发文机关“{issuer}”不是主管部门（应含：{expected}）',
        en: 'The {kind} "{id}" is issued by "{issuer}", not a competent authority (expected one of: {expected})',
      },
    },
  },
  *check(dossier, context) {
    const reported = new Set<number>();
    for (const requirement of loanRequirements(dossier)) {
      for (const { document, index, kindListed } of slotDocuments(requirement, context)) {
        const words = COMPETENT_ISSUERS[document.kind];
        if (!kindListed || !words || reported.has(index) || words.some((word) => document.issuer.includes(word))) continue;
        reported.add(index);
        yield {
          messageId: 'notCompetent',
          path: ['documents', index, 'issuer'],
          data: { id: document.id, issuer: document.issuer, kind: DOCUMENT_KIND_NAMES[document.kind], expected: words.join('、') },
          checklistItems: [requirement.key],
        };
      }
    }
  },
});
