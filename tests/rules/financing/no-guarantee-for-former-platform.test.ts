import { BASE_DOSSIER, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { FORMER_PLATFORM as platform } from './former-platform.js';

const guaranteed = replaceOnce(
  platform,
  'governmentGuarantees: []',
  'governmentGuarantees:\n    - { kind: guarantee, description: 区政府担保函 }\n    - { kind: buy-back }',
);
const undeclared = replaceOnce(platform, '  governmentGuarantees: []\n', '');
const backstop = (issuer: string, kind = 'backstop-letter') =>
  withDocuments(platform, `{ id: d-backstop, kind: ${kind}, title: 关于测试建设投资有限公司棚改贷款还款的兜底函, issuer: ${issuer}, issued: 2016-03-20 }`);
const hiddenBackstop = backstop('太原市小店区人民政府');
const hiddenGuarantee = backstop('太原市小店区财政局', 'guarantee');
const declaredBackstop = replaceOnce(
  hiddenBackstop,
  'governmentGuarantees: []',
  'governmentGuarantees:\n    - { kind: backstop-letter, document: d-backstop }',
);
const hiddenAndUndeclared = replaceOnce(hiddenBackstop, '  governmentGuarantees: []\n', '');

testRule('no-guarantee-for-former-platform', {
  valid: [
    { name: 'an explicit empty list', text: platform },
    { name: 'not a former platform (no declaration needed)', text: BASE_DOSSIER },
    { name: 'a guarantee by a guarantee company, not a government', text: backstop('山西省融资再担保集团有限公司', 'guarantee') },
    {
      name: 'a backstop letter in the documents of an entity that is no former platform',
      text: withDocuments(BASE_DOSSIER, '{ id: d-backstop, kind: backstop-letter, issuer: 太原市小店区人民政府, issued: 2016-03-20 }'),
    },
  ],
  invalid: [
    {
      name: 'a guarantee and a buy-back',
      text: guaranteed,
      errors: [
        {
          messageId: 'guaranteed',
          ...valuePosition(guaranteed, 'kind: guarantee'),
          message: /A government gave a guarantee for the former financing platform/,
        },
        { messageId: 'guaranteed', ...valuePosition(guaranteed, 'kind: buy-back'), message: /promised a buy-back/ },
      ],
    },
    { name: 'guarantees not declared', text: undeclared, errors: [{ messageId: 'undeclared', ...valuePosition(undeclared, 'formerFinancingPlatform: true') }] },
    {
      name: 'none declared, but a government backstop letter among the documents',
      text: hiddenBackstop,
      errors: [
        {
          messageId: 'guaranteeInDocuments',
          ...valuePosition(hiddenBackstop, 'kind: backstop-letter'),
          message: /太原市小店区人民政府 issued a backstop letter for the former financing platform \(document "d-backstop"\)/,
        },
      ],
    },
    {
      name: 'none declared, but a guarantee of the finance bureau among the documents',
      text: hiddenGuarantee,
      errors: [{ messageId: 'guaranteeInDocuments', ...valuePosition(hiddenGuarantee, 'kind: guarantee') }],
    },
    {
      name: 'a declared backstop letter is reported once, where it is declared',
      text: declaredBackstop,
      errors: [{ messageId: 'guaranteed', ...valuePosition(declaredBackstop, 'kind: backstop-letter'), message: /issued a backstop letter/ }],
    },
    {
      name: 'no declaration and a backstop letter',
      text: hiddenAndUndeclared,
      errors: [
        { messageId: 'undeclared', ...valuePosition(hiddenAndUndeclared, 'formerFinancingPlatform: true') },
        { messageId: 'guaranteeInDocuments', ...valuePosition(hiddenAndUndeclared, 'kind: backstop-letter') },
      ],
    },
  ],
});
