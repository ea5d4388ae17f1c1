import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const supervision = 'fundSupervision: { account: 测试棚改专项贷款资金监管专户, bank: 国家开发银行山西省分行 }';
const none = removeLine(base, 'fundSupervision:');
const noBank = replaceOnce(base, supervision, 'fundSupervision: { account: 测试棚改专项贷款资金监管专户 }');
const withAgreement = replaceOnce(base, supervision, 'fundSupervision: { account: 测试棚改专项贷款资金监管专户, agreement: d-budget }');

testRule('fund-supervision', {
  valid: [
    { name: 'account and bank', text: base },
    {
      name: 'account and a supervision agreement',
      text: replaceOnce(
        replaceOnce(withAgreement, 'agreement: d-budget', 'agreement: d-fsa'),
        'loan:\n',
        '  - { id: d-fsa, kind: fund-supervision-agreement, issuer: 国家开发银行山西省分行, issued: 2016-03-20 }\nloan:\n',
      ),
    },
  ],
  invalid: [
    { name: 'no fund supervision', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'loan:') }] },
    { name: 'an account without its bank', text: noBank, errors: [{ messageId: 'missingBank', ...positionOf(noBank, 'fundSupervision:') }] },
    {
      name: 'an agreement of the wrong kind',
      text: withAgreement,
      errors: [{ messageId: 'wrongKind', ...valuePosition(withAgreement, 'agreement: d-budget') }],
    },
  ],
});
