import { defineRule } from '../define-rule.js';
import { noticeValue } from '../../notice/parameter-text.js';
import { DOCUMENT_SLOT_MESSAGES, documentSlotReport, NUMBER_MESSAGES } from '../support/document-slot.js';

/** 省住房城乡建设厅 appears as 山西省住房和城乡建设厅 or 省住房城乡建设厅. */
const PROVINCIAL_HOUSING_DEPARTMENT = /省住房(和)?城乡建设厅/;

/** The programme whose implementation plans the notice asks to be filed (五(二)). */
const FILED_PROGRAMME = { name: '2015-2017', first: 2015, last: 2017 } as const;

/** A project of the 2015–2017 programme: by its stated programme, or by its plan year when it states none. */
function inFiledProgramme(plan: { programme?: string; year?: number } | undefined): boolean {
  if (!plan) return false;
  if (plan.programme !== undefined) return plan.programme === FILED_PROGRAMME.name;
  return plan.year !== undefined && plan.year >= FILED_PROGRAMME.first && plan.year <= FILED_PROGRAMME.last;
}

export const implementationPlanFiled = defineRule({
  meta: {
    id: 'implementation-plan-filed',
    severity: 'warning',
    clause: 'N-5.2',
    rests: {
      quote:
        '各地要抓紧组织落实三年计划及相关实施方案，按要求将2015-2017年棚户区改造实施方案、配套基础设施建设计划以及城乡危房改造的实施方案报省住房城乡建设厅',
      modal: '要',
    },
    title: { zh: '实施方案已报省住房城乡建设厅', en: 'The implementation plan is filed with the provincial housing department' },
    description: {
      zh: `各地按要求将 ${noticeValue('programmes', 'zh')} 年棚户区改造实施方案、配套基础设施建设计划以及城乡危房改造实施方案报省住房城乡建设厅。属于该计划期的项目，资料须引用报送文件（文号、日期），报送机关为省住房城乡建设厅；以后计划期的项目按其自身规定报送，不在此检查。`,
      en: `Localities file the ${noticeValue('programmes', 'en')} shantytown implementation plan, the infrastructure plan and the rural implementation plan with the provincial housing department. A project of that programme refers to the filing (number, date), filed with 省住房城乡建设厅; projects of later programmes file as their own rules require and are not judged here.`,
    },
    fix: {
      zh: '在 project.implementationPlanFiling 中引用报送文件（kind: implementation-plan-filing），filedWith 写 山西省住房和城乡建设厅。',
      en: 'Refer to the filing in `project.implementationPlanFiling` (kind `implementation-plan-filing`), with `filedWith: 山西省住房和城乡建设厅`.',
    },
    covers: ['N-5.2#1'],
    examples: {
      pass: `project:
  implementationPlanFiling: { document: d-filing, filedWith: 山西省住房和城乡建设厅 }`,
      fail: `project:
  implementationPlanFiling: { document: d-filing, filedWith: 太原市住房保障和城乡建设管理局 }`,
    },
    messages: {
      missing: { zh: '未引用实施方案报送文件', en: 'No filing of the implementation plan is referred to' },
      wrongRecipient: {
        zh: '实施方案报送机关“{filedWith}”不是省住房城乡建设厅',
        en: 'The plan was filed with "{filedWith}", not the provincial housing department',
      },
      ...DOCUMENT_SLOT_MESSAGES,
      ...NUMBER_MESSAGES,
    },
  },
  *check(dossier, context) {
    // The notice asks for the 2015–2017 plans only; later programmes have their own filing rules.
    if (!inFiledProgramme(dossier.project.plan)) return;
    const filing = dossier.project.implementationPlanFiling;
    if (!filing) {
      yield { messageId: 'missing', path: ['project'] };
      return;
    }
    const document = documentSlotReport(context, filing.document, ['project', 'implementationPlanFiling', 'document'], {
      kinds: ['implementation-plan-filing'],
      numbered: true,
    });
    if (document) yield document;
    if (filing.filedWith !== undefined && !PROVINCIAL_HOUSING_DEPARTMENT.test(filing.filedWith)) {
      yield { messageId: 'wrongRecipient', path: ['project', 'implementationPlanFiling', 'filedWith'], data: { filedWith: filing.filedWith } };
    }
  },
});
