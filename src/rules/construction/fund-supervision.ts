import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';

export const fundSupervision = defineRule({
  meta: {
    id: 'fund-supervision',
    severity: 'error',
    clause: 'N-2.2',
    title: { zh: '补助资金和专项贷款有监管安排', en: 'Subsidies and special loans are under fund supervision' },
    description: {
      zh: '须加强对棚户区改造补助资金和专项贷款使用的监督管理，严禁挪用挤占专项资金。资料须写明资金监管专户（账户、开户行）或资金监管协议。',
      en: 'The use of renovation subsidies and special loans is supervised and diverting special funds is prohibited. The dossier names a supervised account (account, bank) or a fund-supervision agreement.',
    },
    fix: {
      zh: '填写 fundSupervision.account 和 bank；有资金监管协议的，在 agreement 中引用（kind: fund-supervision-agreement）。',
      en: 'Fill in `fundSupervision.account` and `bank`; refer to a supervision agreement, if any, in `agreement` (kind `fund-supervision-agreement`).',
    },
    covers: ['N-2.2#1'],
    examples: {
      pass: `fundSupervision: { account: 郝庄棚改专项贷款资金监管专户, bank: 国家开发银行山西省分行 }`,
      fail: `fundSupervision: ~   # 未写明资金监管专户`,
    },
    messages: {
      missing: { zh: '未写明补助资金和专项贷款的监管专户或监管安排', en: 'No supervised account or supervision arrangement for subsidies and special loans' },
      missingBank: { zh: '未写明监管专户的开户行', en: 'The bank of the supervised account is not stated' },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    const supervision = dossier.fundSupervision;
    if (!supervision) {
      yield { messageId: 'missing', path: ['loan'] };
      return;
    }
    if (supervision.bank === undefined && supervision.agreement === undefined) yield { messageId: 'missingBank', path: ['fundSupervision'] };
    const agreement = documentSlotReport(context, supervision.agreement, ['fundSupervision', 'agreement'], { kinds: ['fund-supervision-agreement'] });
    if (agreement) yield agreement;
  },
});
