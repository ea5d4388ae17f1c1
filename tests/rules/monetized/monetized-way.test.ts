import { BASE_DOSSIER as base, positionOf, replaceOnce } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const noWays = replaceOnce(base, 'monetized: { ways: [free-use], ', 'monetized: { ');

testRule('monetized-way', {
  valid: [
    { name: 'one of the three ways', text: base },
    { name: 'two ways', text: replaceOnce(base, 'ways: [free-use]', 'ways: [government-purchase, platform-selection]') },
  ],
  invalid: [{ name: 'no way stated', text: noWays, errors: [{ messageId: 'missing', ...positionOf(noWays, 'monetized: {') }] }],
});
