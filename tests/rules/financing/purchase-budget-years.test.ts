import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const BUDGET = 'budget: [{ year: 2016, document: d-budget }, { year: 2017, document: d-budget }]';
const missing2017 = replaceOnce(base, BUDGET, 'budget: [{ year: 2016, document: d-budget }]');
const noBudget = removeLine(base, 'budget: [');
const noTerm = removeLine(base, 'term: {');
const undocumented2017 = replaceOnce(base, BUDGET, 'budget: [{ year: 2016, document: d-budget }, { year: 2017 }]');
const wrongDocument = replaceOnce(base, BUDGET, 'budget: [{ year: 2016, document: d-budget }, { year: 2017, document: d-agreement }]');

testRule('purchase-budget-years', {
  valid: [{ name: 'every year of the term budgeted, each with its budget document', text: base }],
  invalid: [
    {
      name: 'one year missing',
      text: missing2017,
      errors: [{ messageId: 'missingYears', ...positionOf(missing2017, 'budget:'), message: /no budget entry for 2017$/ }],
    },
    { name: 'no budget at all', text: noBudget, errors: [{ messageId: 'missingYears', ...positionOf(noBudget, 'term:'), message: /2016, 2017/ }] },
    { name: 'no term', text: noTerm, errors: [{ messageId: 'missingTerm', ...positionOf(noTerm, 'id: agr-1') }] },
    {
      name: 'a year without its budget document',
      text: undocumented2017,
      errors: [
        {
          messageId: 'missingBudgetDocument',
          ...positionOf(undocumented2017, '{ year: 2017 }'),
          message: /budget entry for 2017 of the purchase-of-service agreement "agr-1" refers to no budget document/,
        },
      ],
    },
    {
      name: 'a year backed by the agreement itself',
      text: wrongDocument,
      errors: [{ messageId: 'wrongKind', ...valuePosition(wrongDocument, 'document: d-agreement', 2) }],
    },
  ],
});
