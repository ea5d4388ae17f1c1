import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const selection = '  selection: { method: public-tender, document: d-selection }\n';
const none = replaceOnce(base, selection, '');
const designated = replaceOnce(base, 'method: public-tender, document: d-selection', 'method: direct-designation, document: d-selection');
const noDocument = replaceOnce(base, 'method: public-tender, document: d-selection', 'method: competitive-consultation');
const concessionOnly = replaceOnce(none, 'kind: purchase-of-service\n', 'kind: concession\n');

testRule('public-selection', {
  valid: [
    { name: 'public tender with its document', text: base },
    { name: 'no purchase-of-service agreement: not required', text: concessionOnly },
  ],
  invalid: [
    { name: 'selection not stated', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'entity:') }] },
    {
      name: 'direct designation',
      text: designated,
      errors: [{ messageId: 'notPublic', ...valuePosition(designated, 'method: direct-designation'), message: /direct-designation is not public/ }],
    },
    { name: 'no selection document', text: noDocument, errors: [{ messageId: 'missingDocument', ...positionOf(noDocument, 'selection:') }] },
  ],
});
