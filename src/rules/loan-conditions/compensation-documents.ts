import { defineRule } from '../define-rule.js';
import { REQUIREMENT_MESSAGES, reportRequirements } from '../support/report-loan-requirements.js';
import { compensationRequirements } from '../support/loan-requirements.js';

export const compensationDocuments = defineRule({
  meta: {
    id: 'compensation-documents',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote:
        '采取货币补偿安置方式的，将落实安置补偿管理办法、拆迁补偿公告、具体拆迁地块的安置补偿方案或房源购买方案纳入贷款发放条件；采取建设安置房安置居民的，拆迁部分将落实安置补偿管理办法、拆迁补偿公告、具体拆迁地块的安置补偿方案纳入贷款发放条件',
      modal: '纳入…条件',
    },
    title: { zh: '安置方式对应的补偿文件齐全', en: 'The compensation documents of each resettlement mode are present' },
    description: {
      zh: '采取货币补偿安置的，须落实安置补偿管理办法、拆迁补偿公告、具体拆迁地块的安置补偿方案或房源购买方案；采取建设安置房安置的，拆迁部分须落实安置补偿管理办法、拆迁补偿公告、具体拆迁地块的安置补偿方案。两种方式并用的，两套文件都须齐全。有拆迁或安置房建设的项目须写明安置方式。',
      en: 'Cash resettlement needs the compensation management measures, the demolition-compensation announcement, and the plot resettlement compensation plan or the housing purchase plan; resettlement in built housing needs, for its demolition part, the measures, the announcement and the plot plan. A project using both needs both sets. A project that demolishes or builds resettlement housing must state its resettlement mode.',
    },
    fix: {
      zh: '在 resettlement.modes 中写明安置方式，在 documents 中列出所缺文件，并在 resettlement 的对应字段中引用其 id。',
      en: 'State the mode in `resettlement.modes`, list the missing document in `documents` and refer to its id in the matching `resettlement` field.',
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `resettlement:
  modes: [monetized]
  compensationMeasures: d-measures
  demolitionAnnouncement: d-announcement
  housingPurchasePlan: d-purchase`,
      fail: `resettlement:
  modes: [monetized]
  compensationMeasures: d-measures
  demolitionAnnouncement: ~   # 缺拆迁补偿公告
  housingPurchasePlan: d-purchase`,
    },
    messages: REQUIREMENT_MESSAGES,
  },
  check: (dossier, context) => reportRequirements(compensationRequirements(dossier), context),
});
