import { BASE_DOSSIER, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER as rural } from './rural-base.js';

const noFile = removeLine(rural, 'fileNumber: XD-0002');
const notEntered = replaceOnce(rural, 'fileNumber: XD-0001\n      informationSystemEntered: true', 'fileNumber: XD-0001\n      informationSystemEntered: false');
const noSection = replaceOnce(BASE_DOSSIER, 'category: shantytown', 'category: rural-dilapidated-housing');

testRule('rural-household-file', {
  valid: [
    { name: 'every household filed and entered', text: rural },
    { name: 'not a rural project', text: BASE_DOSSIER },
  ],
  invalid: [
    { name: 'a household without its file number', text: noFile, errors: [{ messageId: 'missingFile', ...positionOf(noFile, 'id: h2'), message: /李某某/ }] },
    { name: 'a household not entered in the system', text: notEntered, errors: [{ messageId: 'notEntered', ...valuePosition(notEntered, 'informationSystemEntered: false') }] },
    { name: 'a rural project listing no households', text: noSection, errors: [{ messageId: 'noHouseholds', ...valuePosition(noSection, 'category: rural-dilapidated-housing') }] },
  ],
});
