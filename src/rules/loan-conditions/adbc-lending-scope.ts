import { enumText } from '../../dossier/enum-labels.js';
import type { ProjectCategory } from '../../dossier/types.js';
import { defineRule } from '../define-rule.js';

/** 城中村改造、农村危房改造及配套基础设施建设 — the business the notice encourages ADBC to lend for. */
const ADBC_CATEGORIES: ReadonlySet<ProjectCategory> = new Set(['urban-village', 'rural-dilapidated-housing', 'supporting-infrastructure']);

export const adbcLendingScope = defineRule({
  meta: {
    id: 'adbc-lending-scope',
    severity: 'error',
    clause: 'N-4.4',
    title: { zh: '农业发展银行贷款限于其业务范围', en: 'Agricultural Development Bank lends only within its scope' },
    description: {
      zh: '鼓励农业发展银行在其业务范围内，加大城中村改造、农村危房改造及配套基础设施建设的贷款支持。贷款银行为农业发展银行的，项目类别须为城中村、农村危房或配套基础设施。',
      en: 'The Agricultural Development Bank lends, within its business scope, for urban-village renovation, rural dilapidated-housing renovation and their supporting infrastructure. An ADBC loan’s project is of category urban village, rural dilapidated housing or supporting infrastructure.',
    },
    fix: { zh: '城镇棚户区、城市危房项目应向开发银行或商业银行申请贷款。', en: 'Urban shantytown and urban dilapidated-housing projects borrow from China Development Bank or a commercial bank.' },
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
        zh: '农业发展银行贷款不适用于类别为 {category} 的项目',
        en: 'An Agricultural Development Bank loan does not fit a project of category {category}',
      },
    },
  },
  *check(dossier) {
    if (dossier.loan.lender.kind === 'agricultural-development-bank' && !ADBC_CATEGORIES.has(dossier.project.category)) {
      yield { messageId: 'outsideScope', path: ['loan', 'lender', 'kind'], data: { category: enumText('projectCategory', dossier.project.category) } };
    }
  },
});
