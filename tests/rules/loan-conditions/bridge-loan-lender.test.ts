import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const bridge = replaceOnce(base, 'product: project-loan', 'product: bridge-loan');
const commercialBridge = replaceOnce(
  bridge,
  'lender: { name: 国家开发银行山西省分行, kind: china-development-bank }',
  'lender: { name: 某商业银行太原分行, kind: commercial-bank }',
);

testRule('bridge-loan-lender', {
  valid: [
    { name: 'a bridge loan from China Development Bank', text: bridge },
    {
      name: 'a commercial bank project loan',
      text: replaceOnce(
        base,
        'lender: { name: 国家开发银行山西省分行, kind: china-development-bank }',
        'lender: { name: 某商业银行太原分行, kind: commercial-bank }',
      ),
    },
  ],
  invalid: [
    {
      name: 'a bridge loan from a commercial bank',
      text: commercialBridge,
      errors: [{ messageId: 'wrongLender', ...valuePosition(commercialBridge, 'kind: commercial-bank'), message: /某商业银行太原分行/ }],
    },
  ],
});
