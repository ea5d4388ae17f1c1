import { BASE_DOSSIER as base, positionOf, replaceOnce } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

// The base dossier applies for its loan on 2016-04-01; its land pre-review is dated 2016-03-04.
const landDated = (date: string) => replaceOnce(base, 'issued: 2016-03-04', `issued: ${date}`);
const issuedValue = (text: string, date: string) => {
  const at = positionOf(text, `issued: ${date}`);
  return { line: at.line, column: at.column + 'issued: '.length };
};

testRule('documents-dated-before-loan', {
  valid: [
    { name: 'every document dated before the application', text: base },
    { name: 'a document dated on the application day itself', text: landDated('2016-04-01') },
    { name: 'a document dated on the as-of day itself', text: landDated('2016-04-01'), asOf: '2016-04-01' },
    {
      name: 'a late document that no loan condition uses (the unused purchase plan)',
      text: replaceOnce(base, 'issued: 2016-02-21', 'issued: 2016-09-01'),
    },
  ],
  invalid: [
    {
      name: 'dated the day after the application',
      text: landDated('2016-04-02'),
      errors: [{ messageId: 'afterApplication', ...issuedValue(landDated('2016-04-02'), '2016-04-02'), message: /dated 2016-04-02, after the loan application on 2016-04-01/ }],
    },
    {
      name: 'dated after the as-of date as well',
      text: landDated('2016-05-01'),
      asOf: '2016-04-30',
      errors: [
        // Same position: ordered by message, "after the as-of" before "after the loan".
        { messageId: 'afterAsOf', ...issuedValue(landDated('2016-05-01'), '2016-05-01'), message: /after the as-of date 2016-04-30/ },
        { messageId: 'afterApplication', ...issuedValue(landDated('2016-05-01'), '2016-05-01') },
      ],
    },
    {
      name: 'a compensation document dated after the application',
      text: replaceOnce(base, 'issued: 2016-02-10', 'issued: 2016-06-10'),
      errors: [{ messageId: 'afterApplication', ...issuedValue(replaceOnce(base, 'issued: 2016-02-10', 'issued: 2016-06-10'), '2016-06-10') }],
    },
  ],
});
