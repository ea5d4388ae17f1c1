import type { Localized } from '../engine/types.js';
import { CLAUSE_GLOSS, CLAUSE_HEADING } from './clause-text.js';

/**
 * The clauses of 晋政办发〔2015〕122号 that rules may cite. Ids follow `CLAUSES.md`: `N-4.4` is part 四, item (四).
 */
export interface Clause {
  id: ClauseId;
  /** The Chinese clause reference, e.g. `四(四)`. */
  reference: string;
  /** The notice's own heading in Chinese, and an English title. */
  title: Localized;
  /** An English gloss for readers without Chinese; the Chinese text is authoritative. */
  gloss: string;
}

export const NOTICE_REFERENCE = '晋政办发〔2015〕122号';

/**
 * The clauses rules may cite, each with an English title of this project's own. The Chinese heading and text come
 * from the notice and the English gloss from CLAUSES.md, through the generated `clause-text.ts`.
 */
const clauseList = [
  { id: 'N-1.2', en: 'Targets of the 2015–2017 programme' },
  { id: 'N-2.1', en: 'Carry out the renovation plans' },
  { id: 'N-2.2', en: 'Speed up shantytown renovation' },
  { id: 'N-2.3', en: 'Supporting facilities' },
  { id: 'N-2.4', en: 'Rural dilapidated housing and seismic retrofit' },
  { id: 'N-3.1', en: 'Housing-stock survey' },
  { id: 'N-3.2', en: 'Monetized resettlement' },
  { id: 'N-3.3', en: 'Monetized resettlement procedure' },
  { id: 'N-3.4', en: 'Reduce the commercial housing stock' },
  { id: 'N-4.1', en: 'Government purchase of renovation services' },
  { id: 'N-4.2', en: 'Public–private partnership' },
  { id: 'N-4.3', en: 'Implementing entities' },
  { id: 'N-4.4', en: 'Development-finance lending' },
  { id: 'N-5.1', en: 'Responsible governments' },
  { id: 'N-5.2', en: 'Division of responsibilities' },
  { id: 'N-5.3', en: 'Supervision and inspection' },
] as const satisfies readonly { id: string; en: string }[];

export type ClauseId = (typeof clauseList)[number]['id'];

const NUMERALS = '一二三四五六七八九十';

/** `N-4.4` → `四(四)`: part 四, item (四). */
function referenceOf(id: ClauseId): string {
  const [part, item] = id.slice(2).split('.').map(Number) as [number, number];
  return `${NUMERALS[part - 1]}(${NUMERALS[item - 1]})`;
}

export const CLAUSES: ReadonlyMap<ClauseId, Clause> = new Map(
  clauseList.map(({ id, en }): [ClauseId, Clause] => [
    id,
    // A clause missing from the generated texts leaves an empty string, which the registry test reports.
    { id, reference: referenceOf(id), title: { zh: CLAUSE_HEADING[id] ?? '', en }, gloss: CLAUSE_GLOSS[id] ?? '' },
  ]),
);

export function clause(id: ClauseId): Clause {
  const found = CLAUSES.get(id);
  if (!found) throw new Error(`unknown clause ${id}`);
  return found;
}

/** `N-4.4 · 晋政办发〔2015〕122号 四(四)` */
export function citation(id: ClauseId): string {
  return `${id} · ${NOTICE_REFERENCE} ${clause(id).reference}`;
}
