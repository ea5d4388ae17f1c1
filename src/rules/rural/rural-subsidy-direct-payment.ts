import { enumText } from '../../dossier/enum-labels.js';
import { defineRule } from '../define-rule.js';
import { householdPath, ruralHouseholds } from '../support/rural-households.js';

export const ruralSubsidyDirectPayment = defineRule({
  meta: {
    id: 'rural-subsidy-direct-payment',
    severity: 'error',
    clause: 'N-2.4',
    rests: {
      quote: '要加强农村危房改造项目跟踪管理，认真落实省级补助资金，将农村危房改造补助资金纳入财政预算，由县级财政直接发放到危房改造农户',
      modal: '要',
    },
    title: { zh: '补助资金由县级财政直接发放到户', en: 'Subsidies are paid by county finance directly to households' },
    description: {
      zh: '农村危房改造补助资金纳入财政预算，由县级财政直接发放到危房改造农户；严禁截留、挤占、挪用。每户的补助须由县级财政（paidBy: county-finance）发放到农户账户（paidTo: household-account）。',
      en: 'Rural renovation subsidies are budgeted and paid by county finance directly to the household; withholding or diverting them is prohibited. Each household’s subsidy is paid by county finance (`paidBy: county-finance`) into the household’s account (`paidTo: household-account`).',
    },
    fix: {
      zh: '改由县级财政直接拨付到农户账户（一卡通），并如实填写 subsidy。',
      en: 'Have county finance pay into the household’s own account, and record it in `subsidy`.',
    },
    covers: ['N-2.4#1'],
    examples: {
      pass: `project: { category: rural-dilapidated-housing }
rural:
  households:
    - { id: h1, name: 王某, subsidy: { amount: 12000, paidBy: county-finance, paidTo: household-account } }`,
      fail: `project: { category: rural-dilapidated-housing }
rural:
  households:
    - { id: h1, name: 王某, subsidy: { amount: 12000, paidBy: village, paidTo: other } }`,
    },
    messages: {
      missing: { zh: '改造户“{household}”未写明补助发放情况', en: 'Household "{household}" has no subsidy record' },
      notCountyFinance: {
        zh: '改造户“{household}”的补助资金由{paidBy}发放，未由县级财政直接发放到农户',
        en: 'The subsidy of household "{household}" is not paid by county finance ({paidBy})',
      },
      notToHousehold: {
        zh: '改造户“{household}”的补助资金未直接发放到危房改造农户本人账户',
        en: 'The subsidy of household "{household}" is not paid into the household’s own account',
      },
    },
  },
  *check(dossier) {
    for (const { household, index } of ruralHouseholds(dossier)) {
      const subsidy = household.subsidy;
      if (!subsidy) {
        yield { messageId: 'missing', path: householdPath(index), data: { household: household.name } };
        continue;
      }
      if (subsidy.paidBy !== 'county-finance') {
        yield {
          messageId: 'notCountyFinance',
          path: householdPath(index, 'subsidy', 'paidBy'),
          data: { household: household.name, paidBy: enumText('subsidyPaidBy', subsidy.paidBy) },
        };
      }
      if (subsidy.paidTo !== 'household-account') {
        yield { messageId: 'notToHousehold', path: householdPath(index, 'subsidy', 'paidTo'), data: { household: household.name } };
      }
    }
  },
});
