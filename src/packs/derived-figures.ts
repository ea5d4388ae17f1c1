import type { Dossier } from '../dossier/types.js';
import type { DataPath, Localized } from '../engine/types.js';

/**
 * Figures a bank's policy is written in but a dossier does not state: a ratio of two amounts, a length of a term.
 * JSON Schema compares a value with a constant, never one value with another, so a declarative rule finds these
 * computed for it under the reserved key `derived` (the dossier format has no such key at the top level):
 * `require: { properties: { derived: { properties: { projectCapitalPercent: { minimum: 25 } } } } }`.
 * A finding about a figure points at the dossier value it is computed from.
 */
export interface DerivedFigure {
  description: Localized;
  /** The figure, or undefined when the dossier lacks what it is computed from (the figure is then absent). */
  value(dossier: Dossier): unknown;
  /** The dossier value a finding about the figure points at; `below` is the rest of the path (a per-item index). */
  source(below: DataPath): DataPath;
}

/** A percentage of a whole, computed as `part × 100 / whole` so that 16000 of 80000 is exactly 20. */
function percent(part: number | undefined, whole: number | undefined): number | undefined {
  if (part === undefined || whole === undefined || whole <= 0) return undefined;
  return (part * 100) / whole;
}

export const DERIVED_FIGURES = {
  projectCapitalPercent: {
    description: {
      zh: '项目资本金占总投资的百分比：project.projectCapital × 100 ÷ project.totalInvestment（两者都写明且总投资大于 0 时才有）',
      en: 'Project capital as a percentage of total investment: project.projectCapital × 100 ÷ project.totalInvestment (present when both are given and the total is above 0)',
    },
    value: (dossier) => percent(dossier.project.projectCapital, dossier.project.totalInvestment),
    source: () => ['project', 'projectCapital'],
  },
  loanPercentOfInvestment: {
    description: {
      zh: '贷款金额占总投资的百分比：loan.amount × 100 ÷ project.totalInvestment（写明总投资且大于 0 时才有）',
      en: 'The loan as a percentage of total investment: loan.amount × 100 ÷ project.totalInvestment (present when the total is given and above 0)',
    },
    value: (dossier) => percent(dossier.loan.amount, dossier.project.totalInvestment),
    source: () => ['loan', 'amount'],
  },
  agreementTermYears: {
    description: {
      zh: '每份融资依据协议的期限所跨预算年度数：term.to − term.from + 1，与 agreements 逐项对应；未写期限的协议为 null',
      en: 'The budget years each agreement’s term spans: term.to − term.from + 1, item by item with `agreements`; null for an agreement without a term',
    },
    value: (dossier) => dossier.agreements?.map((agreement) => (agreement.term ? agreement.term.to - agreement.term.from + 1 : null)),
    source: (below) => (typeof below[0] === 'number' ? ['agreements', below[0], 'term'] : ['agreements']),
  },
} as const satisfies Record<string, DerivedFigure>;

/** The key under which the figures are given to a declarative rule, beside the dossier's own keys. */
export const DERIVED_KEY = 'derived';

/** The figures of one dossier; a figure that cannot be computed is left out, so `required` can ask for it. */
export function derivedFigures(dossier: Dossier): Record<string, unknown> {
  const figures: Record<string, unknown> = {};
  for (const [name, figure] of Object.entries(DERIVED_FIGURES) as [string, DerivedFigure][]) {
    const value = figure.value(dossier);
    if (value !== undefined) figures[name] = value;
  }
  return figures;
}

/** Where a data path under `derived` points in the dossier itself; a path outside `derived` is returned as it is. */
export function dossierPathOf(path: DataPath): DataPath {
  if (path[0] !== DERIVED_KEY) return path;
  const name = path[1];
  const figure = typeof name === 'string' && Object.hasOwn(DERIVED_FIGURES, name) ? (DERIVED_FIGURES as Record<string, DerivedFigure>)[name] : undefined;
  // The whole `derived` object, or a figure no dossier has: the top of the file is the nearest honest place.
  return figure ? figure.source(path.slice(2)) : [];
}
