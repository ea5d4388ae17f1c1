import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const scope = 'scope: [land-acquisition-demolition, resettlement-housing, public-infrastructure]';
const excluded = replaceOnce(base, scope, 'scope: [land-acquisition-demolition, commercial-housing, revenue-infrastructure]');
const noScope = removeLine(base, 'scope: [');

testRule('purchase-scope', {
  valid: [
    { name: 'the three allowed items', text: base },
    { name: 'construction works are not excluded by the notice itself', text: replaceOnce(base, scope, 'scope: [construction-works]') },
  ],
  invalid: [
    {
      name: 'commercial housing and revenue infrastructure',
      text: excluded,
      errors: [
        { messageId: 'excluded', ...positionOf(excluded, 'commercial-housing'), message: /commercial-housing/ },
        { messageId: 'excluded', ...positionOf(excluded, 'revenue-infrastructure'), message: /revenue-infrastructure/ },
      ],
    },
    { name: 'no scope', text: noScope, errors: [{ messageId: 'missingScope', ...positionOf(noScope, 'id: agr-1') }] },
  ],
});
