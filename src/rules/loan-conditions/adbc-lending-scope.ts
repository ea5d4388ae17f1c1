import { enumText } from '../../dossier/enum-labels.js';
import type { ProjectCategory } from '../../dossier/types.js';
import { defineRule } from '../define-rule.js';

/** 城中村改造、农村危房改造及配套基础设施建设 — the business the notice encourages ADBC to lend for. */
const ADBC_CATEGORIES: ReadonlySet<ProjectCategory> = new Set(['urban-village', 'rural-dilapidated-housing', 'supporting-infrastructure']);

export const adbcLendingScope = defineRule({
  meta: {
    id: 'adbc-lending-scope',
    severity: 'warning',
    clause: 'N-4.4',
    rests: {
      quote: '鼓励农业发展银行在其业务范围内对符合条件的实施主体，加大城中村改造、农村危房改造及配套基础设施建设的贷款支持',
      modal: '鼓励',
    },
    title: { zh: '农业发展银行贷款在通知鼓励的范围内', en: 'An Agricultural Development Bank loan lies in the scope the notice encourages' },
    description: {
      zh: '鼓励农业发展银行在其业务范围内，加大城中村改造、农村危房改造及配套基础设施建设的贷款支持。这是鼓励，不是限制：农业发展银行为其他类别的项目贷款的，不在通知所鼓励的范围内，给出警告，请核实其业务范围。',
      en: 'The Agricultural Development Bank lends, within its business scope, for urban-village renovation, rural dilapidated-housing renovation and their supporting infrastructure. This encourages; it does not restrict: an ADBC loan for a project of another category is outside what the notice provides for, and gets a warning to verify against ADBC’s business scope.',
    },
    fix: {
      zh: '核实该贷款在农业发展银行的业务范围之内，或改向开发银行、商业银行申请贷款。',
      en: 'Verify that the loan lies within the Agricultural Development Bank’s business scope, or borrow from China Development Bank or a commercial bank.',
    },
    covers: ['N-4.4#2'],
    examples: {
      pass: `project: { category: urban-village }
loan:
  lender: { name: 中国农业发展银行山西省分行, kind: agricultural-development-bank }`,
      fail: `project: { category: shantytown }
loan:
  lender: { name: 中国农业发展银行山西省分行, kind: agricultural-development-bank }`,
    },
    messages: {
      outsideScope: {
        zh: '农业发展银行为类别为 {category} 的项目贷款：通知鼓励的是城中村改造、农村危房改造及配套基础设施建设，不在通知所规定的范围内，请核实其业务范围',
        en: 'An Agricultural Development Bank loan for a project of category {category}: outside what the notice provides for (urban villages, rural dilapidated housing and their infrastructure); verify its business scope',
      },
    },
  },
  *check(dossier) {
    if (dossier.loan.lender.kind === 'agricultural-development-bank' && !ADBC_CATEGORIES.has(dossier.project.category)) {
      yield { messageId: 'outsideScope', path: ['loan', 'lender', 'kind'], data: { category: enumText('projectCategory', dossier.project.category) } };
    }
  },
});
