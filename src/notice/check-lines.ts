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
  {
    id: 'N-2.2#2',
    clause: 'N-2.2',
    text: 'permanent sign board and lifetime quality responsibility are declared, naming the responsible parties (in national practice the five: 建设、勘察、设计、施工、监理单位); construction does not start before the approvals that basic construction procedure puts first (e.g. the EIA approval).',
  },
  {
    id: 'N-2.3#1',
    clause: 'N-2.3',
    text: "supporting infrastructure is planned, approved, built and delivered together with the housing — all four milestones, none later than the housing's (the 同步 sentence names 配套基础设施, not public-service facilities); the kinds, scale and requirements of public-service facilities are stated in the planning conditions (a 规划设计条件 document); land-supply procedure of the facility land stated, with the hand-over agreement when it is supplied together with other land.",
  },
  {
    id: 'N-2.4#1',
    clause: 'N-2.4',
    text: "subsidy paid by county finance directly to households; every household has its own file (one file per household, no file shared) and is entered in the information system; every renovated house meets the seismic requirements and the minimum construction requirements (the ≥ 8 degree areas get *priority* in the programme — that is not a per-dossier condition, and the seismic requirements apply at any intensity); the county's house designs and style rules exist.",
  },
  { id: 'N-3.1#1', clause: 'N-3.1', text: '(monetized): a housing-stock survey and published listings exist.' },
  { id: 'N-3.2#1', clause: 'N-3.2', text: '(monetized): the way is one of the three.' },
  { id: 'N-3.3#1', clause: 'N-3.3', text: '(monetized): procedure is disclosed publicly.' },
  {
    id: 'N-3.4#1',
    clause: 'N-3.4',
    text: '(where the dossier states mortgage terms for residents): down payment ratio ≥ the national floor in force on the date of those mortgage terms (not the review date), taking into account a local lowering the national rule permits when the dossier cites the local document.',
  },
  {
    id: 'N-4.1#1',
    clause: 'N-4.1',
    text: 'entity selected publicly; agreement signed (reference, date, parties); payments in the budget for every year of the agreement; every scope item is an allowed one and none is excluded.',
  },
  { id: 'N-4.2#1', clause: 'N-4.2', text: '(PPP): a concession agreement exists, with its price/compensation mechanism.' },
  {
    id: 'N-4.3#1',
    clause: 'N-4.3',
    text: "former platform ⇒ restructured, announcement (date and medium; a reference number only where it has one — a newspaper notice has none) before the entity takes on the task and before the loan; no government guarantee of any kind for such an entity, whether declared or found among the dossier's own documents.",
  },
  {
    id: 'N-4.4#1',
    clause: 'N-4.4',
    text: 'the compensation documents by resettlement mode; the four approvals for every construction component of a shantytown-type project (城镇棚户区, 城中村, 城市危房 and their supporting infrastructure — rural houses rebuilt by households are not "安置房建设部分"), as conditions of a *project loan*; every required document exists, is dated on or before the first disbursement (not after the as-of date), and the four approvals are issued by the relevant department (有关部门出具的 — which department is competent is this project\'s reading: a warning to verify). An approval the law no longer requires for this project (e.g. no land pre-review for land already approved for construction, no site-selection opinion for land supplied by 出让, no EIA for a project the EIA catalogue exempts) may be declared not required, with its legal basis; the checklist shows it as such.',
  },
  {
    id: 'N-4.4#2',
    clause: 'N-4.4',
    text: "(warnings, the text says 可/鼓励): borrowing rests on an agreement (purchase of service, concession, other government–social-capital contract); a bridge loan comes from CDB (the notice provides bridge loans only through CDB); an ADBC loan serves urban villages, rural dilapidated housing or their infrastructure (the encouraged scope; verify ADBC's business scope otherwise).",
  },
  { id: 'N-5.1#1', clause: 'N-5.1', text: 'the responsible city/county government is named.' },
  {
    id: 'N-5.2#1',
    clause: 'N-5.2',
    text: '(projects of the 2015–2017 programme): the implementation plan has been filed with the provincial housing department (reference, date); for later programmes, the filing their own rules require.',
  },
  {
    id: 'N-5.3#1',
    clause: 'N-5.3',
    text: 'consistency of the dossier (figures that must agree do agree), and evidence files match what the dossier says of them.',
    notCheckable:
      'Whether a scan says what the dossier claims (its number, issuer, date) needs a person to read it; the checker proves only that the file named is the file hashed.',
  },
] as const satisfies readonly CheckLine[];

export type CheckLineId = (typeof CHECK_LINES)[number]['id'];
