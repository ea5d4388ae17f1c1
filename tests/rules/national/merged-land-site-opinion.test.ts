import { BASE_DOSSIER, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

/** One merged opinion in both the planning and the land slots, of the given date, loan applied for in 2019. */
const merged = (issued: string) =>
  withDocuments(
    replaceOnce(
      replaceOnce(BASE_DOSSIER, 'planning: d-plan\n      landPreReview: d-land', 'planning: d-merged\n      landPreReview: d-merged'),
      'applicationDate: 2016-04-01',
      'applicationDate: 2019-12-01',
    ),
    `{ id: d-merged, kind: land-pre-review-and-site-selection, issuer: 太原市规划和自然资源局, issued: ${issued} }`,
  );
const early = merged('2019-08-31');

testRule('merged-land-site-opinion', {
  valid: [{ name: 'a merged opinion of 2019-09-01 serves both slots', text: merged('2019-09-01') }],
  invalid: [
    {
      name: 'a merged opinion of 2019-08-31 serves neither',
      text: early,
      errors: [
        { messageId: 'tooEarly', ...valuePosition(early, 'issued: 2019-08-31'), message: /cannot serve as the land pre-review opinion/ },
        { messageId: 'tooEarly', ...valuePosition(early, 'issued: 2019-08-31'), message: /cannot serve as the planning opinion/ },
      ],
    },
  ],
});
