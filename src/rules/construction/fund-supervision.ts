import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';

export const fundSupervision = defineRule({
  meta: {
    id: 'fund-supervision',
    severity: 'warning',
    clause: 'N-2.2',
    rests: {
      quote: '加强对棚户区改造补助资金和专项贷款使用的监督管理，严禁挪用挤占专项资金',
      modal: '严禁',
      reading: {
        zh: '通知要求加强对补助资金和专项贷款使用的监督管理、严禁挪用挤占专项资金，但没有规定监管专户，也没有把监管专户作为贷款发放条件。资料未写明监管安排并不表明资金被挪用；要求写明监管专户或监管协议是本项目的理解，因此只发警告。',
        en: 'The notice requires supervision of the use of subsidies and special loans and forbids diverting special funds; it prescribes no supervised account and does not make one a loan condition. A dossier that names no arrangement does not show a diversion; asking for a supervised account or agreement is this project’s reading, so the rule only warns.',
      },
    },
    title: { zh: '补助资金和专项贷款的监管安排已写明', en: 'The supervision of subsidies and special loans is stated' },
    description: {
      zh: '通知要求加强对棚户区改造补助资金和专项贷款使用的监督管理，严禁挪用挤占专项资金；它没有规定监管专户，也没有把监管专户作为贷款发放条件。资料未写明资金监管专户（账户、开户行）或资金监管协议的，给出警告，请核实资金如何监管。',
      en: 'The notice requires supervision of the use of renovation subsidies and special loans and forbids diverting special funds; it prescribes no supervised account and does not make one a loan condition. A dossier that names no supervised account (account, bank) or fund-supervision agreement gets a warning to verify how the funds are supervised.',
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
      missing: {
        zh: '未写明补助资金和专项贷款的监管专户或监管安排；通知严禁挪用挤占专项资金，请核实资金如何监管',
        en: 'No supervised account or supervision arrangement for subsidies and special loans is stated; the notice forbids diverting special funds: verify how they are supervised',
      },
      missingBank: { zh: '未写明监管专户的开户行，请核实', en: 'The bank of the supervised account is not stated; verify' },
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
