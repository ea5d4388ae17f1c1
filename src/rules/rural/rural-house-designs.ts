import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';

export const ruralHouseDesigns = defineRule({
  meta: {
    id: 'rural-house-designs',
    severity: 'error',
    clause: 'N-2.4',
    rests: {
      quote: '县级住房城乡建设部门应制定符合当地实际的农房设计图和风貌管理要求',
      modal: '应',
    },
    title: { zh: '县级农房设计图和风貌管理要求', en: 'The county’s house designs and style rules' },
    description: {
      zh: '县级住房城乡建设部门应制定符合当地实际的农房设计图和风貌管理要求，指导到户。农村危房改造资料须引用该县的农房设计图和风貌管理要求（rural.designGuidance）。',
      en: 'The county housing department draws up house designs and style rules suited to local conditions and guides each household by them. A rural dossier refers to the county’s house designs and style rules (`rural.designGuidance`).',
    },
    fix: {
      zh: '在 documents 中列出县住房城乡建设部门制定的农房设计图和风貌管理要求（kind: rural-house-design），并在 rural.designGuidance 中引用。',
      en: 'List the county housing department’s house designs and style rules in `documents` (kind `rural-house-design`) and refer to them in `rural.designGuidance`.',
    },
    covers: ['N-2.4#1'],
    examples: {
      pass: 'project:\n  category: rural-dilapidated-housing\nrural:\n  designGuidance: d-design\n  households:\n    - { id: h1, name: 王某, fileNumber: YC-2016-0001, informationSystemEntered: true, seismicRequirementsMet: true }\ndocuments:\n  - { id: d-design, kind: rural-house-design, title: 农房设计图集和风貌管理要求, issuer: 小店区住房和城乡建设局, issued: 2016-02-15 }',
      fail: 'project:\n  category: rural-dilapidated-housing\nrural:\n  households:\n    - { id: h1, name: 王某, fileNumber: YC-2016-0001, informationSystemEntered: true, seismicRequirementsMet: true }',
    },
    messages: {
      missing: {
        zh: '未引用县级住房城乡建设部门制定的农房设计图和风貌管理要求',
        en: 'The county housing department’s house designs and style rules are not referred to',
      },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    if (dossier.project.category !== 'rural-dilapidated-housing') return;
    const report = documentSlotReport(context, dossier.rural?.designGuidance, ['rural', 'designGuidance'], {
      // `other` was the only fitting kind before `rural-house-design` existed; dossiers written then stay valid.
      kinds: ['rural-house-design', 'other'],
      missing: { messageId: 'missing', path: dossier.rural ? ['rural'] : ['project', 'category'] },
    });
    if (report) yield report;
  },
});
