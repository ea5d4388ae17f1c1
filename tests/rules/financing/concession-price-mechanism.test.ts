import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

/** The base dossier with one more agreement of `kind`, whose text is a document of `documentKind`. */
const contract = (id: string, kind: string, documentKind: string, extra: string) =>
  withDocuments(
    replaceOnce(base, 'resettlement:\n', `  - { id: ${id}, kind: ${kind}, document: d-${id}${extra} }\nresettlement:\n`),
    `{ id: d-${id}, kind: ${documentKind}, issuer: 太原市小店区人民政府, issued: 2016-02-01 }`,
  );
const MECHANISM = ', priceMechanism: 按供热价格收费，不足部分财政补贴';
const concession = contract('agr-heat', 'concession', 'concession-agreement', MECHANISM);
const concessionWithout = contract('agr-heat', 'concession', 'concession-agreement', '');
const concessionOnBudget = replaceOnce(concession, 'document: d-agr-heat', 'document: d-budget');
const ppp = contract('agr-ppp', 'ppp-contract', 'ppp-contract', MECHANISM);
const pppWithout = contract('agr-ppp', 'ppp-contract', 'ppp-contract', '');
const pppOnConcessionText = contract('agr-ppp', 'ppp-contract', 'concession-agreement', MECHANISM);

testRule('concession-price-mechanism', {
  valid: [
    { name: 'a concession with its price mechanism', text: concession },
    { name: 'a PPP contract with its price mechanism', text: ppp },
    { name: 'no concession or PPP contract', text: base },
  ],
  invalid: [
    {
      name: 'a concession without one',
      text: concessionWithout,
      errors: [{ messageId: 'missingMechanism', ...positionOf(concessionWithout, '{ id: agr-heat'), message: /The concession "agr-heat" states no price/ }],
    },
    {
      name: 'a concession whose document is another kind',
      text: concessionOnBudget,
      errors: [{ messageId: 'wrongKind', ...valuePosition(concessionOnBudget, 'document: d-budget, priceMechanism') }],
    },
    {
      name: 'a PPP contract without one',
      text: pppWithout,
      errors: [{ messageId: 'missingMechanism', ...positionOf(pppWithout, '{ id: agr-ppp'), message: /The PPP contract "agr-ppp" states no price/ }],
    },
    {
      name: 'a PPP contract whose text is a concession agreement',
      text: pppOnConcessionText,
      errors: [{ messageId: 'wrongKind', ...valuePosition(pppOnConcessionText, 'document: d-agr-ppp, priceMechanism') }],
    },
  ],
});
