import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const housingBureau = replaceOnce(
  base,
  'kind: feasibility-approval, issuer: 太原市发展和改革委员会',
  'kind: feasibility-approval, issuer: 太原市住房和城乡建设局',
);
const bureauAnnouncement = replaceOnce(base, 'kind: demolition-announcement, issuer: 小店区人民政府', 'kind: demolition-announcement, issuer: 小店区拆迁公司');

testRule('competent-issuer', {
  valid: [
    { name: 'every approval from its department', text: base },
    {
      name: 'a consolidated administrative-approval bureau',
      text: replaceOnce(base, 'kind: feasibility-approval, issuer: 太原市发展和改革委员会', 'kind: feasibility-approval, issuer: 太原市行政审批服务管理局'),
    },
    {
      // 有关部门出具的 qualifies the four approvals only: who issued a compensation document is not this rule's business.
      name: 'an announcement from a demolition company',
      text: bureauAnnouncement,
    },
    {
      name: 'an unused document from anyone (the purchase plan is not a loan condition here)',
      text: replaceOnce(base, 'kind: housing-purchase-plan, issuer: 小店区人民政府', 'kind: housing-purchase-plan, issuer: 某房地产公司'),
    },
  ],
  invalid: [
    {
      name: 'a feasibility approval from the housing bureau',
      text: housingBureau,
      errors: [
        {
          messageId: 'notCompetent',
          ...valuePosition(housingBureau, 'issuer: 太原市住房和城乡建设局'),
          message: /none of the words of a competent authority \(expected one of: 发展和改革.*\); verify/,
        },
      ],
    },
  ],
});
