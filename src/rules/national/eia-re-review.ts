import { addYears } from '../../dossier/dates.js';
import { defineRule } from '../define-rule.js';
import { parameterText } from '../../notice/parameter-text.js';
import { approvalRequirements, slotDocuments } from '../support/loan-requirements.js';

export const eiaReReview = defineRule({
  meta: {
    id: 'eia-re-review',
    severity: 'error',
    clause: 'N-4.4',
    rests: {
      quote: '建设项目的环境影响评价文件自批准之日起超过五年，方决定该项目开工建设的，其环境影响评价文件应当报原审批部门重新审核',
      modal: '应当',
    },
    basis: {
      document: '环境影响评价法',
      article: '第二十四条',
      effective: '2003-09-01',
      status: 'verified',
      source: 'LawRefBook/Laws 行政法/环境影响评价法.md (consolidated after the 2016 and 2018 amendments)',
    },
    title: {
      zh: `环评批复超过 ${parameterText('eiaReReviewYears', 'zh')}开工须重新审核`,
      en: `A start more than ${parameterText('eiaReReviewYears', 'en')} after the EIA approval needs re-review`,
    },
    description: {
      zh: `《环境影响评价法》第二十四条：环评文件自批准之日起超过规定年限方决定开工建设的，应报原审批部门重新审核。建设部分的开工日期晚于其环评批复日期加年限（参数 eiaReReviewYears，${parameterText('eiaReReviewYears', 'zh')}）的，须取得重新审核意见。`,
      en: `EIA Law Art. 24: if construction starts more than the set number of years after the EIA approval, the file goes back to the approver for re-review. A component starting later than its EIA approval date plus the parameter \`eiaReReviewYears\` (${parameterText('eiaReReviewYears', 'en')}) needs the re-review.`,
    },
    fix: {
      zh: '报原审批部门重新审核，并以重新审核意见作为环评批复引用。',
      en: 'Have the approver re-review the file, and refer to the re-review as the EIA approval.',
    },
    covers: ['N-4.4#1'],
    examples: {
      pass: `components:
  - { id: housing, milestones: { constructionStart: 2018-05-01 } }   # 环评批复 d-eia 2016-03-02`,
      fail: `components:
  - { id: housing, milestones: { constructionStart: 2021-03-03 } }   # 环评批复 d-eia 2016-03-02`,
    },
    messages: {
      reReviewNeeded: {
        zh: '“{component}”开工日期 {start} 距环评批复（{issued}）超过 {years} 年，依《环境影响评价法》第二十四条应当报原审批部门重新审核',
        en: '"{component}" starts on {start}, more than {years} years after its EIA approval of {issued}; Art. 24 of the Environmental Impact Assessment Law requires a re-review by the approving authority',
      },
    },
    appliesWhen: 'eiaReReviewYears',
  },
  *check(dossier, context) {
    const years = context.parameter('eiaReReviewYears');
    if (years === undefined) return;
    for (const requirement of approvalRequirements(dossier)) {
      if (!requirement.key.endsWith(':environmentalImpact')) continue;
      const componentIndex = requirement.anchor[1] as number;
      const component = dossier.components[componentIndex];
      const start = component?.milestones?.constructionStart;
      if (!component || start === undefined) continue;
      for (const { document, kindAccepted } of slotDocuments(requirement, context)) {
        if (!kindAccepted || document.kind !== 'eia-approval' || start <= addYears(document.issued, years)) continue;
        yield {
          messageId: 'reReviewNeeded',
          path: ['components', componentIndex, 'milestones', 'constructionStart'],
          data: { component: component.name, start, issued: document.issued, years },
        };
      }
    }
  },
});
