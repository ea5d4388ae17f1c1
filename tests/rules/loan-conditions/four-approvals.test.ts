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

const bridgeLoan = (text: string) => replaceOnce(text, 'product: project-loan', 'product: bridge-loan');
const declared = (text: string, slot: string, reason: string, basis: string) =>
  replaceOnce(
    text,
    '    milestones: { constructionStart: 2016-05-01',
    `    approvalsNotRequired:\n      ${slot}: { reason: ${reason}, basis: ${basis} }\n    milestones: { constructionStart: 2016-05-01`,
  );
const landNotRequired = declared(withoutLand, 'landPreReview', 'land-already-approved', '自然资规〔2019〕2号 一');
const bridgeWithoutLand = bridgeLoan(withoutLand);
const rural = replaceOnce(withoutLand, 'category: shantytown', 'category: rural-dilapidated-housing');
const serving = (category: string) =>
  replaceOnce(
    replaceOnce(withoutLand, 'category: shantytown', 'category: supporting-infrastructure'),
    '    milestones: { constructionStart: 2016-05-01',
    `    supports: { category: ${category} }\n    milestones: { constructionStart: 2016-05-01`,
  );
const infrastructureForUrbanVillage = serving('urban-village');

testRule('four-approvals', {
  valid: [
    { name: 'a land pre-review declared not required (land already approved for construction)', text: landNotRequired },
    {
      name: 'a site-selection opinion declared not required (land by 出让)',
      text: declared(removeLine(base, 'planning: d-plan'), 'planning', 'land-by-transfer', '城乡规划法 第三十六条'),
    },
    { name: 'a rural dilapidated-housing project: rebuilt houses are not resettlement-housing construction', text: rural },
    { name: 'infrastructure serving rural dilapidated housing', text: serving('rural-dilapidated-housing') },
    { name: 'a resettlement-housing component with all four approvals', text: base },
    {
      name: 'a demolition component needs no approvals',
      text: replaceOnce(
        base,
        '  - id: demolition\n    kind: demolition\n    name: 拆迁\n',
        '  - id: demolition\n    kind: demolition\n    name: 拆迁\n    approvals: {}\n',
      ),
    },
    {
      name: 'two components sharing approval documents',
      text: replaceOnce(
        infrastructureMissingEia,
        '      feasibilityStudy: d-fsr\n      planning',
        '      feasibilityStudy: d-fsr\n      environmentalImpact: d-eia\n      planning',
      ),
    },
  ],
  invalid: [
    {
      name: 'a bridge loan without the land pre-review: a warning, not the project-loan error',
      text: bridgeWithoutLand,
      errors: [{ messageId: 'missingForBridgeLoan', ...approvalsAt(bridgeWithoutLand), message: /bridge loan is not lent against the four approvals/ }],
    },
    {
      name: 'supporting infrastructure of an urban village still needs the four approvals',
      text: infrastructureForUrbanVillage,
      errors: [{ messageId: 'missing', ...approvalsAt(infrastructureForUrbanVillage) }],
    },
    {
      name: 'a declaration for another slot does not excuse the missing one',
      text: declared(withoutLand, 'planning', 'land-by-transfer', '城乡规划法 第三十六条'),
      errors: [{ messageId: 'missing', ...approvalsAt(withoutLand) }],
    },
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
