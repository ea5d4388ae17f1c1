import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const approvalsAt = (text: string) => positionOf(text, 'approvals:');

const withoutLand = removeLine(base, 'landPreReview: d-land');
const withoutAllApprovals = base.replace(/    approvals:\n(      .*\n)+/, '');
const infrastructureMissingEia = replaceOnce(
  base,
  'documents:\n',
  `  - id: roads
    kind: infrastructure
    name: 配套道路
    approvals:
      feasibilityStudy: d-fsr
      planning: d-plan
      landPreReview: d-land
documents:\n`,
);

testRule('four-approvals', {
  valid: [
    { name: 'a resettlement-housing component with all four approvals', text: base },
    {
      name: 'a demolition component needs no approvals',
      text: replaceOnce(base, '  - id: demolition\n    kind: demolition\n    name: 拆迁\n', '  - id: demolition\n    kind: demolition\n    name: 拆迁\n    approvals: {}\n'),
    },
    { name: 'two components sharing approval documents', text: replaceOnce(infrastructureMissingEia, '      feasibilityStudy: d-fsr\n      planning', '      feasibilityStudy: d-fsr\n      environmentalImpact: d-eia\n      planning') },
  ],
  invalid: [
    {
      name: 'missing land pre-review: one finding at the approvals key',
      text: withoutLand,
      errors: [{ messageId: 'missing', ...approvalsAt(withoutLand), message: /land pre-review opinion/ }],
    },
    {
      name: 'no approvals at all: four findings at the component',
      text: withoutAllApprovals,
      errors: Array.from({ length: 4 }, () => ({ messageId: 'missing', ...positionOf(withoutAllApprovals, 'id: housing') })),
    },
    {
      name: 'an infrastructure component missing its EIA approval',
      text: infrastructureMissingEia,
      errors: [{ messageId: 'missing', ...positionOf(infrastructureMissingEia, 'approvals:', 2), message: /配套道路: environmental-impact approval/ }],
    },
    {
      name: 'a public facility is a construction component too',
      text: replaceOnce(withoutLand, 'kind: resettlement-housing', 'kind: public-facility'),
      errors: [{ messageId: 'missing', ...approvalsAt(withoutLand) }],
    },
    {
      name: 'an approval slot pointing at a document of another kind',
      text: replaceOnce(base, 'planning: d-plan', 'planning: d-land'),
      errors: [
        { messageId: 'missing', ...approvalsAt(base) },
        { messageId: 'wrongKind', ...positionOf(base, 'd-plan'), message: /kind land-pre-review; expected planning opinion/ },
      ],
    },
  ],
});
