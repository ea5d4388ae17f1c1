import { BASE_DOSSIER, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';
import { FORMER_PLATFORM as platform } from './former-platform.js';

const notRestructured = replaceOnce(platform, 'restructuring: { completed: true, document: d-restructuring }', 'restructuring: { completed: false }');
const noAnnouncement = replaceOnce(platform, '  announcement: { document: d-platform-announcement, medium: 山西日报 }\n', '');
const noMedium = replaceOnce(
  platform,
  'announcement: { document: d-platform-announcement, medium: 山西日报 }',
  'announcement: { document: d-platform-announcement }',
);
const lateAnnouncement = replaceOnce(platform, 'issuer: 测试建设投资有限公司, issued: 2015-12-01', 'issuer: 测试建设投资有限公司, issued: 2016-02-01');
const afterSelection = replaceOnce(platform, 'issuer: 测试建设投资有限公司, issued: 2015-12-01', 'issuer: 测试建设投资有限公司, issued: 2016-01-27');
const afterLoan = replaceOnce(platform, 'issuer: 测试建设投资有限公司, issued: 2015-12-01', 'issuer: 测试建设投资有限公司, issued: 2016-04-02');

testRule('former-platform-restructured', {
  valid: [
    { name: 'restructured and announced before the agreement and the loan', text: platform },
    { name: 'not a former platform', text: BASE_DOSSIER },
    { name: 'a newspaper notice, which has no reference number', text: replaceOnce(platform, 'number: 测投告〔2015〕1号, ', '') },
    {
      name: 'announced on the day the entity was selected',
      text: replaceOnce(platform, 'issuer: 测试建设投资有限公司, issued: 2015-12-01', 'issuer: 测试建设投资有限公司, issued: 2016-01-25'),
    },
  ],
  invalid: [
    {
      name: 'restructuring not completed',
      text: notRestructured,
      errors: [{ messageId: 'notRestructured', ...valuePosition(notRestructured, 'completed: false') }],
    },
    {
      name: 'no announcement',
      text: noAnnouncement,
      errors: [{ messageId: 'missingAnnouncement', ...valuePosition(noAnnouncement, 'formerFinancingPlatform: true') }],
    },
    { name: 'announcement medium not stated', text: noMedium, errors: [{ messageId: 'missingMedium', ...positionOf(noMedium, 'announcement:') }] },
    {
      name: 'announced after the entity was selected, but before it signed',
      text: afterSelection,
      errors: [
        { messageId: 'announcedAfter', ...positionOf(afterSelection, '2016-01-27 }'), message: /comes after the selection of the entity \(2016-01-25\)/ },
      ],
    },
    {
      name: 'announced after the agreement',
      text: lateAnnouncement,
      errors: [
        { messageId: 'announcedAfter', ...positionOf(lateAnnouncement, '2016-02-01 }'), message: /selection of the entity/ },
        {
          messageId: 'announcedAfter',
          ...positionOf(lateAnnouncement, '2016-02-01 }'),
          message: /\(2016-02-01\) comes after the signing of the purchase-of-service agreement "agr-1" \(2016-01-28\)/,
        },
      ],
    },
    {
      name: 'announced after the loan application',
      text: afterLoan,
      errors: [
        { messageId: 'announcedAfter', ...positionOf(afterLoan, '2016-04-02 }'), message: /after the loan application \(2016-04-01\)/ },
        { messageId: 'announcedAfter', ...positionOf(afterLoan, '2016-04-02 }'), message: /selection of the entity/ },
        { messageId: 'announcedAfter', ...positionOf(afterLoan, '2016-04-02 }'), message: /agreement "agr-1"/ },
      ],
    },
  ],
});
