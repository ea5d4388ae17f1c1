import { BASE_DOSSIER, replaceOnce } from '../../support/dossier-text.js';

/** The base dossier as a rural dilapidated-housing project in an intensity-8 area with two households. */
export const RURAL_DOSSIER = `${replaceOnce(BASE_DOSSIER, 'category: shantytown', 'category: rural-dilapidated-housing')}rural:
  seismicIntensity: 8
  households:
    - id: h1
      name: 张某某
      fileNumber: XD-0001
      informationSystemEntered: true
      subsidy: { amount: 13500, paidBy: county-finance, paidTo: household-account }
      seismicRequirementsMet: true
      minimumRequirementsMet: true
    - id: h2
      name: 李某某
      fileNumber: XD-0002
      informationSystemEntered: true
      subsidy: { amount: 8500, paidBy: county-finance, paidTo: household-account }
      seismicRequirementsMet: true
      minimumRequirementsMet: true
`;
