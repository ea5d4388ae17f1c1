import type { DocumentKind } from '../dossier/types.js';

/**
 * Which issuers count as competent for each kind of loan-condition document. The notice says only "有关部门出具的"
 * (issued by the competent departments); which departments those are is this project's reading of the usual
 * division of duties, not a regulation, so it is a named, documented parameter: an issuer is competent when its
 * name contains one of the listed words. 行政审批 covers the consolidated administrative-approval bureaus that took
 * over these approvals in some cities.
 */
export const COMPETENT_ISSUERS: Readonly<Partial<Record<DocumentKind, readonly string[]>>> = {
  'feasibility-approval': ['发展和改革', '发展改革', '发改', '行政审批'],
  'eia-approval': ['环境保护', '环保', '生态环境', '行政审批'],
  'eia-filing': ['环境保护', '环保', '生态环境', '行政审批'],
  'planning-opinion': ['规划', '自然资源', '行政审批'],
  'land-pre-review': ['国土资源', '国土', '自然资源'],
  'land-pre-review-and-site-selection': ['自然资源'],
  'compensation-measures': ['人民政府'],
  'demolition-announcement': ['人民政府', '征收'],
  'plot-compensation-plan': ['人民政府', '征收'],
  'housing-purchase-plan': ['人民政府', '住房', '房产', '房屋'],
};
