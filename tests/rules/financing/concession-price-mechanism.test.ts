import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const concession = (extra: string) =>
  withDocuments(
    replaceOnce(base, 'resettlement:\n', `  - { id: agr-heat, kind: concession, document: d-concession${extra} }\nresettlement:\n`),
    '{ id: d-concession, kind: concession-agreement, issuer: 太原市小店区人民政府, issued: 2016-02-01 }',
  );
const withMechanism = concession(', priceMechanism: 按供热价格收费，不足部分财政补贴');
const without = concession('');

testRule('concession-price-mechanism', {
  valid: [
    { name: 'a concession with its price mechanism', text: withMechanism },
    { name: 'no concession', text: base },
  ],
  invalid: [
    { name: 'a concession without one', text: without, errors: [{ messageId: 'missingMechanism', ...positionOf(without, '{ id: agr-heat') }] },
    {
      name: 'a concession whose document is another kind',
      text: replaceOnce(withMechanism, 'document: d-concession', 'document: d-budget'),
      errors: [{ messageId: 'wrongKind', ...valuePosition(replaceOnce(withMechanism, 'document: d-concession', 'document: d-budget'), 'document: d-budget, priceMechanism') }],
    },
  ],
});

const ppp = (extra: string, documentKind = 'ppp-contract') =>
  withDocuments(
    replaceOnce(base, 'resettlement:\n', `  - { id: agr-ppp, kind: ppp-contract, document: d-ppp${extra} }\nresettlement:\n`),
    `{ id: d-ppp, kind: ${documentKind}, issuer: 太原市小店区人民政府, issued: 2016-02-01 }`,
  );
const pppWithout = ppp('');
const pppOnConcessionText = ppp(', priceMechanism: 使用者付费加可行性缺口补助', 'concession-agreement');

testRule('concession-price-mechanism', {
  valid: [{ name: 'a PPP contract with its price mechanism', text: ppp(', priceMechanism: 使用者付费加可行性缺口补助') }],
  invalid: [
    { name: 'a PPP contract without one', text: pppWithout, errors: [{ messageId: 'missingMechanism', ...positionOf(pppWithout, '{ id: agr-ppp'), message: /The PPP contract "agr-ppp" states no price/ }] },
    { name: 'a PPP contract whose text is a concession agreement', text: pppOnConcessionText, errors: [{ messageId: 'wrongKind', ...valuePosition(pppOnConcessionText, 'document: d-ppp, priceMechanism') }] },
  ],
});
