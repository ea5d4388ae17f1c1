import { BASE_DOSSIER, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER as rural } from './rural-base.js';

const noFile = removeLine(rural, 'fileNumber: XD-0002');
const notEntered = replaceOnce(
  rural,
  'fileNumber: XD-0001\n      informationSystemEntered: true',
  'fileNumber: XD-0001\n      informationSystemEntered: false',
);
const noSection = replaceOnce(BASE_DOSSIER, 'category: shantytown', 'category: rural-dilapidated-housing');
const shared = replaceOnce(rural, 'fileNumber: XD-0002', 'fileNumber: XD-0001');
// Typed with a full-width letter and a space, the number is still the same file.
const sharedDisguised = replaceOnce(rural, 'fileNumber: XD-0002', 'fileNumber: "ＸD-0001 "');
const thirdHousehold = `${shared}    - { id: h3, name: 王某某, fileNumber: XD-0001, informationSystemEntered: true }\n`;

testRule('rural-household-file', {
  valid: [
    { name: 'every household filed and entered', text: rural },
    { name: 'not a rural project', text: BASE_DOSSIER },
  ],
  invalid: [
    { name: 'a household without its file number', text: noFile, errors: [{ messageId: 'missingFile', ...positionOf(noFile, 'id: h2'), message: /李某某/ }] },
    {
      name: 'a household not entered in the system',
      text: notEntered,
      errors: [{ messageId: 'notEntered', ...valuePosition(notEntered, 'informationSystemEntered: false') }],
    },
    {
      name: 'a rural project listing no households',
      text: noSection,
      errors: [{ messageId: 'noHouseholds', ...valuePosition(noSection, 'category: rural-dilapidated-housing') }],
    },
    {
      name: 'two households sharing one file',
      text: shared,
      errors: [{ messageId: 'sharedFile', ...valuePosition(shared, 'fileNumber: XD-0001', 2), message: /"李某某" shares file number XD-0001 with "张某某"/ }],
    },
    {
      name: 'the same file number written with a full-width letter and a space',
      text: sharedDisguised,
      errors: [{ messageId: 'sharedFile', ...valuePosition(sharedDisguised, 'fileNumber: "ＸD-0001 "') }],
    },
    {
      name: 'three households on one file: each later one is reported against the first',
      text: thirdHousehold,
      errors: [
        { messageId: 'sharedFile', ...valuePosition(thirdHousehold, 'fileNumber: XD-0001', 2), message: /李某某/ },
        { messageId: 'sharedFile', ...valuePosition(thirdHousehold, 'fileNumber: XD-0001', 3), message: /"王某某" shares file number XD-0001 with "张某某"/ },
      ],
    },
  ],
});
