import { BASE_DOSSIER as base, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const withTerms = (percent: string, date?: string, text = base) =>
  replaceOnce(
    text,
    'disclosure: d-disclosure }',
    `disclosure: d-disclosure, mortgage: { firstHomeDownPaymentPercent: ${percent}${date ? `, date: ${date}` : ''} } }`,
  );
/** A local policy lowering the first-home floor to `value`, issued on `issued`. */
const withLocalPolicy = (text: string, value: number, issued = '2016-02-20') =>
  `${withDocuments(text, `{ id: d-local, kind: local-policy, number: 并政发〔2016〕8号, issuer: 太原市人民政府, issued: ${issued} }`)}localPolicies:\n  - { document: d-local, lowers: firstHomeDownPayment, value: ${value} }\n`;
const at = (text: string, percent: string) => valuePosition(text, `firstHomeDownPaymentPercent: ${percent}`);

const twenty = withTerms('20');
const twentyIn2016 = withTerms('20', '2016-03-01');
const localMet = withLocalPolicy(twentyIn2016, 20);
const localTwenty = withLocalPolicy(withTerms('18', '2016-03-01'), 20);
const localTooLow = withLocalPolicy(withTerms('18', '2016-03-01'), 15);
const localLater = withLocalPolicy(withTerms('20', '2016-03-01'), 20, '2016-04-01');
const localNotAllowed = withLocalPolicy(withTerms('15', '2023-10-01'), 15, '2023-09-15');

testRule('first-home-down-payment', {
  valid: [
    { name: 'no mortgage terms stated', text: base },
    { name: '25% under the 25% floor', text: withTerms('25'), asOf: '2016-01-05' },
    { name: '20% on 2023-08-31, the day the 20% notice was signed', text: twenty, asOf: '2023-08-31' },
    { name: '15% for terms set on 2024-05-17, judged years later', text: withTerms('15', '2024-05-17'), asOf: '2026-01-01' },
    { name: 'before any floor was in force (as of 2015-09-23)', text: withTerms('15'), asOf: '2015-09-23' },
  ],
  invalid: [
    {
      name: '20% in 2016 under a local policy lowering the floor to 20%: met, and the report says it rests on that policy',
      text: localMet,
      errors: [
        {
          messageId: 'localFloorApplied',
          ...at(localMet, '20'),
          message: /below the national floor of 25% but not below the 20% of the local policy "d-local".*verify that document/,
        },
      ],
    },
    {
      name: '20% on 2016-02-01, undated terms, judged at the as-of date',
      text: twenty,
      asOf: '2016-02-01',
      errors: [
        {
          messageId: 'belowFloor',
          ...at(twenty, '20'),
          message: /20% is below the 25% floor in force on 2016-02-01 \(the terms are undated, so the as-of date/,
        },
      ],
    },
    {
      name: 'terms of 2016 judged by the floor of 2016, not by the lower floor on the as-of date',
      text: twentyIn2016,
      asOf: '2024-01-01',
      errors: [
        {
          messageId: 'belowFloor',
          ...at(twentyIn2016, '20'),
          message: /below the 25% floor in force on 2016-03-01 \(the date of the mortgage terms; 银发〔2016〕26号/,
        },
      ],
    },
    {
      name: 'below the local floor the policy sets',
      text: localTwenty,
      errors: [
        {
          messageId: 'belowLocalFloor',
          ...at(localTwenty, '18'),
          message: /below the 20% floor that applies with the local policy "d-local" \(it sets 20%.*go down to 20%/,
        },
      ],
    },
    {
      name: 'a local policy below what the national rule allows counts only down to the allowed minimum',
      text: localTooLow,
      errors: [
        { messageId: 'belowLocalFloor', ...at(localTooLow, '18'), message: /below the 20% floor that applies with the local policy "d-local" \(it sets 15%/ },
      ],
    },
    {
      name: 'a local policy issued after the terms does not govern them',
      text: localLater,
      errors: [{ messageId: 'belowFloor', ...at(localLater, '20'), message: /below the 25% floor/ }],
    },
    {
      name: 'a local policy where the national rule then in force allows no lowering',
      text: localNotAllowed,
      errors: [
        {
          messageId: 'localPolicyNotAllowed',
          ...at(localNotAllowed, '15'),
          message: /below the 20% floor in force on 2023-10-01.*local policy "d-local" does not apply/,
        },
      ],
    },
    {
      name: '24.9% on the first day of the 2015-09-24 floor',
      text: withTerms('24.9'),
      asOf: '2015-09-24',
      errors: [{ messageId: 'belowFloor', ...at(withTerms('24.9'), '24.9') }],
    },
  ],
});
