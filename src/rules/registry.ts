import type { ChecklistProvider } from '../engine/types.js';
import type { Rule } from './define-rule.js';
import { adbcLendingScope } from './loan-conditions/adbc-lending-scope.js';
import { bridgeLoanLender } from './loan-conditions/bridge-loan-lender.js';
import { loanChecklist } from './support/loan-checklist.js';
import { compensationDocuments } from './loan-conditions/compensation-documents.js';
import { competentIssuer } from './loan-conditions/competent-issuer.js';
import { documentNumberFormat } from './loan-conditions/document-number-format.js';
import { documentsDatedBeforeLoan } from './loan-conditions/documents-dated-before-loan.js';
import { financingBasis } from './loan-conditions/financing-basis.js';
import { fourApprovals } from './loan-conditions/four-approvals.js';
import { documentReference } from './dossier-input/document-reference.js';
import { fileEncoding } from './dossier-input/file-encoding.js';
import { internalError } from './dossier-input/internal-error.js';
import { schemaViolation } from './dossier-input/schema-violation.js';
import { waiverExpired } from './dossier-input/waiver-expired.js';
import { yamlSyntax } from './dossier-input/yaml-syntax.js';
import { constructionAfterEiaApproval } from './construction/construction-after-eia-approval.js';
import { facilitiesInPlanningConditions } from './construction/facilities-in-planning-conditions.js';
import { facilityLandSupply } from './construction/facility-land-supply.js';
import { fundSupervision } from './construction/fund-supervision.js';
import { infrastructureDeliveredWithHousing } from './construction/infrastructure-delivered-with-housing.js';
import { qualityResponsibility } from './construction/quality-responsibility.js';
import { concessionPriceMechanism } from './financing/concession-price-mechanism.js';
import { formerPlatformRestructured } from './financing/former-platform-restructured.js';
import { noGuaranteeForFormerPlatform } from './financing/no-guarantee-for-former-platform.js';
import { publicSelection } from './financing/public-selection.js';
import { purchaseAgreementSigned } from './financing/purchase-agreement-signed.js';
import { purchaseBudgetYears } from './financing/purchase-budget-years.js';
import { purchaseScope } from './financing/purchase-scope.js';
import { firstHomeDownPayment } from './monetized/first-home-down-payment.js';
import { housingStockSurvey } from './monetized/housing-stock-survey.js';
import { monetizedDisclosure } from './monetized/monetized-disclosure.js';
import { monetizedWay } from './monetized/monetized-way.js';
import { expropriationBeforeDecision } from './national/expropriation-before-decision.js';
import { eiaFilingRegime } from './national/eia-filing-regime.js';
import { eiaReReview } from './national/eia-re-review.js';
import { landPreReviewValidity } from './national/land-pre-review-validity.js';
import { mergedLandSiteOpinion } from './national/merged-land-site-opinion.js';
import { projectCapitalRatio } from './national/project-capital-ratio.js';
import { purchaseOfServiceLimits } from './national/purchase-of-service-limits.js';
import { evidenceClaimedOnce } from './organisation/evidence-claimed-once.js';
import { evidenceContentType } from './organisation/evidence-content-type.js';
import { evidenceMatches } from './organisation/evidence-matches.js';
import { evidenceText } from './organisation/evidence-text.js';
import { figuresAgree } from './organisation/figures-agree.js';
import { implementationPlanFiled } from './organisation/implementation-plan-filed.js';
import { responsibleGovernment } from './organisation/responsible-government.js';
import { planListing } from './programme/plan-listing.js';
import { programmePeriod } from './programme/programme-period.js';
import { ruralHouseDesigns } from './rural/rural-house-designs.js';
import { ruralHouseholdFile } from './rural/rural-household-file.js';
import { ruralMinimumConstruction } from './rural/rural-minimum-construction.js';
import { ruralSeismicRequirements } from './rural/rural-seismic-requirements.js';
import { ruralSubsidyDirectPayment } from './rural/rural-subsidy-direct-payment.js';

