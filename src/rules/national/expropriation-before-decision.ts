import type { IsoDate } from '../../dossier/types.js';
import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentOf, documentSlotReport } from '../support/document-slot.js';

/** 第十条: 征求意见期限不得少于30日. */
const MINIMUM_COMMENT_DAYS = 30;

/** Calendar days from `from` to `to`, both counted: the lenient count, so a borderline period is never failed. */
function daysInclusive(from: IsoDate, to: IsoDate): number {
  const day = (date: IsoDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000) + 1;
}

export const expropriationBeforeDecision = defineRule({
  meta: {
    id: 'expropriation-before-decision',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '作出房屋征收决定前，征收补偿费用应当足额到位、专户存储、专款专用',
      modal: '应当',
    },
    title: {
      zh: '房屋征收决定前的征求意见、风险评估和补偿费用',
      en: 'Comment period, risk assessment and compensation funds before the expropriation decision',
    },
    description: {
      zh: '《国有土地上房屋征收与补偿条例》第十条：征收补偿方案予以公布，征求公众意见，征求意见期限不得少于30日；第十二条：作出房屋征收决定前，应当进行社会稳定风险评估，征收补偿费用应当足额到位、专户存储、专款专用。资料有房屋征收决定（expropriation）的，须写明征求意见起止日期（不少于30日，且在决定前结束）、社会稳定风险评估报告（不晚于决定），以及补偿费用专户和到位证明（不晚于决定）。征求意见天数按首尾两日都计入的宽松算法计算。',
      en: 'Regulation on the Expropriation of Houses on State-owned Land, Art. 10: the compensation plan is published for public comment for at least 30 days; Art. 12: before the expropriation decision a social-stability risk assessment is made, and the compensation funds are fully in place, in a dedicated account, for that use only. A dossier with an expropriation decision (`expropriation`) states the comment period (at least 30 days, over before the decision), the risk assessment (dated no later than the decision), and the dedicated account with the confirmation that the funds are in place (dated no later than the decision). The days of the comment period are counted leniently, first and last day both included.',
    },
    fix: {
      zh: '在 expropriation 中写明 commentPeriod（from、to）、riskAssessment 和 compensationFunds（account、document），并核对其日期均在征收决定之前。',
      en: 'State `commentPeriod` (`from`, `to`), `riskAssessment` and `compensationFunds` (`account`, `document`) under `expropriation`, each dated before the decision.',
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: 'expropriation:\n  decision: d-decision\n  commentPeriod: { from: 2016-01-11, to: 2016-02-09 }\n  riskAssessment: d-risk\n  compensationFunds: { account: 小店区房屋征收补偿专户, document: d-funds }\ndocuments:\n  - { id: d-decision, kind: expropriation-decision, issuer: 太原市小店区人民政府, issued: 2016-02-20 }\n  - { id: d-risk, kind: social-stability-risk-assessment, issuer: 太原市小店区人民政府, issued: 2016-02-15 }\n  - { id: d-funds, kind: compensation-funds-confirmation, issuer: 太原市小店区财政局, issued: 2016-02-18 }',
      fail: 'expropriation:\n  decision: d-decision\n  commentPeriod: { from: 2016-01-11, to: 2016-01-30 }   # 只有20日\n  riskAssessment: d-risk\n  compensationFunds: { account: 小店区房屋征收补偿专户, document: d-funds }\ndocuments:\n  - { id: d-decision, kind: expropriation-decision, issuer: 太原市小店区人民政府, issued: 2016-02-20 }\n  - { id: d-risk, kind: social-stability-risk-assessment, issuer: 太原市小店区人民政府, issued: 2016-02-15 }\n  - { id: d-funds, kind: compensation-funds-confirmation, issuer: 太原市小店区财政局, issued: 2016-02-18 }',
    },
    messages: {
      missingCommentPeriod: {
        zh: '未写明征收补偿方案征求公众意见的起止日期（条例第十条，不得少于30日）',
        en: 'The public comment period on the compensation plan is not stated (Art. 10: at least 30 days)',
      },
      commentTooShort: {
        zh: '征收补偿方案征求意见期 {from} 至 {to} 仅 {days} 日，少于条例第十条规定的30日',
        en: 'The comment period from {from} to {to} lasts {days} days, fewer than the 30 of Art. 10',
      },
      decidedDuringComment: {
        zh: '房屋征收决定（{decided}）在征求意见期结束（{to}）之前作出',
        en: 'The expropriation decision ({decided}) was made before the comment period ended ({to})',
      },
      missingRiskAssessment: {
        zh: '未引用社会稳定风险评估报告，条例第十二条要求作出房屋征收决定前进行社会稳定风险评估',
        en: 'No social-stability risk assessment is referred to; Art. 12 requires one before the expropriation decision',
      },
      riskAssessmentAfterDecision: {
        zh: '社会稳定风险评估（{date}）晚于房屋征收决定（{decided}）',
        en: 'The social-stability risk assessment ({date}) comes after the expropriation decision ({decided})',
      },
      missingFunds: {
        zh: '未写明征收补偿费用专户，条例第十二条要求作出房屋征收决定前征收补偿费用足额到位、专户存储、专款专用',
        en: 'No dedicated account for the compensation funds is stated; Art. 12 requires the funds fully in place in one before the decision',
      },
      missingFundsConfirmation: {
        zh: '未引用征收补偿费用足额到位、专户存储的证明',
        en: 'No confirmation that the compensation funds are fully in place in the dedicated account is referred to',
      },
      fundsAfterDecision: {
        zh: '征收补偿费用到位证明（{date}）晚于房屋征收决定（{decided}），不符合“作出房屋征收决定前，征收补偿费用应当足额到位、专户存储”',
        en: 'The compensation funds were confirmed in place on {date}, after the expropriation decision ({decided}); they must be in place before it',
      },
      ...DOCUMENT_SLOT_MESSAGES,
    },
    basis: {
      document: '国有土地上房屋征收与补偿条例（国务院令第590号）',
      article: '第十条、第十二条',
      effective: '2011-01-21',
      status: 'verified',
      source: 'LawRefBook/Laws 行政法规/国有土地上房屋征收与补偿条例(2011-01-21).md',
    },
  },
  *check(dossier, context) {
    const expropriation = dossier.expropriation;
    if (!expropriation) return;
    const decisionSlot = documentSlotReport(context, expropriation.decision, ['expropriation', 'decision'], { kinds: ['expropriation-decision'] });
    if (decisionSlot) yield decisionSlot;
    // Without the decision's own date nothing can be placed before or after it.
    const decided = decisionSlot ? undefined : documentOf(context, expropriation.decision)?.document.issued;

    const comment = expropriation.commentPeriod;
    if (!comment) yield { messageId: 'missingCommentPeriod', path: ['expropriation'] };
    else {
      const publication = documentSlotReport(context, comment.document, ['expropriation', 'commentPeriod', 'document'], {
        kinds: ['compensation-plan-publication'],
      });
      if (publication) yield publication;
      const days = daysInclusive(comment.from, comment.to);
      if (days < MINIMUM_COMMENT_DAYS)
        yield { messageId: 'commentTooShort', path: ['expropriation', 'commentPeriod', 'to'], data: { from: comment.from, to: comment.to, days } };
      if (decided !== undefined && decided <= comment.to)
        yield { messageId: 'decidedDuringComment', path: ['expropriation', 'decision'], data: { decided, to: comment.to } };
    }

    const risk = documentSlotReport(context, expropriation.riskAssessment, ['expropriation', 'riskAssessment'], {
      kinds: ['social-stability-risk-assessment'],
      missing: { messageId: 'missingRiskAssessment', path: ['expropriation'] },
    });
    if (risk) yield risk;
    const assessed = risk ? undefined : documentOf(context, expropriation.riskAssessment);
    if (assessed && decided !== undefined && assessed.document.issued > decided) {
      yield { messageId: 'riskAssessmentAfterDecision', path: ['documents', assessed.index, 'issued'], data: { date: assessed.document.issued, decided } };
    }

    const funds = expropriation.compensationFunds;
    if (!funds) {
      yield { messageId: 'missingFunds', path: ['expropriation'] };
      return;
    }
    const confirmation = documentSlotReport(context, funds.document, ['expropriation', 'compensationFunds', 'document'], {
      kinds: ['compensation-funds-confirmation'],
      missing: { messageId: 'missingFundsConfirmation', path: ['expropriation', 'compensationFunds'] },
    });
    if (confirmation) yield confirmation;
    const confirmed = confirmation ? undefined : documentOf(context, funds.document);
    if (confirmed && decided !== undefined && confirmed.document.issued > decided) {
      yield { messageId: 'fundsAfterDecision', path: ['documents', confirmed.index, 'issued'], data: { date: confirmed.document.issued, decided } };
    }
  },
});
