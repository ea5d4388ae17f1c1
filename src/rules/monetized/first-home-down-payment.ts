import { defineRule } from '../define-rule.js';
import { noticeValue, parameterHistory } from '../../notice/parameter-text.js';

export const firstHomeDownPayment = defineRule({
  meta: {
    id: 'first-home-down-payment',
    severity: 'error',
    clause: 'N-3.4',
    title: { zh: '首套房首付比例不低于当时规定', en: 'First-home down payment not below the floor in force' },
    description: {
      zh: `居民家庭首次购买普通住房的商业性个人住房贷款，最低首付款比例不低于 ${noticeValue('firstHomeDownPaymentMinPercent', 'zh')}；今后住房信贷政策按国家最新规定执行。资料写明居民购房贷款首付比例的，须不低于基准日适用的比例（参数 firstHomeDownPaymentMinPercent：${parameterHistory('firstHomeDownPaymentMinPercent', 'zh')}）。`,
      en: `For a household’s first ordinary home, the commercial mortgage down payment is at least ${noticeValue('firstHomeDownPaymentMinPercent', 'en')}; later national credit rules prevail. Where the dossier states residents’ mortgage terms, the down payment is not below the floor in force on the as-of date (parameter \`firstHomeDownPaymentMinPercent\`: ${parameterHistory('firstHomeDownPaymentMinPercent', 'en')}).`,
    },
    fix: { zh: '按基准日适用的最低首付比例调整居民购房贷款条件。', en: 'Bring the residents’ mortgage terms up to the floor in force.' },
    covers: ['N-3.4#1'],
    examples: {
      pass: `resettlement:
  monetized: { ways: [platform-selection], mortgage: { firstHomeDownPaymentPercent: 25 } }`,
      fail: `resettlement:
  monetized: { ways: [platform-selection], mortgage: { firstHomeDownPaymentPercent: 15 } }`,
    },
    messages: {
      belowFloor: {
        zh: '首套房首付比例 {percent}% 低于基准日 {asOf} 适用的最低比例 {floor}%',
        en: 'First-home down payment of {percent}% is below the {floor}% floor in force on {asOf}',
      },
    },
    appliesWhen: 'firstHomeDownPaymentMinPercent',
  },
  *check(dossier, context) {
    const percent = dossier.resettlement?.monetized?.mortgage?.firstHomeDownPaymentPercent;
    const floor = context.parameter('firstHomeDownPaymentMinPercent');
    if (percent === undefined || floor === undefined || percent >= floor) return;
    yield {
      messageId: 'belowFloor',
      path: ['resettlement', 'monetized', 'mortgage', 'firstHomeDownPaymentPercent'],
      data: { percent, floor, asOf: context.asOf },
    };
  },
});
