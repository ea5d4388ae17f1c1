import type { Localized } from '../engine/types.js';
import { DOCUMENT_KIND_NAMES } from './document-kinds.js';

/**
 * The label of every enumerated value of the dossier format, in Chinese and English: the one source for the
 * schema's `enumDescriptions` (so an editor shows the label beside the value; `npm run generate` writes them) and for
 * every message that names such a value. Each enum is keyed by where it stands in the schema (a JSON Pointer into
 * `schemas/dossier.schema.json` to the node holding `enum`), because one value can mean different things in two
 * places: `resettlement-housing` is a component that builds housing and a scope item that procures it.
 * A meta-test fails when a value of the schema has no label here, or a label no value.
 */
interface EnumLabels {
  /** The schema node whose `enum` these values are. */
  readonly at: string;
  readonly labels: Readonly<Record<string, Localized>>;
}

/** The kinds of renovation, labelled once: a project's category and the renovation a component supports. */
const RENOVATION_LABELS = {
  shantytown: { zh: '城镇棚户区', en: 'urban shantytown' },
  'urban-village': { zh: '城中村', en: 'urban village' },
  'urban-dilapidated-housing': { zh: '城市危房', en: 'urban dilapidated housing' },
  'rural-dilapidated-housing': { zh: '农村危房', en: 'rural dilapidated housing' },
  'supporting-infrastructure': { zh: '配套基础设施', en: 'supporting infrastructure' },
} as const;

