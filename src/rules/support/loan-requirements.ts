import type { ApprovalSlot, Component, ComponentKind, Dossier, DossierDocument, DocumentKind, ProjectCategory } from '../../dossier/types.js';
import type { ParameterName } from '../../notice/parameters.js';
import type { RuleContext } from '../define-rule.js';
import type { DataPath, Localized } from '../../engine/types.js';

/**
 * The loan conditions of N-4.4 as data: which document a dossier must show, where, and of which kind. The rules
 * of this module report against these requirements, and the checklist lists them, so both read the same list.
 */

/** Components that are built, and so need the four approvals (棚户区配套基础设施和安置房建设部分). */
export const CONSTRUCTION_KINDS: ReadonlySet<ComponentKind> = new Set(['resettlement-housing', 'infrastructure', 'public-facility']);

/**
 * The renovations whose construction part the four approvals belong to: 城镇棚户区, 城中村, 城市危房 and their
 * supporting infrastructure. Rural houses rebuilt by households are not "安置房建设部分", so a rural
 * dilapidated-housing project, or infrastructure serving one, has no four-approval requirement.
 */
const SHANTYTOWN_TYPE: ReadonlySet<ProjectCategory> = new Set(['shantytown', 'urban-village', 'urban-dilapidated-housing', 'supporting-infrastructure']);

function needsFourApprovals(dossier: Dossier, component: Component): boolean {
  if (!CONSTRUCTION_KINDS.has(component.kind) || !SHANTYTOWN_TYPE.has(dossier.project.category)) return false;
  return component.supports?.category !== 'rural-dilapidated-housing';
}

/** Kinds that meet a slot only when issued on or after the date held by a parameter (a later national rule). */
export type DatedKinds = Partial<Record<DocumentKind, ParameterName>>;

export interface ApprovalDefinition {
  slot: ApprovalSlot;
  label: Localized;
  acceptedKinds: readonly DocumentKind[];
  acceptedFrom?: DatedKinds;
}

/** From September 2019 one 用地预审与选址意见书 stands for both the planning-site and the land pre-review opinion. */
const MERGED_OPINION: DatedKinds = { 'land-pre-review-and-site-selection': 'mergedLandSiteOpinionFrom' };

export const FOUR_APPROVALS: readonly ApprovalDefinition[] = [
  { slot: 'feasibilityStudy', label: { zh: '可研批复', en: 'feasibility-study approval' }, acceptedKinds: ['feasibility-approval'] },
  {
    slot: 'environmentalImpact',
    label: { zh: '环评批复', en: 'environmental-impact approval' },
    acceptedKinds: ['eia-approval', 'eia-filing'],
    // From 2016-09-01 a registration form is filed, not approved; the filing then takes the approval's place.
    acceptedFrom: { 'eia-filing': 'eiaFilingFrom' },
  },
  {
    slot: 'planning',
    label: { zh: '规划意见', en: 'planning opinion' },
    acceptedKinds: ['planning-opinion', 'land-pre-review-and-site-selection'],
    acceptedFrom: MERGED_OPINION,
  },
  {
    slot: 'landPreReview',
    label: { zh: '土地预审意见', en: 'land pre-review opinion' },
    acceptedKinds: ['land-pre-review', 'land-pre-review-and-site-selection'],
    acceptedFrom: MERGED_OPINION,
  },
];

/** One place a requirement can be met: a document reference field of the dossier. */
export interface DocumentSlot {
  path: DataPath;
  label: Localized;
  documentId: string | undefined;
  acceptedKinds: readonly DocumentKind[];
  acceptedFrom?: DatedKinds;
}

export interface Requirement {
  /** Stable checklist key, e.g. `approval:hs-1:landPreReview`. */
  key: string;
  /** Which rule of this module reports the requirement as missing. */
  group: 'four-approvals' | 'compensation-documents';
  label: Localized;
  /** Met when any one slot holds a document (alternatives: 地块安置补偿方案 or 房源购买方案). */
  slots: readonly DocumentSlot[];
  /** Where a missing document is reported: the nearest thing the reader must change. */
  anchor: DataPath;
  /**
   * The slot is empty and the dossier declares the approval not required by law, with a reason the schema knows
   * and its basis: not missing, but shown as such so the reviewer sees the claim.
   */
  notRequired?: { reason: string; basis: string; path: DataPath };
}

