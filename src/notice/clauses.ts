import type { Localized } from '../engine/types.js';

/**
 * The clauses of 晋政办发〔2015〕122号 that rules may cite. Ids follow `CLAUSES.md`: `N-4.4` is part 四, item (四).
 */
export interface Clause {
  id: ClauseId;
  /** The Chinese clause reference, e.g. `四(四)`. */
  reference: string;
  title: Localized;
}

export const NOTICE_REFERENCE = '晋政办发〔2015〕122号';

const clauseList = [
  { id: 'N-1.2', reference: '一(二)', title: { zh: '工作目标', en: 'Targets of the 2015–2017 programme' } },
  { id: 'N-2.1', reference: '二(一)', title: { zh: '认真组织实施改造建设计划', en: 'Carry out the renovation plans' } },
  { id: 'N-2.2', reference: '二(二)', title: { zh: '加快棚户区改造进度', en: 'Speed up shantytown renovation' } },
  { id: 'N-2.3', reference: '二(三)', title: { zh: '完善配套设施建设', en: 'Supporting facilities' } },
  { id: 'N-2.4', reference: '二(四)', title: { zh: '统筹推进农村危房和抗震改造', en: 'Rural dilapidated housing and seismic retrofit' } },
  { id: 'N-3.1', reference: '三(一)', title: { zh: '开展存量住房摸底调查', en: 'Housing-stock survey' } },
  { id: 'N-3.2', reference: '三(二)', title: { zh: '加大棚户区改造货币化安置力度', en: 'Monetized resettlement' } },
  { id: 'N-3.3', reference: '三(三)', title: { zh: '规范棚户区改造货币化安置操作程序', en: 'Monetized resettlement procedure' } },
  { id: 'N-3.4', reference: '三(四)', title: { zh: '努力消化商品住房库存', en: 'Reduce the commercial housing stock' } },
  { id: 'N-4.1', reference: '四(一)', title: { zh: '推动政府购买棚户区改造服务', en: 'Government purchase of renovation services' } },
  { id: 'N-4.2', reference: '四(二)', title: { zh: '推广政府与社会资本合作模式', en: 'Public–private partnership' } },
  { id: 'N-4.3', reference: '四(三)', title: { zh: '构建多元化棚户区改造实施主体', en: 'Implementing entities' } },
  { id: 'N-4.4', reference: '四(四)', title: { zh: '争取开发性金融支持', en: 'Development-finance lending' } },
  { id: 'N-5.1', reference: '五(一)', title: { zh: '落实主体责任', en: 'Responsible governments' } },
  { id: 'N-5.2', reference: '五(二)', title: { zh: '明确责任分工', en: 'Division of responsibilities' } },
  { id: 'N-5.3', reference: '五(三)', title: { zh: '强化监督检查', en: 'Supervision and inspection' } },
] as const satisfies readonly { id: string; reference: string; title: Localized }[];

export type ClauseId = (typeof clauseList)[number]['id'];

export const CLAUSES: ReadonlyMap<ClauseId, Clause> = new Map(clauseList.map((c) => [c.id, c]));

export function clause(id: ClauseId): Clause {
  const found = CLAUSES.get(id);
  if (!found) throw new Error(`unknown clause ${id}`);
  return found;
}

/** `N-4.4 · 晋政办发〔2015〕122号 四(四)` */
export function citation(id: ClauseId): string {
  return `${id} · ${NOTICE_REFERENCE} ${clause(id).reference}`;
}
