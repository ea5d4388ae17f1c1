import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const noParties = removeLine(base, 'parties: [');
const oneParty = replaceOnce(base, 'parties: [太原市小店区人民政府, 测试建设投资有限公司]', 'parties: [太原市小店区人民政府]');
const noNumber = replaceOnce(base, 'kind: purchase-of-service-agreement, number: 小政购〔2016〕1号,', 'kind: purchase-of-service-agreement,');
const wrongKind = replaceOnce(base, 'document: d-agreement', 'document: d-budget');

testRule('purchase-agreement-signed', {
  valid: [{ name: 'signed text with number and both parties', text: base }],
  invalid: [
    { name: 'no parties', text: noParties, errors: [{ messageId: 'missingParties', ...positionOf(noParties, 'id: agr-1') }] },
    { name: 'one party', text: oneParty, errors: [{ messageId: 'missingParties', ...positionOf(oneParty, 'parties:') }] },
    { name: 'agreement text without a number', text: noNumber, errors: [{ messageId: 'missingNumber', ...positionOf(noNumber, '{ id: d-agreement'), message: /Document "d-agreement" states no reference number/ }] },
    { name: 'the agreement names a budget resolution', text: wrongKind, errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'document: d-budget') }] },
  ],
});