export const ENUM_LABELS = {
  projectCategory: {
    at: '/$defs/project/properties/category',
    labels: RENOVATION_LABELS,
  },
  ownership: {
    at: '/$defs/entity/properties/ownership',
    labels: {
      'state-owned': { zh: '国有', en: 'state-owned' },
      collective: { zh: '集体所有', en: 'collectively owned' },
      private: { zh: '民营', en: 'private' },
      mixed: { zh: '混合所有制', en: 'mixed ownership' },
      'foreign-invested': { zh: '外商投资', en: 'foreign-invested' },
    },
  },
  selectionMethod: {
    at: '/$defs/entity/properties/selection/properties/method',
    labels: {
      'public-tender': { zh: '公开招标', en: 'public tender' },
      'competitive-consultation': { zh: '竞争性磋商', en: 'competitive consultation' },
      'competitive-negotiation': { zh: '竞争性谈判', en: 'competitive negotiation' },
      'single-source': { zh: '单一来源采购', en: 'single-source procurement' },
      'direct-designation': { zh: '直接指定', en: 'direct designation' },
      other: { zh: '其他方式', en: 'another method' },
    },
  },
  guaranteeKind: {
    at: '/$defs/entity/properties/governmentGuarantees/items/properties/kind',
    labels: {
      guarantee: { zh: '担保函', en: 'guarantee' },
      'buy-back': { zh: '回购承诺', en: 'buy-back promise' },
      'backstop-letter': { zh: '兜底函', en: 'backstop letter' },
      other: { zh: '其他担保或兜底承诺', en: 'other guarantee or backstop promise' },
    },
  },
  agreementKind: {
    at: '/$defs/agreement/properties/kind',
    labels: {
      'purchase-of-service': { zh: '政府购买棚户区改造服务协议', en: 'purchase-of-service agreement' },
      concession: { zh: '特许经营协议', en: 'concession agreement' },
      'ppp-contract': { zh: '政府和社会资本合作合同', en: 'public-private partnership contract' },
    },
  },
  purchaseScope: {
    at: '/$defs/agreement/properties/scope/items',
    labels: {
      'land-acquisition-demolition': { zh: '征地拆迁服务', en: 'land acquisition and demolition services' },
      'resettlement-housing': { zh: '安置住房筹集', en: 'procurement of resettlement housing' },
      'public-infrastructure': { zh: '公益性基础设施建设', en: 'public-benefit infrastructure' },
      'commercial-housing': { zh: '配套建设的商品房', en: 'commercial housing built alongside' },
      'revenue-infrastructure': { zh: '经营性基础设施', en: 'revenue-earning infrastructure' },
      'construction-works': { zh: '工程建设', en: 'construction works' },
    },
  },
  resettlementMode: {
    at: '/$defs/resettlement/properties/modes/items',
    labels: {
      monetized: { zh: '货币补偿安置', en: 'cash compensation' },
      'built-housing': { zh: '建设安置房安置', en: 'built resettlement housing' },
    },
  },
  monetizedWay: {
    at: '/$defs/resettlement/properties/monetized/properties/ways/items',
    labels: {
      'government-purchase': { zh: '政府收购房源安置', en: 'government purchase of housing' },
      'platform-selection': { zh: '政府搭建平台提供居民选购商品住房安置', en: 'residents choose housing on a government platform' },
      'free-use': { zh: '居民自由支配补偿款', en: 'residents use the compensation freely' },
    },
  },
  componentKind: {
    at: '/$defs/component/properties/kind',
    labels: {
      demolition: { zh: '拆迁', en: 'demolition' },
      'resettlement-housing': { zh: '安置房建设', en: 'resettlement-housing construction' },
      infrastructure: { zh: '配套基础设施', en: 'supporting infrastructure' },
      'public-facility': { zh: '配套公共服务设施', en: 'public service facility' },
    },
  },
  landSupplyMethod: {
    at: '/$defs/component/properties/landSupply/properties/method',
    labels: {
      'separate-parcel': { zh: '单独供地', en: 'a parcel of its own' },
      'bundled-with-housing-land': { zh: '随安置住房用地一并供应', en: 'supplied with the housing land' },
    },
  },
  documentKind: {
    at: '/$defs/document/properties/kind',
    labels: DOCUMENT_KIND_NAMES,
  },
  lenderKind: {
    at: '/$defs/loan/properties/lender/properties/kind',
    labels: {
      'china-development-bank': { zh: '国家开发银行', en: 'China Development Bank' },
      'agricultural-development-bank': { zh: '中国农业发展银行', en: 'Agricultural Development Bank of China' },
      'commercial-bank': { zh: '商业银行', en: 'commercial bank' },
    },
  },
  loanProduct: {
    at: '/$defs/loan/properties/product',
    labels: {
      'project-loan': { zh: '项目贷款', en: 'project loan' },
      'bridge-loan': { zh: '专项过桥贷款', en: 'special bridge loan' },
    },
  },
  qualityRole: {
    at: '/$defs/quality/properties/lifetimeResponsibility/items/properties/role',
    labels: {
      developer: { zh: '建设单位', en: 'developer' },
      survey: { zh: '勘察单位', en: 'survey contractor' },
      design: { zh: '设计单位', en: 'designer' },
      construction: { zh: '施工单位', en: 'construction contractor' },
      supervision: { zh: '监理单位', en: 'supervising engineer' },
    },
  },
  houseGrade: {
    at: '/$defs/rural/properties/households/items/properties/houseGrade',
    labels: {
      C: { zh: 'C级危房', en: 'grade C dilapidated house' },
      D: { zh: 'D级危房', en: 'grade D dilapidated house' },
    },
  },
  subsidyPaidBy: {
    at: '/$defs/rural/properties/households/items/properties/subsidy/properties/paidBy',
    labels: {
      'county-finance': { zh: '县级财政', en: 'county finance' },
      township: { zh: '乡镇', en: 'township' },
      village: { zh: '村', en: 'village' },
      other: { zh: '其他', en: 'another payer' },
    },
  },
  subsidyPaidTo: {
    at: '/$defs/rural/properties/households/items/properties/subsidy/properties/paidTo',
    labels: {
      'household-account': { zh: '农户本人账户', en: 'the household’s own account' },
      other: { zh: '其他', en: 'another recipient' },
    },
  },
  announcementMedium: {
    at: '/$defs/entity/properties/announcement/properties/mediumKind',
    labels: {
      newspaper: { zh: '报纸', en: 'newspaper' },
      website: { zh: '网站', en: 'website' },
      'government-gazette': { zh: '政府公报', en: 'government gazette' },
      'notice-board': { zh: '公告栏', en: 'notice board' },
      other: { zh: '其他', en: 'another medium' },
    },
  },
  landPreReviewNotRequired: {
    at: '/$defs/component/properties/approvalsNotRequired/properties/landPreReview/properties/reason',
    labels: { 'land-already-approved': { zh: '使用已经依法批准的建设用地', en: 'land already lawfully approved for construction' } },
  },
  planningNotRequired: {
    at: '/$defs/component/properties/approvalsNotRequired/properties/planning/properties/reason',
    labels: { 'land-by-transfer': { zh: '非划拨方式提供国有土地使用权', en: 'land not supplied by administrative allocation' } },
  },
  environmentalImpactNotRequired: {
    at: '/$defs/component/properties/approvalsNotRequired/properties/environmentalImpact/properties/reason',
    labels: { 'eia-catalogue-exempt': { zh: '环评分类管理名录规定无需环评', en: 'exempt under the EIA classification catalogue' } },
  },
  supportedCategory: {
    at: '/$defs/component/properties/supports/properties/category',
    labels: {
      shantytown: RENOVATION_LABELS.shantytown,
      'urban-village': RENOVATION_LABELS['urban-village'],
      'urban-dilapidated-housing': RENOVATION_LABELS['urban-dilapidated-housing'],
      'rural-dilapidated-housing': RENOVATION_LABELS['rural-dilapidated-housing'],
    },
  },
  renovationMethod: {
    at: '/$defs/rural/properties/households/items/properties/renovationMethod',
    labels: {
      'in-place-rebuild': { zh: '农户原址自建翻建', en: 'rebuilt in place by the household' },
      'repair-reinforce': { zh: '修缮加固', en: 'repaired and reinforced' },
      'relocation-rebuild': { zh: '异地新建', en: 'rebuilt elsewhere' },
      other: { zh: '其他', en: 'another method' },
    },
  },
  localPolicyLowers: {
    at: '/$defs/localPolicy/properties/lowers',
    labels: { firstHomeDownPayment: { zh: '首套房最低首付比例', en: 'first-home minimum down payment' } },
  },
} as const satisfies Record<string, EnumLabels>;

