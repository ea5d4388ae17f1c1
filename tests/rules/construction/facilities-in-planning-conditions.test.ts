import { BASE_DOSSIER, positionOf, valuePosition, withComponent, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const base = withDocuments(BASE_DOSSIER, '{ id: d-conditions, kind: planning-conditions, issuer: 太原市规划局, issued: 2016-02-26 }');
const facility = (extra: string) => `  - id: centre
    kind: public-facility
    name: 社区服务设施
    approvals: { feasibilityStudy: d-fsr, environmentalImpact: d-eia, planning: d-plan, landPreReview: d-land }${extra}`;
const complete = withComponent(base, facility('\n    planningConditions: d-conditions\n    facilities: [社区服务中心 1200㎡]'));
const noList = withComponent(base, facility('\n    planningConditions: d-conditions'));
const empty = withComponent(base, facility('\n    planningConditions: d-conditions\n    facilities: []'));
const noConditions = withComponent(base, facility('\n    facilities: [社区服务中心 1200㎡]'));
const wrongKind = withComponent(base, facility('\n    planningConditions: d-plan\n    facilities: [社区服务中心 1200㎡]'));
const nothing = withComponent(base, facility(''));

testRule('facilities-in-planning-conditions', {
  valid: [
    { name: 'planning conditions referred to and facilities listed', text: complete },
    { name: 'no public-facility component', text: BASE_DOSSIER },
  ],
  invalid: [
    { name: 'no facilities listed', text: noList, errors: [{ messageId: 'missing', ...positionOf(noList, 'id: centre') }] },
    { name: 'an empty list', text: empty, errors: [{ messageId: 'missing', ...positionOf(empty, 'id: centre') }] },
    {
      name: 'no planning conditions referred to',
      text: noConditions,
      errors: [{ messageId: 'missingConditions', ...positionOf(noConditions, 'id: centre'), message: /"社区服务设施" refers to no planning conditions/ }],
    },
    {
      name: 'a planning opinion given as the planning conditions',
      text: wrongKind,
      errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'planningConditions: d-plan') }],
    },
    {
      name: 'neither',
      text: nothing,
      errors: [
        { messageId: 'missing', ...positionOf(nothing, 'id: centre') },
        { messageId: 'missingConditions', ...positionOf(nothing, 'id: centre') },
      ],
    },
  ],
});
