import { BASE_DOSSIER as base, replaceOnce, valuePosition, withComponent } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const startingOn = (date: string) => replaceOnce(base, 'constructionStart: 2016-05-01', `constructionStart: ${date}`);
const early = startingOn('2016-03-01');
const filedOnly = replaceOnce(early, 'kind: eia-approval', 'kind: eia-filing');
const infrastructureEarly = withComponent(
  base,
  `  - id: roads
    kind: infrastructure
    name: 配套道路
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: d-land }
    milestones: { constructionStart: 2015-12-31 }`,
);

testRule('construction-after-eia-approval', {
  valid: [
    { name: 'started two months after the approval', text: base },
    { name: 'started on the day of the approval', text: startingOn('2016-03-02') },
    { name: 'an EIA registration form is filed, not approved', text: filedOnly },
    { name: 'no start date yet', text: replaceOnce(base, 'constructionStart: 2016-05-01, ', '') },
  ],
  invalid: [
    {
      name: 'started the day before the approval',
      text: early,
      errors: [
        {
          messageId: 'startedBeforeApproval',
          ...valuePosition(early, 'constructionStart: 2016-03-01'),
          message: /"安置房" started on 2016-03-01, before its EIA approval of 2016-03-02/,
        },
      ],
    },
    {
      name: 'an infrastructure component that started before its approval',
      text: infrastructureEarly,
      errors: [{ messageId: 'startedBeforeApproval', ...valuePosition(infrastructureEarly, 'constructionStart: 2015-12-31') }],
    },
  ],
});