/** Findings about the file itself, produced by the engine while reading and validating. */
export const INPUT_RULES = { yamlSyntax, fileEncoding, schemaViolation, documentReference, internalError, waiverExpired } as const;

export interface RuleModule {
  /** The folder under `src/rules/`. */
  name: string;
  title: { zh: string; en: string };
  rules: readonly Rule[];
}

/** The rule modules in catalogue order: one per area of the notice, then the national rules of RELATED.md. */
export const RULE_MODULES: readonly RuleModule[] = [
  { name: 'dossier-input', title: { zh: '资料文件', en: 'The dossier file' }, rules: Object.values(INPUT_RULES) },
  {
    name: 'loan-conditions',
    title: { zh: '贷款发放条件（四(四)）', en: 'Loan conditions (N-4.4)' },
    rules: [
      fourApprovals,
      compensationDocuments,
      documentsDatedBeforeLoan,
      financingBasis,
      bridgeLoanLender,
      adbcLendingScope,
      competentIssuer,
      documentNumberFormat,
    ],
  },
  { name: 'programme', title: { zh: '改造计划（一、二(一)）', en: 'Programme and plan (N-1.2, N-2.1)' }, rules: [programmePeriod, planListing] },
  {
    name: 'construction',
    title: { zh: '建设管理和配套设施（二(二)、二(三)）', en: 'Construction and facilities (N-2.2, N-2.3)' },
    rules: [
      fundSupervision,
      qualityResponsibility,
      constructionAfterEiaApproval,
      infrastructureDeliveredWithHousing,
      facilitiesInPlanningConditions,
      facilityLandSupply,
    ],
  },
  {
    name: 'rural',
    title: { zh: '农村危房改造（二(四)）', en: 'Rural dilapidated housing (N-2.4)' },
    rules: [ruralSubsidyDirectPayment, ruralHouseholdFile, ruralSeismicRequirements, ruralMinimumConstruction, ruralHouseDesigns],
  },
  {
    name: 'monetized',
    title: { zh: '货币化安置（三）', en: 'Monetized resettlement (N-3)' },
    rules: [housingStockSurvey, monetizedWay, monetizedDisclosure, firstHomeDownPayment],
  },
  {
    name: 'financing',
    title: { zh: '融资和实施主体（四(一)—四(三)）', en: 'Financing and implementing entities (N-4.1–N-4.3)' },
    rules: [
      publicSelection,
      purchaseAgreementSigned,
      purchaseBudgetYears,
      purchaseScope,
      concessionPriceMechanism,
      formerPlatformRestructured,
      noGuaranteeForFormerPlatform,
    ],
  },
  {
    name: 'organisation',
    title: { zh: '组织领导（五）', en: 'Organisation and supervision (N-5)' },
    rules: [responsibleGovernment, implementationPlanFiled, figuresAgree, evidenceMatches, evidenceContentType, evidenceClaimedOnce, evidenceText],
  },
  {
    name: 'national',
    title: { zh: '相关国家规定（RELATED.md）', en: 'Related national rules (RELATED.md)' },
    rules: [
      projectCapitalRatio,
      eiaFilingRegime,
      eiaReReview,
      mergedLandSiteOpinion,
      landPreReviewValidity,
      purchaseOfServiceLimits,
      expropriationBeforeDecision,
    ],
  },
];

export const ALL_RULES: readonly Rule[] = RULE_MODULES.flatMap((module) => module.rules);

/** Rules that run on a valid dossier, in catalogue order. */
export const DOSSIER_RULES: readonly Rule[] = ALL_RULES.filter((rule) => !Object.values<Rule>(INPUT_RULES).includes(rule));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));

/** The module a rule belongs to, by rule id. */
export const MODULE_OF_RULE: ReadonlyMap<string, string> = new Map(RULE_MODULES.flatMap((m) => m.rules.map((r) => [r.meta.id, m.name] as const)));

/** Providers of the per-dossier checklist of loan conditions. */
export const CHECKLISTS: readonly ChecklistProvider[] = [{ id: 'loan-conditions-checklist', entries: loanChecklist }];
