import { BASE_DOSSIER, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { FORMER_PLATFORM as platform } from './former-platform.js';

const guaranteed = replaceOnce(platform, 'governmentGuarantees: []', 'governmentGuarantees:\n    - { kind: guarantee, description: 区政府担保函 }\n    - { kind: buy-back }');
const undeclared = replaceOnce(platform, '  governmentGuarantees: []\n', '');

testRule('no-guarantee-for-former-platform', {
  valid: [
    { name: 'an explicit empty list', text: platform },
    { name: 'not a former platform (no declaration needed)', text: BASE_DOSSIER },
  ],
  invalid: [
    {
      name: 'a guarantee and a buy-back',
      text: guaranteed,
      errors: [
        { messageId: 'guaranteed', ...valuePosition(guaranteed, 'kind: guarantee'), message: /gives the former financing platform a guarantee/ },
        { messageId: 'guaranteed', ...valuePosition(guaranteed, 'kind: buy-back') },
      ],
    },
    { name: 'guarantees not declared', text: undeclared, errors: [{ messageId: 'undeclared', ...valuePosition(undeclared, 'formerFinancingPlatform: true') }] },
  ],
});
