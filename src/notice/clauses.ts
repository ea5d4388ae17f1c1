import type { Localized } from '../engine/types.js';

/**
 * The clauses of 晋政办发〔2015〕122号 that rules may cite. Ids follow `CLAUSES.md`: `N-4.4` is part 四, item (四).
 */
export interface Clause {
  id: ClauseId;
  /** The Chinese clause reference, e.g. `四(四)`. */
  reference: string;
  title: Localized;
  /** An English gloss for readers without Chinese; the Chinese text is authoritative. */
  gloss: string;
}

export const NOTICE_REFERENCE = '晋政办发〔2015〕122号';

const clauseList = [
  { id: 'N-1.2', reference: '一(二)', title: { zh: '工作目标', en: 'Targets of the 2015–2017 programme' },
    gloss: '2015–2017 three-year targets: 530,000 urban shantytown households (incl. urban dilapidated housing and urban villages) and 320,000 rural dilapidated houses renovated; more supporting infrastructure.',
  },
  { id: 'N-2.1', reference: '二(一)', title: { zh: '认真组织实施改造建设计划', en: 'Carry out the renovation plans' },
    gloss: 'Projects are arranged under the 2015–2017 shantytown plan, the 2015–2017 rural dilapidated-housing plan and the three-year supporting-infrastructure plan; places without a plan must make one.',
  },
  { id: 'N-2.2', reference: '二(二)', title: { zh: '加快棚户区改造进度', en: 'Speed up shantytown renovation' },
    gloss: 'Lawful land acquisition, compensation and resettlement and project preliminaries; an approval green channel; land-supply and tax relief; supervision of subsidy funds and special loans, which must not be diverted; basic construction procedure and quality rules; a permanent sign board and lifetime quality responsibility.',
  },
  { id: 'N-2.3', reference: '二(三)', title: { zh: '完善配套设施建设', en: 'Supporting facilities' },
    gloss: 'Supporting infrastructure of resettlement housing is planned, approved, built and delivered together with the housing. The planning conditions state the kinds, scale and requirements of public-service facilities; their land is supplied mainly as separate parcels, or, where planning cannot split it, together with the housing land and handed over on completion.',
  },
  { id: 'N-2.4', reference: '二(四)', title: { zh: '统筹推进农村危房和抗震改造', en: 'Rural dilapidated housing and seismic retrofit' },
    gloss: 'Rural renovation: track projects; subsidies in the budget and paid by county finance directly to the household; one file per household, entered in the information system; priority to areas of seismic intensity 8 and above; houses meet the minimum construction and seismic safety requirements; county housing departments issue designs and style rules.',
  },
  { id: 'N-3.1', reference: '三(一)', title: { zh: '开展存量住房摸底调查', en: 'Housing-stock survey' },
    gloss: 'Survey unsold commercial housing and unallocated affordable housing, publish housing-stock information, and promote voluntary cash resettlement.',
  },
  { id: 'N-3.2', reference: '三(二)', title: { zh: '加大棚户区改造货币化安置力度', en: 'Monetized resettlement' },
    gloss: 'Cash resettlement is a main channel, in three ways: the government buys housing, the government runs a platform for residents to choose commercial housing, or residents use the compensation freely; annual targets and ratios.',
  },
  { id: 'N-3.3', reference: '三(三)', title: { zh: '规范棚户区改造货币化安置操作程序', en: 'Monetized resettlement procedure' },
    gloss: 'Rules for turning existing housing into resettlement housing; anti-corruption controls; public disclosure and social supervision; surplus economic-affordable housing may become resettlement housing; a green channel and one-stop services for residents.',
  },
  { id: 'N-3.4', reference: '三(四)', title: { zh: '努力消化商品住房库存', en: 'Reduce the commercial housing stock' },
    gloss: 'Use cash resettlement to reduce housing stock; apply national tax and credit policy; the minimum first-home commercial mortgage down payment is not below 25%, and later national rules prevail.',
  },
  { id: 'N-4.1', reference: '四(一)', title: { zh: '推动政府购买棚户区改造服务', en: 'Government purchase of renovation services' },
    gloss: 'Cities and counties choose the implementing entity publicly and on merit and sign a purchase-of-service agreement; the payments go into the budget year by year; the scope is limited to land acquisition and demolition services, raising resettlement housing and public-interest infrastructure, and excludes commercial housing built alongside and revenue-generating infrastructure.',
  },
  { id: 'N-4.2', reference: '四(二)', title: { zh: '推广政府与社会资本合作模式', en: 'Public–private partnership' },
    gloss: 'Promote PPP and crowdfunding; concession-based PPP for urban infrastructure, with a mechanism coordinating fiscal input and price compensation.',
  },
  { id: 'N-4.3', reference: '四(三)', title: { zh: '构建多元化棚户区改造实施主体', en: 'Implementing entities' },
    gloss: 'Enterprises of any ownership may implement. A former local financing platform may act only after market-oriented restructuring and a public announcement that it no longer carries government financing functions; its new debt is not government debt and the government gives it no guarantee.',
  },
  { id: 'N-4.4', reference: '四(四)', title: { zh: '争取开发性金融支持', en: 'Development-finance lending' },
    gloss: "Entities may borrow on the basis of a purchase-of-service agreement, a concession agreement or another PPP contract. CDB may give special bridge loans; ADBC is encouraged to lend, within its scope, for urban villages, rural dilapidated housing and their infrastructure; commercial banks lend for shantytown renovation and infrastructure. Loan conditions: for cash compensation, the compensation management measures, the demolition-compensation announcement and the plot's compensation plan or the housing purchase plan; for built resettlement housing, the measures, the announcement and the plot plan; for the infrastructure and housing construction part, the four approvals: feasibility study, environmental impact, planning opinion and land pre-review.",
  },
  { id: 'N-5.1', reference: '五(一)', title: { zh: '落实主体责任', en: 'Responsible governments' },
    gloss: 'The province is responsible overall; city and county governments are the responsible bodies.',
  },
  { id: 'N-5.2', reference: '五(二)', title: { zh: '明确责任分工', en: 'Division of responsibilities' },
    gloss: 'Localities submit the shantytown implementation plan, the infrastructure plan and the rural implementation plan to the provincial housing department.',
  },
  { id: 'N-5.3', reference: '五(三)', title: { zh: '强化监督检查', en: 'Supervision and inspection' },
    gloss: 'Inspection and supervision; rural subsidy funds must not be withheld, diverted or misused; accountability for falsification.',
  },
] as const satisfies readonly { id: string; reference: string; title: Localized; gloss: string }[];

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
