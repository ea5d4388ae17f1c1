import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const missing2017 = replaceOnce(base, 'budget: [{ year: 2016, document: d-budget }, { year: 2017, document: d-budget }]', 'budget: [{ year: 2016, document: d-budget }]');
const noBudget = removeLine(base, 'budget: [');
const noTerm = removeLine(base, 'term: {');

testRule('purchase-budget-years', {
  valid: [{ name: 'every year of the term budgeted', text: base }],
  invalid: [
    { name: 'one year missing', text: missing2017, errors: [{ messageId: 'missingYears', ...positionOf(missing2017, 'budget:'), message: /no budget entry for 2017$/ }] },
    { name: 'no budget at all', text: noBudget, errors: [{ messageId: 'missingYears', ...positionOf(noBudget, 'term:'), message: /2016, 2017/ }] },
    { name: 'no term', text: noTerm, errors: [{ messageId: 'missingTerm', ...positionOf(noTerm, 'id: agr-1') }] },
  ],
});
