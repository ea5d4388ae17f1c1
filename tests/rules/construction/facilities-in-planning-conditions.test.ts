import { BASE_DOSSIER as base, positionOf, withComponent } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const facility = (extra: string) => `  - id: centre
    kind: public-facility
    name: 社区服务设施
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: d-land }${extra}`;
const without = withComponent(base, facility(''));
const empty = withComponent(base, facility('\n    facilities: []'));

testRule('facilities-in-planning-conditions', {
  valid: [
    { name: 'facilities listed', text: withComponent(base, facility('\n    facilities: [社区服务中心 1200㎡]')) },
    { name: 'no public-facility component', text: base },
  ],
  invalid: [
    { name: 'no facilities listed', text: without, errors: [{ messageId: 'missing', ...positionOf(without, 'id: centre') }] },
    { name: 'an empty list', text: empty, errors: [{ messageId: 'missing', ...positionOf(empty, 'id: centre') }] },
  ],
});
