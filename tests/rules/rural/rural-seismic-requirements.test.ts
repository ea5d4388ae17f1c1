import { BASE_DOSSIER, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER as rural } from './rural-base.js';

const h2Met =
  'fileNumber: XD-0002\n      informationSystemEntered: true\n      subsidy: { amount: 8500, paidBy: county-finance, paidTo: household-account }\n      seismicRequirementsMet: true';
const notMet = replaceOnce(rural, h2Met, h2Met.replace('seismicRequirementsMet: true', 'seismicRequirementsMet: false'));
const notStated = replaceOnce(rural, h2Met, h2Met.replace('\n      seismicRequirementsMet: true', ''));
// Intensity 6 is below the programme's priority areas; the requirements apply there all the same.
const lowIntensity = replaceOnce(notMet, 'seismicIntensity: 8', 'seismicIntensity: 6');
const noIntensity = replaceOnce(rural, '  seismicIntensity: 8\n', '');

testRule('rural-seismic-requirements', {
  valid: [
    { name: 'every household meets the requirements', text: rural },
    { name: 'the intensity is not stated: the requirements do not depend on it', text: noIntensity },
    { name: 'not a rural project', text: BASE_DOSSIER },
  ],
  invalid: [
    {
      name: 'intensity 8 and a household that does not meet them',
      text: notMet,
      errors: [{ messageId: 'notMet', ...valuePosition(notMet, 'seismicRequirementsMet: false'), message: /household "李某某" does not meet/ }],
    },
    {
      name: 'intensity 6: the requirements apply at any intensity',
      text: lowIntensity,
      errors: [{ messageId: 'notMet', ...valuePosition(lowIntensity, 'seismicRequirementsMet: false') }],
    },
    { name: 'a household that does not say', text: notStated, errors: [{ messageId: 'notStated', ...positionOf(notStated, 'id: h2') }] },
  ],
});
