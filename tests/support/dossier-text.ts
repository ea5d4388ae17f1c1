/**
 * A small valid dossier as YAML text, and helpers to edit it, so rule tables read as "this dossier, minus that
 * line" and expected positions are found in the text itself.
 */
export const BASE_DOSSIER = `dossierFormat: 1
project:
  id: TEST-001
  name: 测试棚户区改造项目
  category: shantytown
  city: 太原市
  county: 小店区
  responsibleGovernment: 太原市小店区人民政府
  plan: { name: 2015-2017年山西省棚户区改造规划, programme: 2015-2017, year: 2016, listingDocument: d-listing }
  implementationPlanFiling: { document: d-filing, filedWith: 山西省住房和城乡建设厅 }
  totalInvestment: 80000
  projectCapital: 16000
  households: 500
entity:
  name: 测试建设投资有限公司
  ownership: state-owned
  formerFinancingPlatform: false
  selection: { method: public-tender, document: d-selection }
agreements:
  - id: agr-1
    kind: purchase-of-service
    document: d-agreement
    parties: [太原市小店区人民政府, 测试建设投资有限公司]
    term: { from: 2016, to: 2017 }
    budget: [{ year: 2016, document: d-budget }, { year: 2017, document: d-budget }]
    scope: [land-acquisition-demolition, resettlement-housing, public-infrastructure]
resettlement:
  modes: [monetized]
  households: { total: 500, monetized: 500 }
  compensationMeasures: d-measures
  demolitionAnnouncement: d-announcement
  plotCompensationPlan: d-plot
  monetized: { ways: [free-use], housingStockSurvey: d-survey, listingsPublication: d-listings, disclosure: d-disclosure }
components:
  - id: demolition
    kind: demolition
    name: 拆迁
  - id: housing
    kind: resettlement-housing
    name: 安置房
    approvals:
      feasibilityStudy: d-fsr
      environmentalImpact: d-eia
      planning: d-plan
      landPreReview: d-land
    milestones: { constructionStart: 2016-05-01, delivery: 2018-06-30 }
documents:
  - { id: d-measures, kind: compensation-measures, issuer: 小店区人民政府, issued: 2016-01-10 }
  - { id: d-announcement, kind: demolition-announcement, issuer: 小店区人民政府, issued: 2016-02-10 }
  - { id: d-plot, kind: plot-compensation-plan, issuer: 小店区人民政府, issued: 2016-02-20 }
  - { id: d-purchase, kind: housing-purchase-plan, issuer: 小店区人民政府, issued: 2016-02-21 }
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01 }
  - { id: d-eia, kind: eia-approval, issuer: 太原市环境保护局, issued: 2016-03-02 }
  - { id: d-plan, kind: planning-opinion, issuer: 太原市规划局, issued: 2016-03-03 }
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-03-04 }
  - { id: d-listing, kind: plan-listing, number: 晋建保字〔2016〕8号, issuer: 山西省住房和城乡建设厅, issued: 2016-01-18 }
  - { id: d-filing, kind: implementation-plan-filing, number: 小政函〔2016〕2号, issuer: 太原市小店区人民政府, issued: 2016-01-22 }
  - { id: d-selection, kind: entity-selection, issuer: 太原市公共资源交易中心, issued: 2016-01-25 }
  - { id: d-agreement, kind: purchase-of-service-agreement, number: 小政购〔2016〕1号, issuer: 太原市小店区人民政府, issued: 2016-01-28 }
  - { id: d-budget, kind: budget-resolution, issuer: 太原市小店区人民代表大会常务委员会, issued: 2016-01-26 }
  - { id: d-survey, kind: housing-stock-survey, issuer: 太原市小店区住房和城乡建设局, issued: 2015-12-10 }
  - { id: d-listings, kind: listings-publication, issuer: 太原市小店区住房和城乡建设局, issued: 2016-01-12 }
  - { id: d-disclosure, kind: disclosure, issuer: 太原市小店区人民政府, issued: 2016-02-12 }
loan:
  lender: { name: 国家开发银行山西省分行, kind: china-development-bank }
  product: project-loan
  amount: 50000
  applicationDate: 2016-04-01
  basis: agr-1
fundSupervision: { account: 测试棚改专项贷款资金监管专户, bank: 国家开发银行山西省分行 }
quality:
  permanentSignBoard: true
  lifetimeResponsibility:
    - { role: developer, name: 测试建设投资有限公司 }
    - { role: survey, name: 山西省勘察设计研究院 }
    - { role: design, name: 太原市建筑设计研究院 }
    - { role: construction, name: 山西建筑工程集团有限公司 }
    - { role: supervision, name: 山西协诚建设工程项目管理有限公司 }
`;

/** Replaces one exact piece of text, failing loudly when the piece is not there exactly once. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** Removes the whole line holding `needle`. */
export function removeLine(text: string, needle: string): string {
  const lines = text.split('\n');
  const matches = lines.filter((line) => line.includes(needle));
  if (matches.length !== 1) throw new Error(`"${needle}" must be on exactly one line`);
  return lines.filter((line) => !line.includes(needle)).join('\n');
}

/** 1-based line and column where `needle` starts (its `nth` occurrence), counted in the text itself. */
export function positionOf(text: string, needle: string, nth = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${nth} times`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** Where the value of `key: value` starts (the `nth` occurrence of that text). */
export function valuePosition(text: string, keyAndValue: string, nth = 1): { line: number; column: number } {
  const separator = keyAndValue.indexOf(': ');
  if (separator < 0) throw new Error(`"${keyAndValue}" is not "key: value"`);
  const at = positionOf(text, keyAndValue, nth);
  return { line: at.line, column: at.column + separator + 2 };
}

/** Adds a component after the last one (before `documents:`). */
export function withComponent(text: string, yaml: string): string {
  return replaceOnce(text, 'documents:\n', `${yaml.replace(/\n?$/, '\n')}documents:\n`);
}

/** Adds document entries at the end of `documents`. */
export function withDocuments(text: string, ...entries: string[]): string {
  return replaceOnce(text, 'loan:\n', `${entries.map((entry) => `  - ${entry}\n`).join('')}loan:\n`);
}
