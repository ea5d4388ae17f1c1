import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const none = removeLine(base, 'implementationPlanFiling:');
const cityBureau = replaceOnce(base, 'filedWith: 山西省住房和城乡建设厅', 'filedWith: 太原市住房和城乡建设局');
const PLAN = 'plan: { name: 2015-2017年山西省棚户区改造规划, programme: 2015-2017, year: 2016, listingDocument: d-listing }';
const laterProgramme = replaceOnce(none, PLAN, 'plan: { name: 2018-2020年山西省棚户区改造规划, programme: 2018-2020, year: 2019, listingDocument: d-listing }');
const yearOnly = (year: number) => replaceOnce(none, PLAN, `plan: { name: 山西省棚户区改造计划, year: ${year}, listingDocument: d-listing }`);
const wrongKind = replaceOnce(base, '{ document: d-filing,', '{ document: d-listing,');

testRule('implementation-plan-filed', {
  valid: [
    { name: 'filed with the provincial department', text: base },
    { name: 'the short name of the department', text: replaceOnce(base, 'filedWith: 山西省住房和城乡建设厅', 'filedWith: 省住房城乡建设厅') },
    { name: 'a project of the 2018–2020 programme files as its own rules say', text: laterProgramme },
    { name: 'no programme stated, plan year 2019', text: yearOnly(2019) },
  ],
  invalid: [
    {
      name: 'a filing without its number',
      text: replaceOnce(base, 'number: 小政函〔2016〕2号, ', ''),
      errors: [{ messageId: 'missingNumber', ...positionOf(base, '{ id: d-filing') }],
    },
    { name: 'no filing', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'project:') }] },
    {
      name: 'no programme stated, plan year 2016, no filing',
      text: yearOnly(2016),
      errors: [{ messageId: 'missing', ...positionOf(yearOnly(2016), 'project:') }],
    },
    {
      name: 'filed with a city bureau',
      text: cityBureau,
      errors: [{ messageId: 'wrongRecipient', ...valuePosition(cityBureau, 'filedWith: 太原市住房和城乡建设局') }],
    },
    { name: 'the filing names the plan listing', text: wrongKind, errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'document: d-listing') }] },
  ],
});