/**
 * The requirements of each dossier, worked out once: eight rules and the checklist ask for the same dossier's
 * requirements. Frozen, since every caller then shares the same list.
 */
const approvalsOf = new WeakMap<Dossier, readonly Requirement[]>();
const compensationOf = new WeakMap<Dossier, readonly Requirement[]>();

function once(cache: WeakMap<Dossier, readonly Requirement[]>, dossier: Dossier, work: (dossier: Dossier) => Requirement[]): readonly Requirement[] {
  let requirements = cache.get(dossier);
  if (!requirements) {
    requirements = Object.freeze(work(dossier));
    cache.set(dossier, requirements);
  }
  return requirements;
}

export function approvalRequirements(dossier: Dossier): readonly Requirement[] {
  return once(approvalsOf, dossier, listApprovalRequirements);
}

export function compensationRequirements(dossier: Dossier): readonly Requirement[] {
  return once(compensationOf, dossier, listCompensationRequirements);
}

function listApprovalRequirements(dossier: Dossier): Requirement[] {
  const requirements: Requirement[] = [];
  dossier.components.forEach((component, index) => {
    if (!needsFourApprovals(dossier, component)) return;
    const componentPath: DataPath = ['components', index];
    for (const approval of FOUR_APPROVALS) {
      const declared = component.approvals?.[approval.slot] === undefined ? notRequiredDeclaration(component, approval.slot) : undefined;
      requirements.push({
        key: `approval:${component.id}:${approval.slot}`,
        group: 'four-approvals',
        label: {
          zh: `${component.name}：${approval.label.zh}`,
          en: `${component.name}: ${approval.label.en}`,
        },
        slots: [
          {
            path: [...componentPath, 'approvals', approval.slot],
            label: approval.label,
            documentId: component.approvals?.[approval.slot],
            acceptedKinds: approval.acceptedKinds,
            ...(approval.acceptedFrom ? { acceptedFrom: approval.acceptedFrom } : {}),
          },
        ],
        anchor: component.approvals ? [...componentPath, 'approvals'] : componentPath,
        ...(declared ? { notRequired: { ...declared, path: [...componentPath, 'approvalsNotRequired', approval.slot] } } : {}),
      });
    }
  });
  return requirements;
}

/** The declaration that a slot is not required; the schema admits only the reasons the law gives for that slot. */
function notRequiredDeclaration(component: Component, slot: ApprovalSlot): { reason: string; basis: string } | undefined {
  if (slot === 'feasibilityStudy') return undefined;
  const declared = component.approvalsNotRequired?.[slot];
  return declared ? { reason: declared.reason, basis: declared.basis } : undefined;
}

const COMPENSATION_SLOTS = {
  compensationMeasures: {
    label: { zh: '安置补偿管理办法', en: 'resettlement-compensation management measures' },
    acceptedKinds: ['compensation-measures'],
  },
  demolitionAnnouncement: {
    label: { zh: '拆迁补偿公告', en: 'demolition-compensation announcement' },
    acceptedKinds: ['demolition-announcement'],
  },
  plotCompensationPlan: {
    label: { zh: '具体拆迁地块的安置补偿方案', en: 'resettlement compensation plan of the demolition plot' },
    acceptedKinds: ['plot-compensation-plan'],
  },
  housingPurchasePlan: {
    label: { zh: '房源购买方案', en: 'housing purchase plan' },
    acceptedKinds: ['housing-purchase-plan'],
  },
} as const satisfies Record<string, { label: Localized; acceptedKinds: readonly DocumentKind[] }>;

type CompensationField = keyof typeof COMPENSATION_SLOTS;

/**
 * Components whose presence means people are moved, so a resettlement mode must be stated. Building resettlement
 * housing alone (rural houses rebuilt with subsidies, say) moves no one by expropriation.
 */
