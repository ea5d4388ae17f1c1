/**
 * TypeScript view of dossier format v1. `schemas/dossier.schema.json` is the source of truth; rules only ever
 * see data that passed it, so these types describe validated dossiers.
 */
export type ProjectCategory =
  | 'shantytown'
  | 'urban-village'
  | 'urban-dilapidated-housing'
  | 'rural-dilapidated-housing'
  | 'supporting-infrastructure';

export type ResettlementMode = 'monetized' | 'built-housing';
export type ComponentKind = 'demolition' | 'resettlement-housing' | 'infrastructure' | 'public-facility';
export type ApprovalSlot = 'feasibilityStudy' | 'environmentalImpact' | 'planning' | 'landPreReview';

export type DocumentKind =
  | 'feasibility-approval'
  | 'eia-approval'
  | 'eia-filing'
  | 'planning-opinion'
  | 'land-pre-review'
  | 'land-pre-review-and-site-selection'
  | 'compensation-measures'
  | 'demolition-announcement'
  | 'plot-compensation-plan'
  | 'housing-purchase-plan'
  | 'purchase-of-service-agreement'
  | 'concession-agreement'
  | 'ppp-contract'
  | 'plan-listing'
  | 'implementation-plan-filing'
  | 'entity-selection'
  | 'restructuring'
  | 'platform-announcement'
  | 'budget-resolution'
  | 'housing-stock-survey'
  | 'listings-publication'
  | 'disclosure'
  | 'fund-supervision-agreement'
  | 'quality-commitment'
  | 'guarantee'
  | 'other';

/** An ISO `YYYY-MM-DD` date; string comparison orders them correctly. */
export type IsoDate = string;

export interface DossierDocument {
  id: string;
  kind: DocumentKind;
  title?: string;
  number?: string;
  issuer: string;
  issued: IsoDate;
  validUntil?: IsoDate;
  evidence?: { file: string; sha256?: string };
}

export interface Component {
  id: string;
  kind: ComponentKind;
  name: string;
  approvals?: Partial<Record<ApprovalSlot, string>>;
  milestones?: { planned?: IsoDate; approved?: IsoDate; constructionStart?: IsoDate; delivery?: IsoDate };
  facilities?: string[];
  landSupply?: { method: 'separate-parcel' | 'bundled-with-housing-land'; document?: string };
}

export interface Agreement {
  id: string;
  kind: 'purchase-of-service' | 'concession' | 'ppp-contract';
  document: string;
  parties?: string[];
  term?: { from: number; to: number };
  budget?: { year: number; amount?: number; document?: string }[];
  scope?: (
    | 'land-acquisition-demolition'
    | 'resettlement-housing'
    | 'public-infrastructure'
    | 'commercial-housing'
    | 'revenue-infrastructure'
    | 'construction-works'
  )[];
  priceMechanism?: string;
}

export interface Resettlement {
  modes: ResettlementMode[];
  households?: { total?: number; monetized?: number; builtHousing?: number };
  compensationMeasures?: string;
  demolitionAnnouncement?: string;
  plotCompensationPlan?: string;
  housingPurchasePlan?: string;
  monetized?: {
    ways?: ('government-purchase' | 'platform-selection' | 'free-use')[];
    housingStockSurvey?: string;
    listingsPublication?: string;
    disclosure?: string;
    mortgage?: { firstHomeDownPaymentPercent?: number };
  };
}

export interface Dossier {
  dossierFormat: 1;
  project: {
    id: string;
    name: string;
    category: ProjectCategory;
    city: string;
    county: string;
    responsibleGovernment?: string;
    plan?: { name: string; programme?: string; year?: number; listingDocument?: string };
    implementationPlanFiling?: { document: string; filedWith?: string };
    totalInvestment?: number;
    projectCapital?: number;
    households?: number;
  };
  entity: {
    name: string;
    creditCode?: string;
    ownership: 'state-owned' | 'collective' | 'private' | 'mixed' | 'foreign-invested';
    formerFinancingPlatform: boolean;
    selection?: { method: string; document?: string };
    restructuring?: { completed: boolean; document?: string };
    announcement?: { document: string; medium?: string };
    governmentGuarantees?: { kind: string; description?: string; document?: string }[];
  };
  agreements?: Agreement[];
  resettlement?: Resettlement;
  components: Component[];
  documents: DossierDocument[];
  loan: {
    lender: { name: string; kind: 'china-development-bank' | 'agricultural-development-bank' | 'commercial-bank' };
    product: 'project-loan' | 'bridge-loan';
    amount: number;
    applicationDate: IsoDate;
    basis?: string;
  };
  fundSupervision?: { account: string; bank?: string; agreement?: string };
  quality?: {
    permanentSignBoard?: boolean;
    lifetimeResponsibility?: { role: string; name: string }[];
    commitment?: string;
  };
  rural?: {
    seismicIntensity?: number;
    designGuidance?: string;
    households?: {
      id: string;
      name: string;
      houseGrade?: 'C' | 'D';
      fileNumber?: string;
      informationSystemEntered?: boolean;
      subsidy?: { amount?: number; paidBy: string; paidTo: string; date?: IsoDate };
      seismicRequirementsMet?: boolean;
      minimumRequirementsMet?: boolean;
    }[];
  };
}

/** The key whose presence at the top level marks a YAML file as a dossier. */
export const FORMAT_KEY = 'dossierFormat';
export const SUPPORTED_FORMATS: readonly number[] = [1];
