import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

/** The base agreement signed on `signed`, buying construction works. */
const signedOn = (signed: string) =>
  replaceOnce(
    replaceOnce(
      base,
      'number: 小政购〔2016〕1号, issuer: 太原市小店区人民政府, issued: 2016-01-28',
      `number: 小政购〔2017〕1号, issuer: 太原市小店区人民政府, issued: ${signed}`,
    ),
    'scope: [land-acquisition-demolition, resettlement-housing, public-infrastructure]',
    'scope: [land-acquisition-demolition, construction-works]',
  );
const onTheDay = signedOn('2017-05-28');

testRule('purchase-of-service-limits', {
  valid: [
    { name: 'an agreement signed the day before 87号', text: signedOn('2017-05-27'), asOf: '2017-06-30' },
    { name: 'judged the day before 87号 took effect', text: onTheDay, asOf: '2017-05-27' },
  ],
  invalid: [
    {
      name: 'an agreement signed on the day 87号 took effect',
      text: onTheDay,
      asOf: '2017-05-28',
      errors: [
        {
          messageId: 'constructionWorks',
          ...positionOf(onTheDay, 'construction-works'),
          message: /shantytown renovation follows its own rules \(part 三 of the same document\): verify/,
        },
        { messageId: 'financingOnPurchase', ...valuePosition(onTheDay, 'basis: agr-1'), message: /follows its own rules .*: verify which applies/ },
      ],
    },
  ],
});
