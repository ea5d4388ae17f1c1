import { BASE_DOSSIER, replaceOnce, withDocuments } from '../../support/dossier-text.js';

/** The base dossier with a restructured former financing platform that announced it in time. */
export const FORMER_PLATFORM = withDocuments(
  replaceOnce(
    BASE_DOSSIER,
    '  formerFinancingPlatform: false\n',
    `  formerFinancingPlatform: true
  restructuring: { completed: true, document: d-restructuring }
  announcement: { document: d-platform-announcement, medium: 山西日报 }
  governmentGuarantees: []
`,
  ),
  '{ id: d-restructuring, kind: restructuring, issuer: 太原市小店区国有资产监督管理局, issued: 2015-11-05 }',
  '{ id: d-platform-announcement, kind: platform-announcement, number: 测投告〔2015〕1号, issuer: 测试建设投资有限公司, issued: 2015-12-01 }',
);
