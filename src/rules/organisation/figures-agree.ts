import { defineRule, type RuleReport } from '../define-rule.js';

type MessageId = 'householdSum' | 'householdTotal' | 'capitalAboveInvestment' | 'loanAboveInvestment' | 'budgetOutsideTerm';

export const figuresAgree = defineRule({
  meta: {
    id: 'figures-agree',
    severity: 'error',
    clause: 'N-5.3',
    rests: {
      quote: '对工作不积极主动、进度缓慢、弄虚作假的单位和责任人员予以通报批评，并明确整改期限和要求，对情节严重的要实施问责',
      modal: '要',
    },
    title: { zh: '资料中的数字相互一致', en: 'Figures that must agree do agree' },
    description: {
      zh: '对弄虚作假的单位和责任人员予以通报批评。资料中应一致的数字须一致：各安置方式户数之和等于安置总户数；安置总户数等于项目改造户数；项目资本金和贷款金额不超过总投资；预算年度在协议期限内。',
      en: 'Units and people who falsify are publicly criticised. Figures that must agree do: households by mode add up to the total; the resettlement total equals the project’s households; project capital and the loan do not exceed total investment; budget years lie within the agreement’s term.',
    },
    fix: { zh: '按原始材料核对并更正数字。', en: 'Check the figures against the source records and correct them.' },
    covers: ['N-5.3#1'],
    examples: {
      pass: `project: { households: 1260 }
resettlement:
  households: { total: 1260, monetized: 900, builtHousing: 360 }`,
      fail: `project: { households: 1260 }
resettlement:
  households: { total: 1260, monetized: 900, builtHousing: 300 }`,
    },
    messages: {
      householdSum: {
        zh: '各安置方式户数之和 {sum} 不等于安置总户数 {total}',
        en: 'Households by mode add up to {sum}, not the total of {total}',
      },
      householdTotal: {
        zh: '安置总户数 {total} 不等于项目改造户数 {project}',
        en: 'The resettlement total of {total} households differs from the project’s {project}',
      },
      capitalAboveInvestment: {
        zh: '项目资本金 {capital} 万元超过总投资 {investment} 万元',
        en: 'Project capital of {capital} exceeds total investment of {investment} (10,000 yuan)',
      },
      loanAboveInvestment: {
        zh: '贷款金额 {loan} 万元超过总投资 {investment} 万元',
        en: 'The loan of {loan} exceeds total investment of {investment} (10,000 yuan)',
      },
      budgetOutsideTerm: {
        zh: '协议“{id}”的预算年度 {year} 不在协议期限 {from}—{to} 内',
        en: 'Budget year {year} of agreement "{id}" lies outside its term {from}–{to}',
      },
    },
  },
  *check(dossier): Generator<RuleReport<MessageId>> {
    const households = dossier.resettlement?.households;
    if (households?.total !== undefined) {
      const parts = [households.monetized, households.builtHousing].filter((n): n is number => n !== undefined);
      const sum = parts.reduce((a, b) => a + b, 0);
      if (parts.length > 0 && sum !== households.total) {
        yield { messageId: 'householdSum', path: ['resettlement', 'households', 'total'], data: { sum, total: households.total } };
      }
      const project = dossier.project.households;
      if (project !== undefined && project !== households.total) {
        yield { messageId: 'householdTotal', path: ['resettlement', 'households', 'total'], data: { total: households.total, project } };
      }
    }
    const { totalInvestment: investment, projectCapital: capital } = dossier.project;
    if (investment !== undefined) {
      if (capital !== undefined && capital > investment) {
        yield { messageId: 'capitalAboveInvestment', path: ['project', 'projectCapital'], data: { capital, investment } };
      }
      if (dossier.loan.amount > investment) {
        yield { messageId: 'loanAboveInvestment', path: ['loan', 'amount'], data: { loan: dossier.loan.amount, investment } };
      }
    }
    for (const [index, agreement] of (dossier.agreements ?? []).entries()) {
      if (!agreement.term) continue;
      const { from, to } = agreement.term;
      for (const [position, entry] of (agreement.budget ?? []).entries()) {
        if (entry.year < from || entry.year > to) {
          yield {
            messageId: 'budgetOutsideTerm',
            path: ['agreements', index, 'budget', position, 'year'],
            data: { id: agreement.id, year: entry.year, from, to },
          };
        }
      }
    }
  },
});
