import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const adbc = replaceOnce(
  base,
  'lender: { name: 国家开发银行山西省分行, kind: china-development-bank }',
  'lender: { name: 中国农业发展银行太原分行, kind: agricultural-development-bank }',
);
const category = (name: string) => replaceOnce(adbc, 'category: shantytown', `category: ${name}`);

testRule('adbc-lending-scope', {
  valid: [
    { name: 'ADBC for an urban village', text: category('urban-village') },
    { name: 'ADBC for rural dilapidated housing', text: category('rural-dilapidated-housing') },
    { name: 'ADBC for supporting infrastructure', text: category('supporting-infrastructure') },
    { name: 'CDB for a shantytown', text: base },
  ],
  invalid: [
    {
      name: 'ADBC for an urban shantytown',
      text: adbc,
      errors: [{ messageId: 'outsideScope', ...valuePosition(adbc, 'kind: agricultural-development-bank'), message: /category shantytown/ }],
    },
    {
      name: 'ADBC for urban dilapidated housing',
      text: category('urban-dilapidated-housing'),
      errors: [{ messageId: 'outsideScope', ...valuePosition(category('urban-dilapidated-housing'), 'kind: agricultural-development-bank') }],
    },
  ],
});
