import { defineRule } from '../define-rule.js';
import { householdPath, ruralHouseholds } from '../support/rural-households.js';

/** File numbers are typed by hand; full-width characters and spacing must not hide that two are the same file. */
const fileKey = (fileNumber: string) => fileNumber.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

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
      zh: '严格执行一户一档的要求，做好农村危房改造信息系统录入和管理工作。农村危房改造资料须列出改造户，每户有自己的档案号（两户不得共用一个档案），并已录入信息系统。',
      en: 'One file per household, entered in the rural dilapidated-housing information system. A rural dossier lists its households, each with a file number of its own (no two households share a file), entered in the system.',
    },
    fix: {
      zh: '在 rural.households 中为每户填写其自己的 fileNumber，并在录入后写 informationSystemEntered: true。',
      en: 'Give every entry of `rural.households` a `fileNumber` of its own, and set `informationSystemEntered: true` once entered.',
    },
    covers: ['N-2.4#1'],
    examples: {
      pass: 'project:\n  category: rural-dilapidated-housing\nrural:\n  households:\n    - { id: h1, name: 王某, fileNumber: YC-2016-0001, informationSystemEntered: true, seismicRequirementsMet: true }\n    - { id: h2, name: 赵某, fileNumber: YC-2016-0002, informationSystemEntered: true, seismicRequirementsMet: true }',
      fail: 'project:\n  category: rural-dilapidated-housing\nrural:\n  households:\n    - { id: h1, name: 王某, fileNumber: YC-2016-0001, informationSystemEntered: true }\n    - { id: h2, name: 赵某, fileNumber: YC-2016-0001, informationSystemEntered: true }   # 两户共用一个档案',
    },
    messages: {
      noHouseholds: { zh: '农村危房改造资料未列出改造户', en: 'The rural dossier lists no households' },
      missingFile: { zh: '改造户“{household}”没有档案号（一户一档）', en: 'Household "{household}" has no file number (one file per household)' },
      sharedFile: {
        zh: '改造户“{household}”与“{other}”共用档案号 {fileNumber}，不符合“一户一档”',
        en: 'Household "{household}" shares file number {fileNumber} with "{other}": not one file per household',
      },
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
    // The first household holding a number owns the file; every later one sharing it is reported against it.
    const firstHolder = new Map<string, string>();
    for (const { household, index } of households) {
      if (household.fileNumber === undefined) yield { messageId: 'missingFile', path: householdPath(index), data: { household: household.name } };
      else {
        const key = fileKey(household.fileNumber);
        const other = firstHolder.get(key);
        if (other === undefined) firstHolder.set(key, household.name);
        else
          yield {
            messageId: 'sharedFile',
            path: householdPath(index, 'fileNumber'),
            data: { household: household.name, other, fileNumber: household.fileNumber },
          };
      }
      if (household.informationSystemEntered !== true) {
        const path = household.informationSystemEntered === undefined ? householdPath(index) : householdPath(index, 'informationSystemEntered');
        yield { messageId: 'notEntered', path, data: { household: household.name } };
      }
    }
  },
});
