import { BASE_DOSSIER, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { RURAL_DOSSIER as rural } from './rural-base.js';

const byVillage = replaceOnce(rural, 'amount: 8500, paidBy: county-finance, paidTo: household-account', 'amount: 8500, paidBy: village, paidTo: other');
const noSubsidy = replaceOnce(rural, '      subsidy: { amount: 13500, paidBy: county-finance, paidTo: household-account }\n', '');

testRule('rural-subsidy-direct-payment', {
  valid: [
    { name: 'county finance pays into the household account', text: rural },
    { name: 'not a rural project', text: BASE_DOSSIER },
  ],
  invalid: [
    {
      name: 'paid by the village to another account',
      text: byVillage,
      errors: [
        { messageId: 'notCountyFinance', ...valuePosition(byVillage, 'paidBy: village'), message: /not paid by county finance \(village\)/ },
        { messageId: 'notToHousehold', ...valuePosition(byVillage, 'paidTo: other') },
      ],
    },
    { name: 'no subsidy record', text: noSubsidy, errors: [{ messageId: 'missing', ...positionOf(noSubsidy, 'id: h1') }] },
  ],
});
