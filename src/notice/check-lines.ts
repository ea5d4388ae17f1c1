import type { ClauseId } from './clauses.js';

/**
 * The "→ check" lines of CLAUSES.md, in order, each with an id `<clause>#<n>`. Rules name the ones they cover;
 * `docs/coverage.md` is generated from this list, and a test compares it with CLAUSES.md. Parts that a dossier
 * cannot show say why.
 */
export interface CheckLine {
  id: string;
  clause: ClauseId;
  text: string;
  /** Parts of the line no rule can judge from a dossier, and why. */
  notCheckable?: string;
}

export const CHECK_LINES = [
  { id: 'N-1.2#1', clause: 'N-1.2', text: 'the project belongs to the 2015–2017 programme (or a later one named by a newer rule pack).' },
  { id: 'N-2.1#1', clause: 'N-2.1', text: 'the project is listed in the applicable plan (plan name, year, reference of the listing document).' },
  { id: 'N-2.2#1', clause: 'N-2.2', text: 'a supervised/dedicated account or fund-supervision arrangement for subsidies and special loans;' },
  { id: 'N-2.2#2', clause: 'N-2.2', text: 'permanent sign board and lifetime quality responsibility are declared (with the responsible parties).' },
  {
    id: 'N-2.3#1',
    clause: 'N-2.3',
    text: 'infrastructure and resettlement housing share planning/approval/construction/delivery milestones (infrastructure delivery not later than housing delivery); public-service facilities named in the planning conditions; land-supply procedure of the facility land stated.',
  },
  {
    id: 'N-2.4#1',
    clause: 'N-2.4',
    text: 'subsidy paid by county finance directly to households; every household has its own file and is entered in the information system; in intensity ≥ 8 areas the seismic requirements are met; minimum construction requirements met.',
  },
  { id: 'N-3.1#1', clause: 'N-3.1', text: '(monetized): a housing-stock survey and published listings exist.' },
  { id: 'N-3.2#1', clause: 'N-3.2', text: '(monetized): the way is one of the three.' },
  { id: 'N-3.3#1', clause: 'N-3.3', text: '(monetized): procedure is disclosed publicly.' },
  { id: 'N-3.4#1', clause: 'N-3.4', text: '(where the dossier states mortgage terms for residents): down payment ratio ≥ the ratio in force on the as-of date.' },
  {
    id: 'N-4.1#1',
    clause: 'N-4.1',
    text: 'entity selected publicly; agreement signed (reference, date, parties); payments in the budget for every year of the agreement; every scope item is an allowed one and none is excluded.',
  },
  { id: 'N-4.2#1', clause: 'N-4.2', text: '(PPP): a concession agreement exists, with its price/compensation mechanism.' },
  {
    id: 'N-4.3#1',
    clause: 'N-4.3',
    text: 'former platform ⇒ restructured, announcement (reference, date, medium) before the loan; no government guarantee of any kind for such an entity.',
  },
  {
    id: 'N-4.4#1',
    clause: 'N-4.4',
    text: 'a financing basis (agreement) exists; bridge loan ⇒ lender is CDB; ADBC ⇒ project is urban village, rural dilapidated housing or their infrastructure; the compensation documents by resettlement mode; the four approvals for every construction component; every document exists, is dated on or before the loan application, and is issued by the competent authority.',
  },
  { id: 'N-5.1#1', clause: 'N-5.1', text: 'the responsible city/county government is named.' },
  { id: 'N-5.2#1', clause: 'N-5.2', text: 'the implementation plan has been filed with the provincial housing department (reference, date).' },
  {
    id: 'N-5.3#1',
    clause: 'N-5.3',
    text: 'consistency of the dossier (figures that must agree do agree), and evidence files match what the dossier says of them.',
    notCheckable:
      'Whether a scan says what the dossier claims (its number, issuer, date) needs a person to read it; the checker proves only that the file named is the file hashed.',
  },
] as const satisfies readonly CheckLine[];

export type CheckLineId = (typeof CHECK_LINES)[number]['id'];
