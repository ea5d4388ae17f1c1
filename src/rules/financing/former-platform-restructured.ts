import type { Agreement } from '../../dossier/types.js';
import type { Localized } from '../../engine/types.js';
import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentOf, documentSlotReport } from '../support/document-slot.js';

const AGREEMENT_NAMES: Readonly<Record<Agreement['kind'], Localized>> = {
  'purchase-of-service': { zh: '购买服务协议', en: 'purchase-of-service agreement' },
  concession: { zh: '特许经营协议', en: 'concession' },
  'ppp-contract': { zh: '政府与社会资本合作合同', en: 'PPP contract' },
};

export const formerPlatformRestructured = defineRule({
  meta: {
    id: 'former-platform-restructured',
    severity: 'error',
    clause: 'N-4.3',
    rests: {
      quote: '各地原融资平台公司可通过市场化改制，建立现代企业制度，实现市场化运营，在明确公告今后不再承担政府融资职能的前提下，作为实施主体承接棚户区改造任务',
      modal: '在…前提下',
    },
    title: { zh: '原融资平台公司已改制并公告', en: 'A former financing platform is restructured and has announced it' },
    description: {
      zh: '原融资平台公司须通过市场化改制，并在明确公告今后不再承担政府融资职能的前提下，才能作为实施主体。实施主体为原融资平台公司的，须已完成改制（引用改制文件）；公告须写明发布日期和媒体，有文号的才写文号（报纸公告没有文号）；公告须不晚于实施主体承接任务（实施主体选定、每份协议签订）和贷款申请。',
      en: 'A former local financing platform may act only after market-oriented restructuring and a public announcement that it no longer carries government financing functions. For such an entity the restructuring is completed (with its document); the announcement states its date and medium, and a reference number only where it has one (a newspaper notice has none); it comes no later than the entity takes on the task (its selection, every agreement) and the loan application.',
    },
    fix: {
      zh: '补充 entity.restructuring（completed: true，document）和 entity.announcement（document，medium）；公告晚于协议或贷款申请的，应先公告再签约、申请。',
      en: 'Add `entity.restructuring` (`completed: true`, `document`) and `entity.announcement` (`document`, `medium`); if the announcement came later, announce first, then sign and apply.',
    },
    covers: ['N-4.3#1'],
    examples: {
      pass: 'entity:\n  formerFinancingPlatform: true\n  restructuring: { completed: true, document: d-restructuring }\n  announcement: { document: d-platform-announcement, medium: 山西日报, mediumKind: newspaper }\ndocuments:\n  - { id: d-restructuring, kind: restructuring, issuer: 太原市小店区国有资产监督管理局, issued: 2015-11-05 }\n  - { id: d-platform-announcement, kind: platform-announcement, issuer: 测试建设投资有限公司, issued: 2015-12-01 }   # 报纸公告，无文号',
      fail: 'entity:\n  formerFinancingPlatform: true\n  restructuring: { completed: true, document: d-restructuring }\n  announcement: { document: d-platform-announcement, medium: 山西日报, mediumKind: newspaper }\ndocuments:\n  - { id: d-restructuring, kind: restructuring, issuer: 太原市小店区国有资产监督管理局, issued: 2015-11-05 }\n  - { id: d-platform-announcement, kind: platform-announcement, issuer: 测试建设投资有限公司, issued: 2016-02-01 }   # 晚于协议签订日 2016-01-28',
    },
    messages: {
      notRestructured: { zh: '原融资平台公司未完成市场化改制', en: 'The former financing platform has not completed its restructuring' },
      missingRestructuringDocument: { zh: '未引用改制文件', en: 'No restructuring document is referred to' },
      missingAnnouncement: {
        zh: '原融资平台公司未明确公告今后不再承担政府融资职能',
        en: 'The former financing platform has not announced that it no longer carries government financing functions',
      },
      missingMedium: { zh: '未写明公告的发布媒体', en: 'Where the announcement was published is not stated' },
      announcedAfter: {
        zh: '原融资平台公司不再承担政府融资职能的公告（{announced}）晚于{what}（{date}）',
        en: 'The announcement that the former platform no longer carries government financing functions ({announced}) comes after the {what} ({date})',
      },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    const entity = dossier.entity;
    if (!entity.formerFinancingPlatform) return;
    const restructuring = entity.restructuring;
    if (!restructuring?.completed) {
      yield { messageId: 'notRestructured', path: restructuring ? ['entity', 'restructuring', 'completed'] : ['entity', 'formerFinancingPlatform'] };
    }
    const restructuringDocument = documentSlotReport(context, restructuring?.document, ['entity', 'restructuring', 'document'], {
      kinds: ['restructuring'],
      // An unfinished restructuring is the finding; its document is asked for once it is complete.
      missing: restructuring?.completed ? { messageId: 'missingRestructuringDocument', path: ['entity', 'restructuring'] } : undefined,
    });
    if (restructuringDocument) yield restructuringDocument;

    const announcement = entity.announcement;
    if (!announcement) {
      yield { messageId: 'missingAnnouncement', path: ['entity', 'formerFinancingPlatform'] };
      return;
    }
    if (announcement.medium === undefined) yield { messageId: 'missingMedium', path: ['entity', 'announcement'] };
    // No number is asked for: a newspaper notice has none, and the date and medium identify it.
    const announcementDocument = documentSlotReport(context, announcement.document, ['entity', 'announcement', 'document'], {
      kinds: ['platform-announcement'],
    });
    if (announcementDocument) yield announcementDocument;
    // The date of another kind of document says nothing about when the announcement was made.
    if (announcementDocument?.messageId === 'wrongKind') return;
    const announced = documentOf(context, announcement.document);
    if (!announced) return;
    const announcedOn = announced.document.issued;
    const issuedPath = ['documents', announced.index, 'issued'];
    // The entity takes on the task when it is selected and when it signs; it may do so only once announced.
    const selected = documentOf(context, entity.selection?.document)?.document.issued;
    if (selected !== undefined && announcedOn > selected) {
      yield {
        messageId: 'announcedAfter',
        path: issuedPath,
        data: { announced: announcedOn, what: { zh: '实施主体选定日', en: 'selection of the entity' }, date: selected },
      };
    }
    for (const agreement of dossier.agreements ?? []) {
      const signed = documentOf(context, agreement.document)?.document.issued;
      if (signed !== undefined && announcedOn > signed) {
        yield {
          messageId: 'announcedAfter',
          path: issuedPath,
          data: {
            announced: announcedOn,
            what: {
              zh: `${AGREEMENT_NAMES[agreement.kind].zh}“${agreement.id}”签订日`,
              en: `signing of the ${AGREEMENT_NAMES[agreement.kind].en} "${agreement.id}"`,
            },
            date: signed,
          },
        };
      }
    }
    if (announcedOn > dossier.loan.applicationDate) {
      yield {
        messageId: 'announcedAfter',
        path: issuedPath,
        data: { announced: announcedOn, what: { zh: '贷款申请日', en: 'loan application' }, date: dossier.loan.applicationDate },
      };
    }
  },
});
