import { defineRule } from '../define-rule.js';
import { REQUIREMENT_MESSAGES, reportRequirements } from '../support/report-loan-requirements.js';
import { approvalRequirements } from '../support/loan-requirements.js';

export const fourApprovals = defineRule({
  meta: {
    id: 'four-approvals',
    severity: 'error',
    clause: 'N-4.4',
    title: { zh: '建设部分具备四项审批手续', en: 'Every construction component has the four approvals' },
    description: {
      zh: '棚户区配套基础设施和安置房建设部分，须落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续，作为项目贷款发放条件。每个建设类组成部分（安置房、配套基础设施、公共服务设施）缺少的每一项审批各为一条问题。',
      en: 'For the infrastructure and resettlement-housing construction part, the feasibility-study approval, environmental-impact approval, planning opinion and land pre-review opinion are loan conditions. Each approval missing from a construction component (resettlement housing, infrastructure, public facility) is its own finding.',
    },
    fix: {
      zh: '在 documents 中列出该批复（文号、发文机关、发文日期），并在该组成部分的 approvals 中引用其 id。',
      en: 'List the approval in `documents` (number, issuer, issue date) and refer to its id under the component’s `approvals`.',
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `components:
  - id: housing
    kind: resettlement-housing
    name: 安置房
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: d-land }`,
      fail: `components:
  - id: housing
    kind: resettlement-housing
    name: 安置房
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan }   # 缺土地预审意见`,
    },
    messages: REQUIREMENT_MESSAGES,
  },
  check: (dossier, context) => reportRequirements(approvalRequirements(dossier), context),
});
