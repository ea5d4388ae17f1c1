import { defineRule } from '../define-rule.js';
import { firstParameterValue, parameterHistory } from '../../notice/parameter-text.js';

export const programmePeriod = defineRule({
  meta: {
    id: 'programme-period',
    severity: 'warning',
    clause: 'N-1.2',
    rests: {
      quote: '严格按照《2015-2017年山西省棚户区改造规划》、《2015-2017山西省农村危房改造规划》以及棚户区改造配套基础设施建设三年计划要求，统筹安排项目',
      modal: '严格按照',
      reading: {
        zh: '通知只规定 2015—2017 年计划；此后的计划期（如 2018—2020 年）取自参数表（RELATED.md），是本项目的理解，因此只发警告。',
        en: 'The notice names only the 2015–2017 plans; the later programmes (e.g. 2018–2020) come from the parameter table (RELATED.md), this project’s reading, so the rule only warns.',
      },
    },
    title: { zh: '项目属于在实施的改造计划期', en: 'The project belongs to a programme in force' },
    description: {
      zh: `项目须属于基准日在实施的三年改造计划（参数 programmes：${parameterHistory('programmes', 'zh')}）。计划年度须在计划期内。在实施的计划期取自参数表，随检查基准日变化。`,
      en: `The project belongs to a three-year programme in force on the as-of date (parameter \`programmes\`: ${parameterHistory('programmes', 'en')}). The plan year lies within the programme. The programmes in force come from the parameter table and follow the as-of date.`,
    },
    fix: {
      zh: `在 project.plan.programme 中写明计划期（如 ${firstParameterValue('programmes')}），并使 year 落在其中。`,
      en: `State the programme in \`project.plan.programme\` (e.g. \`${firstParameterValue('programmes')}\`) and a \`year\` within it.`,
    },
    covers: ['N-1.2#1'],
    examples: {
      pass: `project:
  plan: { name: 2015-2017年山西省棚户区改造规划, programme: 2015-2017, year: 2016 }`,
      fail: `project:
  plan: { name: 2015-2017年山西省棚户区改造规划, programme: 2015-2017, year: 2019 }   # 年度不在计划期内`,
    },
    messages: {
      missingProgramme: { zh: '未写明计划期', en: 'The programme period is not stated' },
      notInForce: {
        zh: '计划期 {programme} 不是基准日正在实施的棚户区改造计划期（{inForce}）',
        en: 'Programme {programme} is not a programme in force on the as-of date ({inForce})',
      },
      yearOutside: { zh: '计划年度 {year} 不在计划期 {programme} 内', en: 'Plan year {year} lies outside programme {programme}' },
    },
  },
  *check(dossier, context) {
    const plan = dossier.project.plan;
    if (!plan) return; // plan-listing reports the missing plan
    if (plan.programme === undefined) {
      yield { messageId: 'missingProgramme', path: ['project', 'plan'] };
      return;
    }
    const inForce = context.parameter('programmes') ?? [];
    if (!inForce.includes(plan.programme)) {
      yield { messageId: 'notInForce', path: ['project', 'plan', 'programme'], data: { programme: plan.programme, inForce: inForce.join(', ') || '—' } };
    }
    const [first, last] = plan.programme.split('-').map(Number);
    if (plan.year !== undefined && first !== undefined && last !== undefined && (plan.year < first || plan.year > last)) {
      yield { messageId: 'yearOutside', path: ['project', 'plan', 'year'], data: { year: plan.year, programme: plan.programme } };
    }
  },
});
