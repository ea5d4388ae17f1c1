import { defineRule } from '../define-rule.js';
import { componentsOfKind } from '../support/components-of-kind.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';

export const facilitiesInPlanningConditions = defineRule({
  meta: {
    id: 'facilities-in-planning-conditions',
    severity: 'error',
    clause: 'N-2.3',
    rests: {
      quote: '配套公共服务设施的种类、规模和要求等应当在规划设计条件中明确',
      modal: '应当',
    },
    title: { zh: '规划设计条件明确配套公共服务设施', en: 'The planning conditions state the public-service facilities' },
    description: {
      zh: '配套公共服务设施的种类、规模和要求等应当在规划设计条件中明确。每个公共服务设施组成部分须引用其规划设计条件（kind: planning-conditions），并列出其中明确的设施（种类、规模）。',
      en: 'The kinds, scale and requirements of public-service facilities are to be stated in the planning conditions (规划设计条件). Every public-facility component refers to its planning conditions (kind `planning-conditions`) and lists the facilities they state (kind and scale).',
    },
    fix: {
      zh: '在 documents 中列出规划设计条件（kind: planning-conditions），在组成部分的 planningConditions 中引用，并在 facilities 中列出设施（如 社区服务中心 1200㎡）。',
      en: 'List the planning conditions in `documents` (kind `planning-conditions`), refer to them in the component’s `planningConditions`, and list the facilities in `facilities` (e.g. `社区服务中心 1200㎡`).',
    },
    covers: ['N-2.3#1'],
    examples: {
      pass: 'components:\n  - { id: centre, kind: public-facility, name: 社区服务设施, planningConditions: d-conditions, facilities: [社区服务中心 1200㎡, 幼儿园 6班] }\ndocuments:\n  - { id: d-conditions, kind: planning-conditions, issuer: 太原市规划局, issued: 2016-02-26 }',
      fail: 'components:\n  - { id: centre, kind: public-facility, name: 社区服务设施, facilities: [社区服务中心 1200㎡, 幼儿园 6班] }   # 未引用规划设计条件',
    },
    messages: {
      missing: { zh: '“{component}”未列出规划设计条件中明确的配套设施', en: '"{component}" lists no facilities stated in the planning conditions' },
      missingConditions: {
        zh: '“{component}”未引用规划设计条件，配套公共服务设施的种类、规模和要求应当在规划设计条件中明确',
        en: '"{component}" refers to no planning conditions; the kinds, scale and requirements of the facilities are to be stated there',
      },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    for (const { component, index } of componentsOfKind(dossier, ['public-facility'])) {
      const conditions = documentSlotReport(context, component.planningConditions, ['components', index, 'planningConditions'], {
        kinds: ['planning-conditions'],
        missing: { messageId: 'missingConditions', path: ['components', index] },
      });
      if (conditions) yield { ...conditions, data: { component: component.name, ...conditions.data } };
      if ((component.facilities ?? []).length === 0) yield { messageId: 'missing', path: ['components', index], data: { component: component.name } };
    }
  },
});
