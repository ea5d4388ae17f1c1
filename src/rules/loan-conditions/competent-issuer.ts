import { DOCUMENT_KIND_NAMES } from '../../dossier/document-kinds.js';
import { COMPETENT_ISSUERS } from '../../notice/competent-authorities.js';
import { defineRule } from '../define-rule.js';
import { approvalRequirements, slotDocuments } from '../support/loan-requirements.js';

export const competentIssuer = defineRule({
  meta: {
    id: 'competent-issuer',
    severity: 'warning',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
      reading: {
        zh: '通知只说四项审批由“有关部门出具”，没有指明是哪个部门；“有关部门出具的”只限定四项审批，不限定补偿文件。哪个机关算主管部门，是本项目按发文机关名称中的关键词（src/notice/competent-authorities.ts）所作的理解，因此只发警告，请人工核实。',
        en: 'The notice only says the four approvals are issued by “the relevant departments” (有关部门出具的) and names none; the phrase qualifies the four approvals, not the compensation documents. Which issuer counts as competent is this project’s reading, by words in the issuer’s name (src/notice/competent-authorities.ts), so the rule only warns: verify by hand.',
      },
    },
    title: { zh: '四项审批由有关部门出具', en: 'The four approvals come from the competent authority' },
    description: {
      zh: '作为项目贷款发放条件的四项审批由有关部门出具。发文机关名称不含该类审批主管部门的关键词的，给出警告，请核实；关键词见 src/notice/competent-authorities.ts（本项目的理解，不是法规原文）。“有关部门出具的”只限定四项审批，不检查补偿文件的发文机关。',
      en: 'The four approvals that are project-loan conditions are issued by the relevant departments. An issuer whose name lacks the words of the competent department for the approval gets a warning to verify; the words are in src/notice/competent-authorities.ts (this project’s reading, not a regulation). “有关部门出具的” qualifies the four approvals only; the issuers of compensation documents are not checked.',
    },
    fix: {
      zh: '核对发文机关全称；由非主管部门出具的，应取得主管部门的文件。',
      en: 'Check the issuer’s full name; a document from a department that is not competent must be replaced by one from the competent department.',
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01 }`,
      fail: `documents:
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市住房和城乡建设局, issued: 2016-03-01 }`,
    },
    messages: {
      notCompetent: {
        zh: '{kind}“{id}”的发文机关“{issuer}”名称中没有主管部门的关键词（{expected}），请核实是否为有关部门出具',
        en: 'The {kind} "{id}" is issued by "{issuer}", whose name has none of the words of a competent authority (expected one of: {expected}); verify that the relevant department issued it',
      },
    },
  },
  *check(dossier, context) {
    const reported = new Set<number>();
    for (const requirement of approvalRequirements(dossier)) {
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
