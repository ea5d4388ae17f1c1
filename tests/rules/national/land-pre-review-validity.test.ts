import { BASE_DOSSIER as base, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

// The land pre-review opinion of the base dossier is dated 2016-03-04; its loan is applied for on 2016-04-01.
const applying = (date: string) => replaceOnce(base, 'applicationDate: 2016-04-01', `applicationDate: ${date}`);
const expired = applying('2018-03-05');
const printedValidity = replaceOnce(base, 'issuer: 太原市国土资源局, issued: 2016-03-04 }', 'issuer: 太原市国土资源局, issued: 2016-03-04, validUntil: 2016-03-31 }');
const merged = (application: string) =>
  withDocuments(
    replaceOnce(replaceOnce(base, 'landPreReview: d-land', 'landPreReview: d-merged'), 'applicationDate: 2016-04-01', `applicationDate: ${application}`),
    '{ id: d-merged, kind: land-pre-review-and-site-selection, issuer: 太原市规划和自然资源局, issued: 2019-10-08 }',
  );

testRule('land-pre-review-validity', {
  valid: [
    { name: 'applied for within the two years', text: base },
    { name: 'applied for on the last valid day', text: applying('2018-03-04') },
    { name: 'a merged opinion used in its third year', text: merged('2022-10-08') },
  ],
  invalid: [
    {
      name: 'applied for the day after two years',
      text: expired,
      errors: [{ messageId: 'expired', ...valuePosition(expired, 'issued: 2016-03-04'), message: /valid until 2018-03-04, before the loan application on 2018-03-05/ }],
    },
    {
      name: 'the validity printed on the document prevails',
      text: printedValidity,
      errors: [{ messageId: 'expired', ...valuePosition(printedValidity, 'validUntil: 2016-03-31') }],
    },
    {
      name: 'a merged opinion after its three years',
      text: merged('2022-10-09'),
      errors: [{ messageId: 'expired', ...valuePosition(merged('2022-10-09'), 'issued: 2019-10-08') }],
    },
  ],
});
