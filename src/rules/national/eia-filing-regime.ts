import { defineRule } from '../define-rule.js';
import { parameterText } from '../../notice/parameter-text.js';
import { approvalRequirements, slotDocuments } from '../support/loan-requirements.js';

export const eiaFilingRegime = defineRule({
  meta: {
    id: 'eia-filing-regime',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '棚户区配套基础设施和安置房建设部分，将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件',
      modal: '作为…条件',
    },
    basis: {
      document: '环境影响评价法',
      article: '第二十二条（2016年修正）',
      effective: '2016-09-01',
      status: 'verified',
      source: 'LawRefBook/Laws 行政法/环境影响评价法.md (consolidated after the 2016 and 2018 amendments)',
    },
    title: {
      zh: `环评登记表备案自 ${parameterText('eiaFilingFrom', 'zh')} 起才能代替环评批复`,
      en: `An EIA registration filing replaces the approval only from ${parameterText('eiaFilingFrom', 'en')}`,
    },
    description: {
      zh: `修订后的《环境影响评价法》自 ${parameterText('eiaFilingFrom', 'zh')} 起将环境影响登记表改为备案（参数 eiaFilingFrom）。此后发出的登记表备案可作为该建设部分的环评手续；此前的登记表仍须审批，备案不能代替环评批复。`,
      en: `The amended Environmental Impact Assessment Law turned registration forms into filings from ${parameterText('eiaFilingFrom', 'en')} (parameter \`eiaFilingFrom\`). A filing made from that day serves as the component’s EIA step; before it, registration forms still needed approval, so a filing cannot stand in for the approval.`,
    },
    fix: {
      zh: `${parameterText('eiaFilingFrom', 'zh')} 之前的项目应取得环评批复（kind: eia-approval）。`,
      en: `Before ${parameterText('eiaFilingFrom', 'en')}, obtain the EIA approval (kind \`eia-approval\`).`,
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `documents:
  - { id: d-eia, kind: eia-filing, issuer: 太原市环境保护局, issued: 2016-10-10 }`,
      fail: `documents:
  - { id: d-eia, kind: eia-filing, issuer: 太原市环境保护局, issued: 2016-08-31 }`,
    },
    messages: {
      filingTooEarly: {
        zh: `环评登记表备案“{id}”的日期 {issued} 早于 ${parameterText('eiaFilingFrom', 'zh')}（《环境影响评价法》第二十二条改为备案之日），不能代替环评批复`,
        en: `The EIA registration filing "{id}" of {issued} predates ${parameterText('eiaFilingFrom', 'en')}, when Art. 22 of the amended Environmental Impact Assessment Law made registration forms a filing; it cannot replace the approval`,
      },
    },
  },
  *check(dossier, context) {
    const reported = new Set<number>();
    for (const requirement of approvalRequirements(dossier)) {
      for (const { document, index, kindAccepted } of slotDocuments(requirement, context)) {
        if (document.kind !== 'eia-filing' || kindAccepted || reported.has(index)) continue;
        reported.add(index);
        yield {
          messageId: 'filingTooEarly',
          path: ['documents', index, 'issued'],
          data: { id: document.id, issued: document.issued },
          checklistItems: [requirement.key],
        };
      }
    }
  },
});
