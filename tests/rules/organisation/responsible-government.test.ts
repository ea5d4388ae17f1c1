import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const none = removeLine(base, 'responsibleGovernment:');
const bureau = replaceOnce(base, 'responsibleGovernment: 太原市小店区人民政府', 'responsibleGovernment: 太原市住房和城乡建设局');
const otherCity = replaceOnce(base, 'responsibleGovernment: 太原市小店区人民政府', 'responsibleGovernment: 大同市平城区人民政府');

testRule('responsible-government', {
  valid: [
    { name: 'the county government', text: base },
    { name: 'the city government', text: replaceOnce(base, 'responsibleGovernment: 太原市小店区人民政府', 'responsibleGovernment: 太原市人民政府') },
  ],
  invalid: [
    { name: 'not named', text: none, errors: [{ messageId: 'missing', ...positionOf(none, 'project:') }] },
    {
      name: 'a bureau, not a government',
      text: bureau,
      errors: [{ messageId: 'notLocalGovernment', ...valuePosition(bureau, 'responsibleGovernment: 太原市住房和城乡建设局') }],
    },
    {
      name: 'the government of another place',
      text: otherCity,
      errors: [{ messageId: 'notLocalGovernment', ...valuePosition(otherCity, 'responsibleGovernment: 大同市平城区人民政府') }],
    },
  ],
});
