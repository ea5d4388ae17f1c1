import { defineRule } from '../define-rule.js';
import { documentOf } from '../support/document-slot.js';
import { CONSTRUCTION_KINDS } from '../support/loan-requirements.js';

export const constructionAfterEiaApproval = defineRule({
  meta: {
    id: 'construction-after-eia-approval',
    severity: 'error',
    clause: 'N-2.2',
    rests: {
      quote: '建设项目的环境影响评价文件未依法经审批部门审查或者审查后未予批准的，建设单位不得开工建设',
      modal: '不得',
    },
    title: { zh: '环评批复之前不得开工', en: 'No construction start before the EIA approval' },
    description: {
      zh: '严格执行基本建设程序：环境影响评价文件未经审批部门批准的，建设单位不得开工建设（《环境影响评价法》第二十五条）。建设类组成部分的开工日期不得早于其环评批复的发文日期。环评登记表实行备案管理，不是批准，不在此检查。',
      en: 'Basic construction procedure is followed: without the approval of its EIA file a project may not start construction (EIA Law Art. 25). A construction component’s start date is not earlier than the issue date of its EIA approval. A registration form is filed, not approved, and is not judged here.',
    },
    fix: {
      zh: '核对开工日期（milestones.constructionStart）与环评批复日期；确系批复前开工的，属未批先建，应先依法处理。',
      en: 'Check the start date (`milestones.constructionStart`) against the EIA approval; a start before the approval is construction without approval and must be dealt with first.',
    },
    covers: ['N-2.2#2'],
    examples: {
      pass: 'components:\n  - { id: housing, milestones: { constructionStart: 2016-05-01 } }   # 环评批复 d-eia 2016-03-02',
      fail: 'components:\n  - { id: housing, milestones: { constructionStart: 2016-03-01 } }   # 早于环评批复 2016-03-02',
    },
    messages: {
      startedBeforeApproval: {
        zh: '“{component}”开工日期 {start} 早于环评批复日期 {approved}，违反“环境影响评价文件未经批准的，建设单位不得开工建设”',
        en: '"{component}" started on {start}, before its EIA approval of {approved}: no construction may start before the EIA file is approved',
      },
    },
    basis: {
      document: '环境影响评价法',
      article: '第二十五条',
      effective: '2003-09-01',
      status: 'verified',
      source: 'LawRefBook/Laws 行政法/环境影响评价法.md (consolidated after the 2016 and 2018 amendments)',
    },
  },
  *check(dossier, context) {
    for (const [index, component] of dossier.components.entries()) {
      if (!CONSTRUCTION_KINDS.has(component.kind)) continue;
      const start = component.milestones?.constructionStart;
      const approval = documentOf(context, component.approvals?.environmentalImpact)?.document;
      // Only an approval fixes the earliest lawful start; a filed registration form (登记表) is not one.
      if (start === undefined || approval?.kind !== 'eia-approval' || start >= approval.issued) continue;
      yield {
        messageId: 'startedBeforeApproval',
        path: ['components', index, 'milestones', 'constructionStart'],
        data: { component: component.name, start, approved: approval.issued },
      };
    }
  },
});
