import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const none = replaceOnce(base, ', disclosure: d-disclosure }', ' }');
const wrongKind = replaceOnce(base, 'disclosure: d-disclosure', 'disclosure: d-survey');

testRule('monetized-disclosure', {
  valid: [{ name: 'disclosure referred to', text: base }],
  invalid: [
    { name: 'no disclosure', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'monetized: {') }] },
    { name: 'a survey given as the disclosure', text: wrongKind, errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'disclosure: d-survey') }] },
  ],
});
