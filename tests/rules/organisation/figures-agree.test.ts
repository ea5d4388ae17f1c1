import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const badSum = replaceOnce(base, 'households: { total: 500, monetized: 500 }', 'households: { total: 500, monetized: 300, builtHousing: 150 }');
const badTotal = replaceOnce(base, 'households: { total: 500, monetized: 500 }', 'households: { total: 480, monetized: 480 }');
const capital = replaceOnce(base, 'projectCapital: 16000', 'projectCapital: 90000');
const loan = replaceOnce(base, 'amount: 50000', 'amount: 80001');
const budgetYear = replaceOnce(base, '{ year: 2017, document: d-budget }', '{ year: 2018, document: d-budget }');

testRule('figures-agree', {
  valid: [
    { name: 'all figures agree', text: base },
    { name: 'a loan equal to total investment', text: replaceOnce(base, 'amount: 50000', 'amount: 80000') },
  ],
  invalid: [
    {
      name: 'households by mode do not add up',
      text: badSum,
      errors: [{ messageId: 'householdSum', ...valuePosition(badSum, 'total: 500'), message: /add up to 450, not the total of 500/ }],
    },
    {
      name: 'resettlement total differs from the project',
      text: badTotal,
      errors: [{ messageId: 'householdTotal', ...valuePosition(badTotal, 'total: 480') }],
    },
    { name: 'capital above investment', text: capital, errors: [{ messageId: 'capitalAboveInvestment', ...valuePosition(capital, 'projectCapital: 90000') }] },
    { name: 'loan above investment', text: loan, errors: [{ messageId: 'loanAboveInvestment', ...valuePosition(loan, 'amount: 80001') }] },
    { name: 'a budget year outside the term', text: budgetYear, errors: [{ messageId: 'budgetOutsideTerm', ...valuePosition(budgetYear, 'year: 2018') }] },
  ],
});
