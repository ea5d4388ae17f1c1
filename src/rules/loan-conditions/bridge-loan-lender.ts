import { defineRule } from '../define-rule.js';

export const bridgeLoanLender = defineRule({
  meta: {
    id: 'bridge-loan-lender',
    severity: 'error',
    clause: 'N-4.4',
    title: { zh: '专项过桥贷款只由开发银行发放', en: 'Special bridge loans come only from China Development Bank' },
    description: {
      zh: '开发银行可以通过专项过桥贷款对符合条件的实施主体提供过渡性资金安排。贷款品种为专项过桥贷款的，贷款银行须为国家开发银行。',
      en: 'China Development Bank may give qualifying entities special bridge loans. A loan of product `bridge-loan` must come from China Development Bank.',
    },
    fix: { zh: '改为向国家开发银行申请过桥贷款，或改为项目贷款（product: project-loan）。', en: 'Apply to China Development Bank for the bridge loan, or make it a project loan (`product: project-loan`).' },
    covers: ['N-4.4#2'],
    examples: {
      pass: `loan:
  lender: { name: 国家开发银行山西省分行, kind: china-development-bank }
  product: bridge-loan`,
      fail: `loan:
  lender: { name: 某商业银行太原分行, kind: commercial-bank }
  product: bridge-loan`,
    },
    messages: {
      wrongLender: { zh: '专项过桥贷款的贷款银行不是国家开发银行（{lender}）', en: 'The bridge loan is not from China Development Bank ({lender})' },
    },
  },
  *check(dossier) {
    const { loan } = dossier;
    if (loan.product === 'bridge-loan' && loan.lender.kind !== 'china-development-bank') {
      yield { messageId: 'wrongLender', path: ['loan', 'lender', 'kind'], data: { lender: loan.lender.name } };
    }
  },
});
