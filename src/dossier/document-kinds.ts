import type { Localized } from '../engine/types.js';
import type { DocumentKind } from './types.js';

export const DOCUMENT_KIND_NAMES: Readonly<Record<DocumentKind, Localized>> = {
  'feasibility-approval': { zh: '可研批复', en: 'feasibility-study approval' },
  'eia-approval': { zh: '环评批复', en: 'environmental-impact approval' },
  'eia-filing': { zh: '环评登记表备案', en: 'environmental registration filing' },
  'planning-opinion': { zh: '规划意见', en: 'planning opinion' },
  'land-pre-review': { zh: '土地预审意见', en: 'land pre-review opinion' },
  'land-pre-review-and-site-selection': { zh: '建设项目用地预审与选址意见书', en: 'merged land pre-review and site-selection opinion' },
  'compensation-measures': { zh: '安置补偿管理办法', en: 'resettlement-compensation management measures' },
  'demolition-announcement': { zh: '拆迁补偿公告', en: 'demolition-compensation announcement' },
  'plot-compensation-plan': { zh: '具体拆迁地块的安置补偿方案', en: 'plot resettlement compensation plan' },
  'housing-purchase-plan': { zh: '房源购买方案', en: 'housing purchase plan' },
  'purchase-of-service-agreement': { zh: '政府购买棚改服务协议', en: 'purchase-of-service agreement' },
  'concession-agreement': { zh: '特许经营协议', en: 'concession agreement' },
  'ppp-contract': { zh: '政府与社会资本合作合同', en: 'PPP contract' },
  'plan-listing': { zh: '计划下达文件', en: 'plan listing document' },
  'implementation-plan-filing': { zh: '实施方案报备文件', en: 'implementation plan filing' },
  'entity-selection': { zh: '实施主体选定文件', en: 'entity selection document' },
  restructuring: { zh: '市场化改制文件', en: 'restructuring document' },
  'platform-announcement': { zh: '不再承担政府融资职能的公告', en: 'announcement of no government financing functions' },
  'budget-resolution': { zh: '财政预算安排文件', en: 'budget inclusion document' },
  'housing-stock-survey': { zh: '存量住房摸底调查', en: 'housing-stock survey' },
  'listings-publication': { zh: '房源信息公开', en: 'published housing listings' },
  disclosure: { zh: '操作程序公开', en: 'public disclosure of the procedure' },
  'fund-supervision-agreement': { zh: '资金监管协议', en: 'fund supervision agreement' },
  'quality-commitment': { zh: '质量承诺书', en: 'quality commitment' },
  guarantee: { zh: '担保文件', en: 'guarantee document' },
  'eia-re-review-opinion': { zh: '环评文件重新审核意见', en: 'EIA re-review opinion' },
  'local-policy': { zh: '地方政策文件', en: 'local policy document' },
  'planning-conditions': { zh: '规划设计条件', en: 'planning conditions' },
  'rural-house-design': { zh: '农房设计图和风貌管理要求', en: 'rural house designs and style rules' },
  'backstop-letter': { zh: '兜底函', en: 'backstop letter' },
  'expropriation-decision': { zh: '房屋征收决定', en: 'expropriation decision' },
  'compensation-plan-publication': { zh: '征收补偿方案征求意见公告', en: 'publication of the compensation plan for comment' },
  'social-stability-risk-assessment': { zh: '社会稳定风险评估报告', en: 'social-stability risk assessment' },
  'compensation-funds-confirmation': { zh: '征收补偿费用到位证明', en: 'confirmation of the compensation funds' },
  other: { zh: '其他文件', en: 'other document' },
};

/** Names of kinds joined for a message: `可研批复或规划意见` / `feasibility-study approval or planning opinion`. */
export function kindNames(kinds: readonly string[]): Localized {
  const names = kinds.map((kind) => DOCUMENT_KIND_NAMES[kind as DocumentKind] ?? { zh: kind, en: kind });
  return { zh: names.map((n) => n.zh).join('或'), en: names.map((n) => n.en).join(' or ') };
}
