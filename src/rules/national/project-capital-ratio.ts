import { defineRule } from '../define-rule.js';
import { parameterHistory, parameterText } from '../../notice/parameter-text.js';

export const projectCapitalRatio = defineRule({
  meta: {
    id: 'project-capital-ratio',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '各行业固定资产投资项目的最低资本金比例按以下规定执行',
      modal: '按…执行',
    },
    basis: {
      document: '国发〔2015〕51号',
      article: '一',
      effective: '2015-09-09',
      status: 'verified',
      source: 'http://dongshibiao.com/listing/lawsshow_pi.php?id=7782 (full-text reprint)',
    },
    title: {
      zh: `项目资本金不低于总投资的 ${parameterText('projectCapitalMinPercent', 'zh')}`,
      en: `Project capital is at least ${parameterText('projectCapitalMinPercent', 'en')} of total investment`,
    },
    description: {
      zh: `国发〔2015〕51号规定保障性住房（含棚户区改造安置住房）项目最低资本金比例保持 ${parameterHistory('projectCapitalMinPercent', 'zh')}（参数 projectCapitalMinPercent）。资料写明总投资和项目资本金的，资本金比例不得低于基准日适用的比例。`,
      en: `国发〔2015〕51号 keeps the minimum project capital of affordable housing, shantytown resettlement housing included, at ${parameterHistory('projectCapitalMinPercent', 'en')} (parameter \`projectCapitalMinPercent\`). Where the dossier states total investment and project capital, the ratio is not below the one in force on the as-of date.`,
    },
    fix: { zh: '增加项目资本金，或核对总投资。', en: 'Raise the project capital, or check the total investment.' },
    covers: ['N-4.4#1'],
    examples: {
      pass: `project: { totalInvestment: 86000, projectCapital: 17200 }`,
      fail: `project: { totalInvestment: 86000, projectCapital: 12000 }`,
    },
    messages: {
      belowMinimum: {
        zh: '项目资本金占总投资 {ratio}%，低于 {minimum}%（国发〔2015〕51号）',
        en: 'Project capital is {ratio}% of total investment, below {minimum}% (国发〔2015〕51号)',
      },
    },
    appliesWhen: 'projectCapitalMinPercent',
  },
  *check(dossier, context) {
    const { totalInvestment, projectCapital } = dossier.project;
    const minimum = context.parameter('projectCapitalMinPercent');
    if (totalInvestment === undefined || projectCapital === undefined || minimum === undefined || totalInvestment === 0) return;
    // Compare in integers of basis points so that 20% of an amount is never lost to floating point.
    if (projectCapital * 10_000 >= totalInvestment * minimum * 100) return;
    const ratio = Math.floor((projectCapital / totalInvestment) * 1000) / 10;
    yield { messageId: 'belowMinimum', path: ['project', 'projectCapital'], data: { ratio, minimum } };
  },
});
