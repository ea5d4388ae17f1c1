import { BASE_DOSSIER, positionOf, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER as rural } from './rural-base.js';

const last = '      seismicRequirementsMet: true\n      minimumRequirementsMet: true\n';
const notMet = rural.replace(/minimumRequirementsMet: true\n$/, 'minimumRequirementsMet: false\n');
const undeclared = `${rural.slice(0, rural.lastIndexOf(last))}      seismicRequirementsMet: true\n`;

testRule('rural-minimum-construction', {
  valid: [
    { name: 'every household meets the minimum requirements', text: rural },
    { name: 'not a rural project', text: BASE_DOSSIER },
  ],
  invalid: [
    { name: 'a household that does not', text: notMet, errors: [{ messageId: 'notMet', ...valuePosition(notMet, 'minimumRequirementsMet: false') }] },
    { name: 'a household that does not say', text: undeclared, errors: [{ messageId: 'notMet', ...positionOf(undeclared, 'id: h2') }] },
  ],
});
