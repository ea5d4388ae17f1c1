import { defineRule } from '../define-rule.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport, NUMBER_MESSAGES } from '../support/document-slot.js';

export const planListing = defineRule({
  meta: {
    id: 'plan-listing',
    severity: 'error',
    clause: 'N-2.1',
    rests: {
      quote: '严格按照《2015-2017年山西省棚户区改造规划》、《2015-2017山西省农村危房改造规划》以及棚户区改造配套基础设施建设三年计划要求，统筹安排项目',
      modal: '严格按照',
    },
    title: { zh: '项目已纳入改造计划', en: 'The project is listed in the renovation plan' },
    description: {
      zh: '项目须纳入适用的改造规划或三年计划（棚户区改造规划、农村危房改造规划、配套基础设施建设三年计划），资料须写明计划名称、年度和计划下达文件。',
      en: 'The project must be listed in the applicable plan (the shantytown plan, the rural dilapidated-housing plan or the three-year supporting-infrastructure plan); the dossier states the plan name, the year and the listing document.',
    },
    fix: {
      zh: '在 project.plan 中写明 name、year，并在 listingDocument 中引用计划下达文件（kind: plan-listing）。',
      en: 'Give `project.plan` its `name` and `year`, and refer in `listingDocument` to the listing document (kind `plan-listing`).',
    },
    covers: ['N-2.1#1'],
    examples: {
      pass: `project:
  plan: { name: 2015-2017年山西省棚户区改造规划, programme: 2015-2017, year: 2016, listingDocument: d-listing }`,
      fail: `project:
  plan: { name: 2015-2017年山西省棚户区改造规划, programme: 2015-2017, year: 2016, listingDocument: ~ }   # 缺计划下达文件`,
    },
    messages: {
      missingPlan: { zh: '未写明项目纳入的改造计划', en: 'The plan the project is listed in is not stated' },
      missingYear: { zh: '未写明计划年度', en: 'The plan year is not stated' },
      missingListing: { zh: '未引用计划下达文件', en: 'No listing document is referred to' },
      ...DOCUMENT_SLOT_MESSAGES,
      ...NUMBER_MESSAGES,
    },
  },
  *check(dossier, context) {
    const plan = dossier.project.plan;
    if (!plan) {
      yield { messageId: 'missingPlan', path: ['project'] };
      return;
    }
    if (plan.year === undefined) yield { messageId: 'missingYear', path: ['project', 'plan'] };
    const listing = documentSlotReport(context, plan.listingDocument, ['project', 'plan', 'listingDocument'], {
      kinds: ['plan-listing'],
      numbered: true,
      missing: { messageId: 'missingListing', path: ['project', 'plan'] },
    });
    if (listing) yield listing;
  },
});
