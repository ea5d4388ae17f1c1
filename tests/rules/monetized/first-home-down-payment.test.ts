import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const withDownPayment = (percent: string) =>
  replaceOnce(base, 'disclosure: d-disclosure }', `disclosure: d-disclosure, mortgage: { firstHomeDownPaymentPercent: ${percent} } }`);
const twenty = withDownPayment('20');
const fifteen = withDownPayment('15');

testRule('first-home-down-payment', {
  valid: [
    { name: 'no mortgage terms stated', text: base },
    { name: '25% under the 25% floor', text: withDownPayment('25'), asOf: '2016-01-05' },
    { name: '20% on 2016-02-02, the day the floor became 20%', text: twenty, asOf: '2016-02-02' },
    { name: 'before any floor was in force (as of 2015-09-23)', text: fifteen, asOf: '2015-09-23' },
  ],
  invalid: [
    {
      name: '20% on 2016-02-01, when the floor was still 25%',
      text: twenty,
      asOf: '2016-02-01',
      errors: [{ messageId: 'belowFloor', ...valuePosition(twenty, 'firstHomeDownPaymentPercent: 20'), message: /20% is below the 25% floor in force on 2016-02-01/ }],
    },
    {
      name: '15% under the 20% floor',
      text: fifteen,
      asOf: '2020-01-01',
      errors: [{ messageId: 'belowFloor', ...valuePosition(fifteen, 'firstHomeDownPaymentPercent: 15'), message: /below the 20% floor/ }],
    },
    {
      name: '24.9% on the first day of the 2015-09-24 floor',
      text: withDownPayment('24.9'),
      asOf: '2015-09-24',
      errors: [{ messageId: 'belowFloor', ...valuePosition(withDownPayment('24.9'), 'firstHomeDownPaymentPercent: 24.9') }],
    },
  ],
});
