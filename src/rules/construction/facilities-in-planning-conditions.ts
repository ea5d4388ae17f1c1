import { defineRule } from '../define-rule.js';
import { componentsOfKind } from '../support/components-of-kind.js';

export const facilitiesInPlanningConditions = defineRule({
  meta: {
    id: 'facilities-in-planning-conditions',
    severity: 'error',
    clause: 'N-2.3',
    rests: {
      quote: '配套公共服务设施的种类、规模和要求等应当在规划设计条件中明确',
      modal: '应当',
    },
    title: { zh: '规划设计条件明确配套公共服务设施', en: 'Planning conditions name the public-service facilities' },
    description: {
      zh: '配套公共服务设施的种类、规模和要求等应当在规划设计条件中明确。每个公共服务设施组成部分须列出规划设计条件中明确的设施。',
      en: 'The kinds, scale and requirements of public-service facilities should be stated in the planning conditions. Every public-facility component lists the facilities its planning conditions name.',
    },
    fix: { zh: '在该组成部分的 facilities 中列出设施（如 社区服务中心 1200㎡）。', en: 'List the facilities in the component’s `facilities` (e.g. `社区服务中心 1200㎡`).' },
    covers: ['N-2.3#1'],
    examples: {
      pass: `components:
  - { id: centre, kind: public-facility, name: 社区服务设施, facilities: [社区服务中心 1200㎡, 幼儿园 6班] }`,
      fail: `components:
  - { id: centre, kind: public-facility, name: 社区服务设施 }`,
    },
    messages: {
      missing: { zh: '“{component}”未列出规划设计条件中明确的配套设施', en: '"{component}" lists no facilities named in the planning conditions' },
    },
  },
  *check(dossier) {
    for (const { component, index } of componentsOfKind(dossier, ['public-facility'])) {
      if ((component.facilities ?? []).length === 0) yield { messageId: 'missing', path: ['components', index], data: { component: component.name } };
    }
  },
});
