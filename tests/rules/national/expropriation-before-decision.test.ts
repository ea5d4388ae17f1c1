import { BASE_DOSSIER, positionOf, removeLine, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

/** The base dossier with an expropriation decision of 2016-02-20 and everything the regulation puts before it. */
const base = withDocuments(
  replaceOnce(
    BASE_DOSSIER,
    'components:\n',
    `expropriation:
  decision: d-decision
  commentPeriod: { from: 2016-01-11, to: 2016-02-09, document: d-publication }
  riskAssessment: d-risk
  compensationFunds: { account: 小店区房屋征收补偿资金专户, bank: 国家开发银行山西省分行, document: d-funds }
components:
`,
  ),
  '{ id: d-publication, kind: compensation-plan-publication, issuer: 太原市小店区人民政府, issued: 2016-01-11 }',
  '{ id: d-risk, kind: social-stability-risk-assessment, issuer: 太原市小店区人民政府, issued: 2016-02-15 }',
  '{ id: d-funds, kind: compensation-funds-confirmation, issuer: 太原市小店区财政局, issued: 2016-02-18 }',
  '{ id: d-decision, kind: expropriation-decision, number: 小政发〔2016〕9号, issuer: 太原市小店区人民政府, issued: 2016-02-20 }',
);
const COMMENT = 'commentPeriod: { from: 2016-01-11, to: 2016-02-09, document: d-publication }';
const commentTo = (to: string) => replaceOnce(base, COMMENT, `commentPeriod: { from: 2016-01-11, to: ${to}, document: d-publication }`);
const short = commentTo('2016-02-08');
const endsOnDecision = commentTo('2016-02-20');
const noComment = removeLine(base, 'commentPeriod:');
const noRisk = removeLine(base, 'riskAssessment: d-risk');
const lateRisk = replaceOnce(
  base,
  'kind: social-stability-risk-assessment, issuer: 太原市小店区人民政府, issued: 2016-02-15',
  'kind: social-stability-risk-assessment, issuer: 太原市小店区人民政府, issued: 2016-02-21',
);
const noFunds = removeLine(base, 'compensationFunds:');
const noConfirmation = replaceOnce(base, ', document: d-funds }', ' }');
const lateFunds = replaceOnce(base, 'issuer: 太原市小店区财政局, issued: 2016-02-18', 'issuer: 太原市小店区财政局, issued: 2016-03-01');
const riskIsAnOpinion = replaceOnce(base, 'riskAssessment: d-risk', 'riskAssessment: d-plan');

testRule('expropriation-before-decision', {
  valid: [
    { name: 'a 30-day comment period, the assessment and the funds before the decision', text: base },
    { name: 'no expropriation decision in the dossier', text: BASE_DOSSIER },
    {
      name: 'the assessment and the funds on the day of the decision',
      text: replaceOnce(replaceOnce(base, 'issued: 2016-02-15', 'issued: 2016-02-20'), 'issued: 2016-02-18', 'issued: 2016-02-20'),
    },
  ],
  invalid: [
    {
      name: 'a comment period of 29 days',
      text: short,
      errors: [
        {
          messageId: 'commentTooShort',
          ...valuePosition(short, 'to: 2016-02-08'),
          message: /from 2016-01-11 to 2016-02-08 lasts 29 days, fewer than the 30 of Art\. 10/,
        },
      ],
    },
    {
      name: 'the decision on the last day of the comment period',
      text: endsOnDecision,
      errors: [{ messageId: 'decidedDuringComment', ...valuePosition(endsOnDecision, 'decision: d-decision') }],
    },
    { name: 'no comment period', text: noComment, errors: [{ messageId: 'missingCommentPeriod', ...positionOf(noComment, 'expropriation:') }] },
    { name: 'no risk assessment', text: noRisk, errors: [{ messageId: 'missingRiskAssessment', ...positionOf(noRisk, 'expropriation:') }] },
    {
      name: 'the risk assessment after the decision',
      text: lateRisk,
      errors: [
        {
          messageId: 'riskAssessmentAfterDecision',
          ...valuePosition(lateRisk, 'issued: 2016-02-21', 2),
          message: /\(2016-02-21\) comes after the expropriation decision \(2016-02-20\)/,
        },
      ],
    },
    {
      name: 'a planning opinion given as the risk assessment',
      text: riskIsAnOpinion,
      errors: [{ messageId: 'wrongKind', ...valuePosition(riskIsAnOpinion, 'riskAssessment: d-plan') }],
    },
    { name: 'no dedicated account', text: noFunds, errors: [{ messageId: 'missingFunds', ...positionOf(noFunds, 'expropriation:') }] },
    {
      name: 'an account without the confirmation that the funds are in it',
      text: noConfirmation,
      errors: [{ messageId: 'missingFundsConfirmation', ...positionOf(noConfirmation, 'compensationFunds:') }],
    },
    {
      name: 'the funds in place after the decision',
      text: lateFunds,
      errors: [
        {
          messageId: 'fundsAfterDecision',
          ...valuePosition(lateFunds, 'issued: 2016-03-01', 2),
          message: /confirmed in place on 2016-03-01, after the expropriation decision \(2016-02-20\)/,
        },
      ],
    },
  ],
});
