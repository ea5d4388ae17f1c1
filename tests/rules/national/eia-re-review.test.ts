import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

// The EIA approval of the base dossier is dated 2016-03-02.
const startingOn = (date: string) => replaceOnce(base, 'constructionStart: 2016-05-01', `constructionStart: ${date}`);
const late = startingOn('2021-03-03');

testRule('eia-re-review', {
  valid: [
    { name: 'a start within five years', text: base },
    { name: 'a start exactly five years after the approval', text: startingOn('2021-03-02') },
  ],
  invalid: [
    {
      name: 'a start five years and a day after the approval',
      text: late,
      errors: [
        {
          messageId: 'reReviewNeeded',
          ...valuePosition(late, 'constructionStart: 2021-03-03'),
          message: /more than 5 years after its EIA approval of 2016-03-02; Art\. 24 of the Environmental Impact Assessment Law/,
        },
      ],
    },
  ],
});
