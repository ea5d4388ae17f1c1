import { BASE_DOSSIER as base, positionOf, removeLine } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const none = removeLine(base, '  basis: agr-1');

testRule('financing-basis', {
  valid: [{ name: 'the loan rests on the purchase-of-service agreement', text: base }],
  invalid: [{ name: 'no basis', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'loan:') }] }],
});
