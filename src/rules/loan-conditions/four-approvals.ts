import { defineRule, type RuleReport } from '../define-rule.js';
import { REQUIREMENT_MESSAGES, reportRequirements } from '../support/report-loan-requirements.js';
import { approvalRequirements, isMet } from '../support/loan-requirements.js';

type MessageId = keyof typeof REQUIREMENT_MESSAGES | 'missingForBridgeLoan';

export const fourApprovals = defineRule({
  meta: {
    id: 'four-approvals',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
    },
    title: { zh: '建设部分具备四项审批手续', en: 'Every construction component has the four approvals' },
    description: {
      zh: '棚户区（城镇棚户区、城中村、城市危房及其配套基础设施）配套基础设施和安置房建设部分，须落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续，作为项目贷款发放条件。每个建设类组成部分（安置房、配套基础设施、公共服务设施）缺少的每一项审批各为一条问题。农户自建翻建的农村危房不属于“安置房建设部分”。专项过桥贷款不以四项审批为发放条件，缺少时只提示警告。依法无需办理并在 approvalsNotRequired 中声明理由和依据的，不算缺少，检查清单显示“无需办理（依据）”。',
      en: 'For the infrastructure and resettlement-housing construction part of a shantytown-type project (城镇棚户区, 城中村, 城市危房 and their supporting infrastructure), the feasibility-study approval, environmental-impact approval, planning opinion and land pre-review opinion are conditions of the project loan. Each approval missing from a construction component (resettlement housing, infrastructure, public facility) is its own finding. Rural houses rebuilt by households are not resettlement-housing construction. A bridge loan (专项过桥贷款) is not lent against the four approvals, so a missing one is a warning. An approval declared not required by law under `approvalsNotRequired`, with its reason and basis, is not missing; the checklist shows it as “not required (basis)”.',
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
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: ~ }   # 缺土地预审意见`,
    },
    messages: {
      ...REQUIREMENT_MESSAGES,
      missingForBridgeLoan: {
        zh: '缺少{requirement}；专项过桥贷款不以四项审批为发放条件，请核实项目后续取得',
        en: 'Missing {requirement}; a bridge loan is not lent against the four approvals, so verify the project obtains it',
      },
    },
    messageSeverity: { missingForBridgeLoan: 'warning' },
  },
  *check(dossier, context): Generator<RuleReport<MessageId>> {
    const requirements = approvalRequirements(dossier).filter((requirement) => !requirement.notRequired);
    if (dossier.loan.product === 'project-loan') {
      yield* reportRequirements(requirements, context);
      return;
    }
    // Not a loan condition here, so no checklist item: the warning only tells the reviewer what is absent.
    for (const requirement of requirements) {
      if (!isMet(requirement, context)) yield { messageId: 'missingForBridgeLoan', path: requirement.anchor, data: { requirement: requirement.label } };
    }
  },
});
