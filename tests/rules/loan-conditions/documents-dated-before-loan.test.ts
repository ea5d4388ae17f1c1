import { BASE_DOSSIER as base, positionOf, replaceOnce } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

// The base dossier applies for its loan on 2016-04-01 and records no disbursement; its land pre-review is dated
// 2016-03-04 and its demolition announcement 2016-02-10.
const landDated = (date: string, text = base) => replaceOnce(text, 'issued: 2016-03-04', `issued: ${date}`);
const disbursed = (...dates: string[]) =>
  replaceOnce(
    base,
    '  applicationDate: 2016-04-01\n',
    `  applicationDate: 2016-04-01\n  disbursements:\n${dates.map((date) => `    - { date: ${date}, amount: 10000 }\n`).join('')}`,
  );
const issuedValue = (text: string, date: string) => {
  const at = positionOf(text, `issued: ${date}`);
  return { line: at.line, column: at.column + 'issued: '.length };
};

const afterFirst = landDated('2016-05-11', disbursed('2016-05-10', '2016-08-01'));
const outOfOrder = landDated('2016-05-02', disbursed('2016-06-01', '2016-05-01'));
const afterBoth = landDated('2016-05-20', disbursed('2016-05-10'));
const compensationLate = replaceOnce(disbursed('2016-05-10'), 'issued: 2016-02-10', 'issued: 2016-06-10');

testRule('documents-dated-before-loan', {
  valid: [
    { name: 'every document dated before the application', text: base },
    { name: 'after the application, before the first disbursement', text: landDated('2016-04-20', disbursed('2016-05-10')) },
    { name: 'on the day of the first disbursement', text: landDated('2016-05-10', disbursed('2016-05-10', '2016-08-01')) },
    { name: 'on the earliest disbursement, listed second', text: landDated('2016-05-01', disbursed('2016-06-01', '2016-05-01')) },
    { name: 'after the application, no disbursement yet, before the as-of date', text: landDated('2016-06-01'), asOf: '2016-12-31' },
    { name: 'no disbursement, dated on the as-of day itself', text: landDated('2016-04-30'), asOf: '2016-04-30' },
    {
      name: 'a late document that no loan condition uses (the unused purchase plan)',
      text: replaceOnce(disbursed('2016-05-10'), 'issued: 2016-02-21', 'issued: 2016-09-01'),
    },
  ],
  invalid: [
    {
      name: 'dated the day after the first disbursement',
      text: afterFirst,
      errors: [
        {
          messageId: 'afterFirstDisbursement',
          ...issuedValue(afterFirst, '2016-05-11'),
          message: /dated 2016-05-11, after the first disbursement on 2016-05-10/,
        },
      ],
    },
    {
      name: 'the first disbursement is the earliest date, not the first listed',
      text: outOfOrder,
      errors: [{ messageId: 'afterFirstDisbursement', ...issuedValue(outOfOrder, '2016-05-02'), message: /first disbursement on 2016-05-01/ }],
    },
    {
      name: 'no disbursement: judged against the as-of date, and the message says so',
      text: landDated('2016-05-01'),
      asOf: '2016-04-30',
      errors: [
        {
          messageId: 'afterAsOfNoDisbursement',
          ...issuedValue(landDated('2016-05-01'), '2016-05-01'),
          message: /after the as-of date 2016-04-30 \(the dossier records no disbursement/,
        },
      ],
    },
    {
      name: 'after the first disbursement and after the as-of date',
      text: afterBoth,
      asOf: '2016-05-15',
      errors: [
        // Same position: ordered by message, "after the as-of" before "after the first".
        { messageId: 'afterAsOf', ...issuedValue(afterBoth, '2016-05-20'), message: /after the as-of date 2016-05-15$/ },
        { messageId: 'afterFirstDisbursement', ...issuedValue(afterBoth, '2016-05-20') },
      ],
    },
    {
      name: 'a compensation document dated after the first disbursement',
      text: compensationLate,
      errors: [{ messageId: 'afterFirstDisbursement', ...issuedValue(compensationLate, '2016-06-10') }],
    },
  ],
});
