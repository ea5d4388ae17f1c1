import { BASE_DOSSIER, positionOf, replaceOnce, valuePosition, withComponent } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const HOUSING_MILESTONES = 'milestones: { constructionStart: 2016-05-01, delivery: 2018-06-30 }';
const base = replaceOnce(
  BASE_DOSSIER,
  HOUSING_MILESTONES,
  'milestones: { planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2018-06-30 }',
);
const component = (kind: string, milestones: string) => `  - id: roads
    kind: ${kind}
    name: 配套道路
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: d-land }
    milestones: { ${milestones} }`;
const roads = (milestones: string) => withComponent(base, component('infrastructure', milestones));
const together = roads('planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2018-06-30');
const earlier = roads('planned: 2015-09-01, approved: 2016-03-01, constructionStart: 2016-04-01, delivery: 2018-01-31');
const lateDelivery = roads('planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2018-07-01');
const lateApprovalAndStart = roads('planned: 2015-10-01, approved: 2016-06-01, constructionStart: 2016-09-01, delivery: 2018-06-30');
const deliveryOnly = roads('delivery: 2018-06-30');
const housingPartial = withComponent(
  BASE_DOSSIER,
  component('infrastructure', 'planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2018-06-30'),
);
// Public-service facilities are not named by the 同步 sentence.
const lateFacility = withComponent(base, component('public-facility', 'delivery: 2019-06-30'));

testRule('infrastructure-delivered-with-housing', {
  valid: [
    { name: 'all four milestones on the same days as the housing', text: together },
    { name: 'every milestone earlier than the housing', text: earlier },
    { name: 'no infrastructure component', text: BASE_DOSSIER },
    { name: 'a public-service facility delivered later', text: lateFacility },
  ],
  invalid: [
    {
      name: 'delivered the day after the housing',
      text: lateDelivery,
      errors: [
        {
          messageId: 'laterThanHousing',
          ...valuePosition(lateDelivery, 'delivery: 2018-07-01'),
          message: /"配套道路" has its delivery on 2018-07-01, after the resettlement housing’s on 2018-06-30/,
        },
      ],
    },
    {
      name: 'approved and started later than the housing',
      text: lateApprovalAndStart,
      errors: [
        { messageId: 'laterThanHousing', ...valuePosition(lateApprovalAndStart, 'approved: 2016-06-01'), message: /approval on 2016-06-01/ },
        { messageId: 'laterThanHousing', ...valuePosition(lateApprovalAndStart, 'constructionStart: 2016-09-01'), message: /construction on 2016-09-01/ },
      ],
    },
    {
      name: 'infrastructure stating only its delivery',
      text: deliveryOnly,
      errors: [
        {
          messageId: 'missingMilestones',
          ...positionOf(deliveryOnly, 'milestones: { delivery: 2018-06-30 }'),
          message: /"配套道路" states no planning, approval, construction date/,
        },
      ],
    },
    {
      name: 'housing without its planning and approval dates',
      text: housingPartial,
      errors: [
        {
          messageId: 'missingMilestones',
          ...positionOf(housingPartial, 'milestones: { constructionStart: 2016-05-01, delivery: 2018-06-30 }'),
          message: /"安置房" states no planning, approval date/,
        },
      ],
    },
  ],
});