const DISPLACING_KINDS: ReadonlySet<ComponentKind> = new Set(['demolition']);

function listCompensationRequirements(dossier: Dossier): Requirement[] {
  const resettlement = dossier.resettlement;
  if (!resettlement) {
    const displacing = dossier.components.findIndex((component) => DISPLACING_KINDS.has(component.kind));
    if (displacing < 0) return [];
    // People are moved but no mode is stated: no document list can be derived, so the mode itself is the item.
    return [
      {
        key: 'compensation:mode',
        group: 'compensation-documents',
        label: { zh: '安置方式及其补偿文件', en: 'resettlement mode and its compensation documents' },
        slots: [],
        anchor: ['components', displacing],
      },
    ];
  }
  const slot = (field: CompensationField): DocumentSlot => ({
    path: ['resettlement', field],
    documentId: resettlement[field],
    ...COMPENSATION_SLOTS[field],
  });
  const single = (field: CompensationField): Requirement => ({
    key: `compensation:${field}`,
    group: 'compensation-documents',
    label: COMPENSATION_SLOTS[field].label,
    slots: [slot(field)],
    anchor: ['resettlement'],
  });

  const requirements: Requirement[] = [single('compensationMeasures'), single('demolitionAnnouncement')];
  if (resettlement.modes.includes('monetized')) {
    requirements.push({
      key: 'compensation:monetized:plotPlanOrPurchasePlan',
      group: 'compensation-documents',
      label: {
        zh: '货币补偿安置：具体拆迁地块的安置补偿方案或房源购买方案',
        en: 'cash resettlement: plot resettlement compensation plan or housing purchase plan',
      },
      slots: [slot('plotCompensationPlan'), slot('housingPurchasePlan')],
      anchor: ['resettlement'],
    });
  }
  if (resettlement.modes.includes('built-housing')) {
    requirements.push({
      ...single('plotCompensationPlan'),
      key: 'compensation:built-housing:plotCompensationPlan',
      label: {
        zh: '建设安置房（拆迁部分）：具体拆迁地块的安置补偿方案',
        en: 'built housing (demolition part): plot resettlement compensation plan',
      },
    });
  }
  return requirements;
}

/**
 * The loan conditions of the dossier's loan. The four approvals are conditions of a project loan; a bridge loan
 * (专项过桥贷款) is not lent against them, so for it they are no loan condition (four-approvals still warns).
 */
export function loanRequirements(dossier: Dossier): readonly Requirement[] {
  const approvals = dossier.loan.product === 'project-loan' ? approvalRequirements(dossier) : [];
  return [...approvals, ...compensationRequirements(dossier)];
}

export interface SlotDocument {
  slot: DocumentSlot;
  document: DossierDocument;
  /** Index in `documents`, for locating the document's own fields. */
  index: number;
  /** The kind is one the slot can take at all (else the slot points at the wrong kind of document). */
  kindListed: boolean;
  /** Listed, and issued on or after the date from which its kind counts. */
  kindAccepted: boolean;
}

/** The documents a requirement's slots point at (references are resolved; validation guarantees they exist). */
export function slotDocuments(requirement: Requirement, context: RuleContext): SlotDocument[] {
  const found: SlotDocument[] = [];
  for (const slot of requirement.slots) {
    if (slot.documentId === undefined) continue;
    const entry = context.documentsById.get(slot.documentId);
    if (!entry) continue;
    const kindListed = slot.acceptedKinds.includes(entry.document.kind);
    const countsFrom = slot.acceptedFrom?.[entry.document.kind];
    const since = countsFrom ? context.parameter(countsFrom) : undefined;
    const inTime = !countsFrom || (typeof since === 'string' && entry.document.issued >= since);
    found.push({ slot, ...entry, kindListed, kindAccepted: kindListed && inTime });
  }
  return found;
}

/** Met when some slot holds a document of an accepted kind. */
export function isMet(requirement: Requirement, context: RuleContext): boolean {
  return slotDocuments(requirement, context).some((entry) => entry.kindAccepted);
}