export type EnumName = keyof typeof ENUM_LABELS;

/**
 * How a message names an enumerated value, the one convention of every message: in Chinese the label, then the
 * value as the dossier writes it, so the author finds it (`兜底函（backstop-letter）`); in English the value as
 * written, which is already English. A value the table does not know (data that bypassed the schema) is shown as is.
 */
export function enumText(name: EnumName, value: string): Localized {
  const label = (ENUM_LABELS[name].labels as Readonly<Record<string, Localized>>)[value];
  return { zh: label ? `${label.zh}（${value}）` : value, en: value };
}

/** Several values of one enum, joined for a message: `工程建设（construction-works）、…` / `construction-works, …`. */
export function enumTexts(name: EnumName, values: readonly string[]): Localized {
  const texts = values.map((value) => enumText(name, value));
  return { zh: texts.map((text) => text.zh).join('、'), en: texts.map((text) => text.en).join(', ') };
}

type JsonNode = { [key: string]: unknown };

/** The node of a JSON document a JSON Pointer names, or undefined. */
export function nodeAtPointer(root: unknown, pointer: string): JsonNode | undefined {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as JsonNode)[key] : undefined;
  }
  return typeof node === 'object' && node !== null ? (node as JsonNode) : undefined;
}

/** Which enum of the table each schema node holding `enum` is, for messages that only know the schema node. */
export function enumsBySchemaNode(schema: unknown): ReadonlyMap<object, EnumName> {
  const found = new Map<object, EnumName>();
  for (const name of Object.keys(ENUM_LABELS) as EnumName[]) {
    const node = nodeAtPointer(schema, ENUM_LABELS[name].at);
    if (node) found.set(node, name);
  }
  return found;
}
