import { BASE_DOSSIER, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER as rural } from './rural-base.js';

const notMet = replaceOnce(rural, 'fileNumber: XD-0002\n      informationSystemEntered: true\n      subsidy: { amount: 8500, paidBy: county-finance, paidTo: household-account }\n      seismicRequirementsMet: true', 'fileNumber: XD-0002\n      informationSystemEntered: true\n      subsidy: { amount: 8500, paidBy: county-finance, paidTo: household-account }\n      seismicRequirementsMet: false');
const noIntensity = replaceOnce(rural, '  seismicIntensity: 8\n', '');

testRule('rural-seismic-requirements', {
  valid: [
    { name: 'intensity 8 and every household meets the requirements', text: rural },
    { name: 'intensity 7: below the threshold', text: replaceOnce(notMet, 'seismicIntensity: 8', 'seismicIntensity: 7') },
    { name: 'not a rural project', text: BASE_DOSSIER },
    { name: 'judged the day before the notice (2016-01-04): the priority rule is not yet in force', text: notMet, asOf: '2016-01-04' },
  ],
  invalid: [
    {
      name: 'on the day of the notice, 2016-01-05',
      text: notMet,
      asOf: '2016-01-05',
      errors: [{ messageId: 'notMet', ...valuePosition(notMet, 'seismicRequirementsMet: false') }],
    },
    {
      name: 'intensity 8 and a household that does not meet them',
      text: notMet,
      errors: [{ messageId: 'notMet', ...valuePosition(notMet, 'seismicRequirementsMet: false'), message: /intensity-8 area, household "李某某"/ }],
    },
    { name: 'intensity not stated', text: noIntensity, errors: [{ messageId: 'missingIntensity', ...positionOf(noIntensity, 'rural:') }] },
  ],
});
