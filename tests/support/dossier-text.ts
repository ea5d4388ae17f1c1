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
entity:
  name: 测试建设投资有限公司
  ownership: state-owned
  formerFinancingPlatform: false
resettlement:
  modes: [monetized]
  compensationMeasures: d-measures
  demolitionAnnouncement: d-announcement
  plotCompensationPlan: d-plot
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
documents:
  - { id: d-measures, kind: compensation-measures, issuer: 小店区人民政府, issued: 2016-01-10 }
  - { id: d-announcement, kind: demolition-announcement, issuer: 小店区人民政府, issued: 2016-02-10 }
  - { id: d-plot, kind: plot-compensation-plan, issuer: 小店区人民政府, issued: 2016-02-20 }
  - { id: d-purchase, kind: housing-purchase-plan, issuer: 小店区人民政府, issued: 2016-02-21 }
  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01 }
  - { id: d-eia, kind: eia-approval, issuer: 太原市环境保护局, issued: 2016-03-02 }
  - { id: d-plan, kind: planning-opinion, issuer: 太原市规划局, issued: 2016-03-03 }
  - { id: d-land, kind: land-pre-review, issuer: 太原市国土资源局, issued: 2016-03-04 }
loan:
  lender: { name: 国家开发银行山西省分行, kind: china-development-bank }
  product: project-loan
  amount: 50000
  applicationDate: 2016-04-01
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
