import type { Dossier } from '../../dossier/types.js';
import type { Localized } from '../../engine/types.js';
import { noticeValue, parameterHistory } from '../../notice/parameter-text.js';
import { defineRule, type RuleContext } from '../define-rule.js';

type MessageId = 'belowFloor' | 'belowReportedFloor' | 'belowLocalFloor' | 'localFloorApplied' | 'localPolicyNotAllowed';

const TERMS_DATE: Localized = { zh: '居民购房贷款条件确定日', en: 'the date of the mortgage terms' };
const AS_OF_DATE: Localized = { zh: '资料未载明贷款条件日期，按检查基准日', en: 'the terms are undated, so the as-of date' };

/** The local policies lowering the floor that were in force when the terms were set (a later one cannot govern them). */
function localPolicyOn(dossier: Dossier, date: string, context: RuleContext) {
  const policies = (dossier.localPolicies ?? [])
    .map((policy, index) => ({ policy, index, issued: context.documentsById.get(policy.document)?.document.issued }))
    .filter(({ policy, issued }) => policy.lowers === 'firstHomeDownPayment' && issued !== undefined && issued <= date);
  // Several documents: the lowest value is the borrower's strongest claim, so it is the one judged.
  return policies.sort((a, b) => a.policy.value - b.policy.value)[0];
}

