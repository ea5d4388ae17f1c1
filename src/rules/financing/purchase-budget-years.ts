import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport } from '../support/document-slot.js';
import { agreementsOfKind } from '../support/financing-agreements.js';

export const purchaseBudgetYears = defineRule({
  meta: {
    id: 'purchase-budget-years',
    severity: 'error',
    clause: 'N-4.1',
    rests: {
      quote: '市、县人民政府将购买棚户区改造服务资金逐年列入财政预算',
      modal: '将…列入',
    },
    title: { zh: '购买服务资金逐年列入财政预算', en: 'Purchase payments are in the budget for every year' },
    description: {
      zh: '市、县人民政府将购买棚户区改造服务资金逐年列入财政预算。每份购买服务协议须写明协议期限（年度），期限内每一年都有预算安排，且每一年的预算安排都引用其预算文件（kind: budget-resolution）。',
      en: 'The government puts the purchase payments in its budget year by year. Each purchase-of-service agreement states its term in years, every year of the term has a budget entry, and each entry refers to its budget document (kind `budget-resolution`).',
    },
    fix: {
      zh: '填写 agreements[].term，并在 budget 中为期限内每一年列出预算安排及其文件。',
      en: 'Fill in `agreements[].term`, and give `budget` an entry (with its document) for every year of it.',
    },
    covers: ['N-4.1#1'],
    examples: {
      pass: 'agreements:\n  - id: agr-1\n    term: { from: 2016, to: 2017 }\n    budget: [{ year: 2016, document: d-budget }, { year: 2017, document: d-budget }]',
      fail: 'agreements:\n  - id: agr-1\n    term: { from: 2016, to: 2017 }\n    budget: [{ year: 2016, document: d-budget }, { year: 2017 }]   # 2017 年度无预算文件',
    },
    messages: {
      missingTerm: { zh: '购买服务协议“{id}”未写明协议期限', en: 'The purchase-of-service agreement "{id}" states no term' },
      missingYears: {
        zh: '购买服务协议“{id}”的服务资金未逐年列入财政预算，缺少年度：{years}',
        en: 'The purchase-of-service agreement "{id}" has no budget entry for {years}',
      },
      missingBudgetDocument: {
        zh: '购买服务协议“{id}”{year} 年度的预算安排未引用预算文件',
        en: 'The budget entry for {year} of the purchase-of-service agreement "{id}" refers to no budget document',
      },
      ...DOCUMENT_SLOT_MESSAGES,
    },
  },
  *check(dossier, context) {
    for (const { agreement, index } of agreementsOfKind(dossier, 'purchase-of-service')) {
      // A year "in the budget" is one a budget document puts there; a bare year is only the borrower's word.
      for (const [entryIndex, entry] of (agreement.budget ?? []).entries()) {
        const entryPath = ['agreements', index, 'budget', entryIndex];
        const budgetDocument = documentSlotReport(context, entry.document, [...entryPath, 'document'], {
          kinds: ['budget-resolution'],
          missing: { messageId: 'missingBudgetDocument', path: entryPath },
        });
        if (budgetDocument) yield { ...budgetDocument, data: { id: agreement.id, year: entry.year, ...budgetDocument.data } };
      }
      if (!agreement.term) {
        yield { messageId: 'missingTerm', path: ['agreements', index], data: { id: agreement.id } };
        continue;
      }
      const budgeted = new Set((agreement.budget ?? []).map((entry) => entry.year));
      const missing: number[] = [];
      for (let year = agreement.term.from; year <= agreement.term.to; year++) if (!budgeted.has(year)) missing.push(year);
      if (missing.length > 0) {
        yield {
          messageId: 'missingYears',
          path: agreement.budget ? ['agreements', index, 'budget'] : ['agreements', index, 'term'],
          data: { id: agreement.id, years: missing.join(', ') },
        };
      }
    }
  },
});
