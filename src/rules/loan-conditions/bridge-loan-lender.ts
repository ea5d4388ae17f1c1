import { defineRule } from '../define-rule.js';

export const bridgeLoanLender = defineRule({
  meta: {
    id: 'bridge-loan-lender',
    severity: 'warning',
    clause: 'N-4.4',
    rests: {
      quote: '在依法合规、风险可控的前提下，开发银行可以通过专项过桥贷款对符合条件的实施主体提供过渡性资金安排',
      modal: '可以',
    },
    title: { zh: '专项过桥贷款由开发银行发放（通知所规定的方式）', en: 'Special bridge loans come from China Development Bank, as the notice provides' },
    description: {
      zh: '开发银行可以通过专项过桥贷款对符合条件的实施主体提供过渡性资金安排。通知只规定了开发银行的专项过桥贷款，但没有禁止其他银行：贷款品种为专项过桥贷款而贷款银行不是国家开发银行的，不在通知所规定的范围内，给出警告，请核实。',
      en: 'China Development Bank may give qualifying entities special bridge loans. The notice provides bridge loans only through CDB but forbids no other lender: a `bridge-loan` from another bank is outside what the notice provides for, and gets a warning to verify.',
    },
    fix: {
      zh: '改为向国家开发银行申请过桥贷款，或改为项目贷款（product: project-loan）。',
      en: 'Apply to China Development Bank for the bridge loan, or make it a project loan (`product: project-loan`).',
    },
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
      wrongLender: {
        zh: '专项过桥贷款的贷款银行不是国家开发银行（{lender}）：通知只规定了开发银行的专项过桥贷款，不在通知所规定的范围内，请核实',
        en: 'The bridge loan is not from China Development Bank ({lender}): outside what the notice provides for (CDB bridge loans); verify',
      },
    },
  },
  *check(dossier) {
    const { loan } = dossier;
    if (loan.product === 'bridge-loan' && loan.lender.kind !== 'china-development-bank') {
      yield { messageId: 'wrongLender', path: ['loan', 'lender', 'kind'], data: { lender: loan.lender.name } };
    }
  },
});
