import { defineInputRule } from '../define-rule.js';

export const documentReference = defineInputRule({
  id: 'document-reference',
  severity: 'error',
  title: { zh: '引用的文件存在', en: 'Referenced documents exist' },
  description: {
    zh: '资料中引用的文件 id 必须在 documents 中列出，编号唯一。贷款发放条件要求每份文件都已落实。',
    en: 'Every document id the dossier refers to must be listed once in `documents`. The loan conditions require every document to exist.',
  },
  fix: {
    zh: '在 documents 中补充该文件，或更正引用的 id。',
    en: 'Add the document to `documents`, or correct the id.',
  },
  covers: [],
  examples: {
    pass: `components:
  - { id: housing, kind: resettlement-housing, name: 安置房, approvals: { landPreReview: d-land } }`,
    fail: `components:
  - { id: housing, kind: resettlement-housing, name: 安置房, approvals: { landPreReview: d-lnad } }   # 文件清单中没有 d-lnad`,
  },
  messages: {
    missing: { zh: '文件“{id}”未在 documents 中列出', en: 'Document "{id}" is not listed in documents' },
    duplicateId: { zh: '文件 id“{id}”重复', en: 'Document id "{id}" is used twice' },
    missingAgreement: { zh: '协议“{id}”未在 agreements 中列出', en: 'Agreement "{id}" is not listed in agreements' },
  },
});
