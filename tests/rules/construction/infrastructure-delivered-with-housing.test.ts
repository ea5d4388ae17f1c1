import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition, withComponent } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const roads = (delivery: string) => `  - id: roads
    kind: infrastructure
    name: 配套道路
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: d-land }
    milestones: { delivery: ${delivery} }`;
const roadsWithout = `  - id: roads
    kind: infrastructure
    name: 配套道路
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: d-land }`;
const late = withComponent(base, roads('2018-07-01'));
const undated = withComponent(base, roadsWithout);
const housingUndated = replaceOnce(withComponent(base, roads('2018-06-30')), 'milestones: { constructionStart: 2016-05-01, delivery: 2018-06-30 }', 'milestones: { constructionStart: 2016-05-01 }');

testRule('infrastructure-delivered-with-housing', {
  valid: [
    { name: 'infrastructure delivered the same day as the housing', text: withComponent(base, roads('2018-06-30')) },
    { name: 'infrastructure delivered before the housing', text: withComponent(base, roads('2018-01-31')) },
    { name: 'no infrastructure component', text: base },
  ],
  invalid: [
    {
      name: 'infrastructure delivered the day after the housing',
      text: late,
      errors: [{ messageId: 'deliveredAfterHousing', ...valuePosition(late, 'delivery: 2018-07-01'), message: /"配套道路" is delivered on 2018-07-01, after the resettlement housing on 2018-06-30/ }],
    },
    { name: 'infrastructure without a delivery date', text: undated, errors: [{ messageId: 'missingDelivery', ...positionOf(undated, 'id: roads') }] },
    { name: 'housing without a delivery date', text: housingUndated, errors: [{ messageId: 'missingDelivery', ...positionOf(housingUndated, 'milestones: { constructionStart') }] },
  ],
});
