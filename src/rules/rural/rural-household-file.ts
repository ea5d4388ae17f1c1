import { defineRule } from '../define-rule.js';
import { householdPath, ruralHouseholds } from '../support/rural-households.js';

export const ruralHouseholdFile = defineRule({
  meta: {
    id: 'rural-household-file',
    severity: 'error',
    clause: 'N-2.4',
    rests: {
      quote: '严格执行一户一档的要求，做好农村危房改造信息系统录入和管理工作',
      modal: '严格执行',
    },
    title: { zh: '一户一档并录入信息系统', en: 'One file per household, entered in the information system' },
    description: {
      zh: '农村危房改造严格执行一户一档，并录入农村危房改造信息系统。农村危房改造资料须列出改造户，每户有档案号并已录入信息系统。',
      en: 'Rural dilapidated-housing renovation keeps one file per household and enters it in the rural dilapidated-housing information system. A rural dossier lists its households, each with a file number and entered in the system.',
    },
    fix: { zh: '在 rural.households 中为每户填写 fileNumber，并在录入后写 informationSystemEntered: true。', en: 'Give every entry of `rural.households` a `fileNumber`, and set `informationSystemEntered: true` once entered.' },
    covers: ['N-2.4#1'],
    examples: {
      pass: `project: { category: rural-dilapidated-housing }
rural:
  households:
    - { id: h1, name: 王某, fileNumber: YC-2016-0001, informationSystemEntered: true }`,
      fail: `project: { category: rural-dilapidated-housing }
rural:
  households:
    - { id: h1, name: 王某 }   # 没有档案号，未录入信息系统`,
    },
    messages: {
      noHouseholds: { zh: '农村危房改造资料未列出改造户', en: 'The rural dossier lists no households' },
      missingFile: { zh: '改造户“{household}”没有档案号（一户一档）', en: 'Household "{household}" has no file number (one file per household)' },
      notEntered: { zh: '改造户“{household}”未录入信息系统', en: 'Household "{household}" is not entered in the information system' },
    },
  },
  *check(dossier) {
    if (dossier.project.category !== 'rural-dilapidated-housing') return;
    const households = ruralHouseholds(dossier);
    if (households.length === 0) {
      yield { messageId: 'noHouseholds', path: dossier.rural ? ['rural'] : ['project', 'category'] };
      return;
    }
    for (const { household, index } of households) {
      if (household.fileNumber === undefined) yield { messageId: 'missingFile', path: householdPath(index), data: { household: household.name } };
      if (household.informationSystemEntered !== true) {
        const path = household.informationSystemEntered === undefined ? householdPath(index) : householdPath(index, 'informationSystemEntered');
        yield { messageId: 'notEntered', path, data: { household: household.name } };
      }
    }
  },
});