export const firstHomeDownPayment = defineRule({
  meta: {
    id: 'first-home-down-payment',
    severity: 'error',
    clause: 'N-3.4',
    rests: {
      quote: '要严格执行国家住房税收、信贷政策，促进住房消费，消化商品住房库存。对居民家庭首次购买普通住房的商业性个人住房贷款，最低首付款比例不低于25%',
      modal: '要',
    },
    basis: {
      document: '中国人民银行 中国银行业监督管理委员会关于调整个人住房贷款政策有关问题的通知（银发〔2016〕26号）',
      article: '一',
      effective: '2016-02-02',
      status: 'verified',
      source:
        'http://taihang881.com/html/jsxw/20160202/276409.htm (full-text reprint; the sentence is read, its number 银发〔2016〕26号 is reported only). Each floor of the parameter table carries its own status; a floor only secondary sources give yields the warning belowReportedFloor',
    },
    title: { zh: '首套房首付比例不低于当时规定', en: 'First-home down payment not below the floor in force' },
    description: {
      zh: `居民家庭首次购买普通住房的商业性个人住房贷款，最低首付款比例不低于 ${noticeValue('firstHomeDownPaymentMinPercent', 'zh')}；今后住房信贷政策按国家最新规定执行。资料写明居民购房贷款首付比例的，须不低于贷款条件确定日（mortgage.date；未写明的按检查基准日）适用的全国比例（参数 firstHomeDownPaymentMinPercent：${parameterHistory('firstHomeDownPaymentMinPercent', 'zh')}）。全国规定允许各地下调的（银发〔2016〕26号「各地可向下浮动5个百分点」），资料在 localPolicies 中引用的地方政策文件所定比例适用，但不低于允许的下限，提示中注明。依据二手来源的比例只提示警告。`,
      en: `For a household’s first ordinary home, the commercial mortgage down payment is at least ${noticeValue('firstHomeDownPaymentMinPercent', 'en')}; later national credit rules prevail. Where the dossier states residents’ mortgage terms, the down payment is not below the national floor in force on the date of the terms (\`mortgage.date\`; the as-of date when it is absent; parameter \`firstHomeDownPaymentMinPercent\`: ${parameterHistory('firstHomeDownPaymentMinPercent', 'en')}). Where the national rule lets local documents lower the floor (银发〔2016〕26号: 「各地可向下浮动5个百分点」), a local policy cited under \`localPolicies\` applies, never below the allowed minimum, and the message says so. A floor only secondary sources give yields a warning.`,
    },
    fix: {
      zh: '按贷款条件确定日适用的最低首付比例调整居民购房贷款条件；依据地方政策下调的，在 localPolicies 中引用该文件。',
      en: 'Bring the residents’ mortgage terms up to the floor in force on their date; if a local policy lowers it, cite that document under `localPolicies`.',
    },
    covers: ['N-3.4#1'],
    examples: {
      pass: `resettlement:
  monetized: { ways: [platform-selection], mortgage: { firstHomeDownPaymentPercent: 25, date: 2016-03-01 } }`,
      fail: `resettlement:
  monetized: { ways: [platform-selection], mortgage: { firstHomeDownPaymentPercent: 15, date: 2016-03-01 } }`,
    },
    messages: {
      belowFloor: {
        zh: '首套房首付比例 {percent}% 低于 {date}（{when}）适用的最低比例 {floor}%（{source}）',
        en: 'First-home down payment of {percent}% is below the {floor}% floor in force on {date} ({when}; {source})',
      },
      belowReportedFloor: {
        zh: '首套房首付比例 {percent}% 低于 {date}（{when}）的最低比例 {floor}%，但该比例仅见于二手来源（{source}），请核实',
        en: 'First-home down payment of {percent}% is below the {floor}% floor reported for {date} ({when}; {source}); only secondary sources give that floor: verify',
      },
      belowLocalFloor: {
        zh: '首套房首付比例 {percent}% 低于适用地方政策“{policy}”后的最低比例 {floor}%（该文件定为 {local}%；{source} 允许各地下调至不低于 {lowest}%；{date}，{when}）',
        en: 'First-home down payment of {percent}% is below the {floor}% floor that applies with the local policy "{policy}" (it sets {local}%; {source} lets local documents go down to {lowest}%; on {date}, {when})',
      },
      localFloorApplied: {
        zh: '首套房首付比例 {percent}% 低于全国最低比例 {national}%，但不低于地方政策“{policy}”下调后的 {floor}%（{source} 允许各地下调至不低于 {lowest}%；{date}，{when}）：按地方政策判断为满足，请核实该地方文件',
        en: 'First-home down payment of {percent}% is below the national floor of {national}% but not below the {floor}% of the local policy "{policy}" ({source} lets local documents go down to {lowest}%; on {date}, {when}): judged met under the local policy; verify that document',
      },
      localPolicyNotAllowed: {
        zh: '首套房首付比例 {percent}% 低于 {date}（{when}）适用的最低比例 {floor}%（{source}）；当时的全国规定不允许地方下调，地方政策“{policy}”不适用',
        en: 'First-home down payment of {percent}% is below the {floor}% floor in force on {date} ({when}; {source}); the national rule then in force lets no local document lower it, so the local policy "{policy}" does not apply',
      },
    },
    messageSeverity: { belowReportedFloor: 'warning', localFloorApplied: 'warning' },
    appliesWhen: 'firstHomeDownPaymentMinPercent',
  },
  *check(dossier, context) {
    const mortgage = dossier.resettlement?.monetized?.mortgage;
    const percent = mortgage?.firstHomeDownPaymentPercent;
    if (percent === undefined) return;
    // The floor that governed the terms is the one in force when they were set, not on the day of the review.
    const date = mortgage?.date ?? context.asOf;
    const entry = context.parameterAt('firstHomeDownPaymentMinPercent', date);
    if (!entry) return;
    const path = ['resettlement', 'monetized', 'mortgage', 'firstHomeDownPaymentPercent'];
    const common = { percent, date, when: mortgage?.date ? TERMS_DATE : AS_OF_DATE, source: entry.source };
    const local = localPolicyOn(dossier, date, context);
    if (local && entry.localMinimum !== undefined) {
      const floor = Math.max(local.policy.value, entry.localMinimum);
      if (percent >= floor) {
        // Passing only by the local document is a judgment the reviewer must be able to see, and to check.
        if (percent < entry.value) {
          yield {
            messageId: 'localFloorApplied',
            path,
            data: { ...common, floor, national: entry.value, policy: local.policy.document, lowest: entry.localMinimum },
          };
        }
        return;
      }
      yield {
        messageId: 'belowLocalFloor',
        path,
        data: { ...common, floor, policy: local.policy.document, local: local.policy.value, lowest: entry.localMinimum },
      };
      return;
    }
    if (percent >= entry.value) return;
    let messageId: MessageId = 'belowFloor';
    if (entry.status === 'reported') messageId = 'belowReportedFloor';
    else if (local) messageId = 'localPolicyNotAllowed';
    yield { messageId, path, data: { ...common, floor: entry.value, policy: local?.policy.document ?? '' } };
  },
});
