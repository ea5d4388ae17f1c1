import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const PARTIES = 'parties: [太原市小店区人民政府, 测试建设投资有限公司]';
const withParties = (parties: string) => replaceOnce(base, PARTIES, `parties: [${parties}]`);
const noParties = removeLine(base, 'parties: [');
const oneParty = withParties('太原市小店区人民政府');
const NUMBERED = 'kind: purchase-of-service-agreement, number: 小政购〔2016〕1号,';
const noNumber = replaceOnce(base, NUMBERED, 'kind: purchase-of-service-agreement,');
const contractNumberOnly = replaceOnce(noNumber, 'document: d-agreement', 'document: d-agreement\n    contractNumber: XDGM-2016-001');
const wrongKind = replaceOnce(base, 'document: d-agreement', 'document: d-budget');
const otherEntity = withParties('太原市小店区人民政府, 另一建设有限公司');
const noGovernment = withParties('测试建设投资有限公司, 太原市某咨询有限公司');
const department = withParties('太原市小店区住房和城乡建设局, 测试建设投资有限公司');
const fullWidthSpace = withParties('太原市小店区人民政府, "测试建设投资有限公司 "');

testRule('purchase-agreement-signed', {
  valid: [
    { name: 'the government and the entity of the dossier, with a number', text: base },
    { name: 'a contract number instead of a 文号', text: contractNumberOnly },
    { name: 'a government department signs for the government', text: department },
    { name: 'the entity’s name with a trailing space', text: fullWidthSpace },
  ],
  invalid: [
    { name: 'no parties', text: noParties, errors: [{ messageId: 'missingParties', ...positionOf(noParties, 'id: agr-1') }] },
    { name: 'one party', text: oneParty, errors: [{ messageId: 'missingParties', ...positionOf(oneParty, 'parties:') }] },
    {
      name: 'neither a contract number nor a document number',
      text: noNumber,
      errors: [{ messageId: 'missingReference', ...positionOf(noNumber, 'id: agr-1'), message: /"agr-1" states no contract number/ }],
    },
    {
      name: 'the agreement names a budget resolution',
      text: wrongKind,
      errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'document: d-budget') }],
    },
    {
      name: 'signed with another company than the entity of the dossier',
      text: otherEntity,
      errors: [
        { messageId: 'entityNotParty', ...positionOf(otherEntity, 'parties:'), message: /not signed by the entity the dossier names, "测试建设投资有限公司"/ },
      ],
    },
    { name: 'no government among the parties', text: noGovernment, errors: [{ messageId: 'noGovernmentParty', ...positionOf(noGovernment, 'parties:') }] },
  ],
});
