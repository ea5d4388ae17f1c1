import { defineRule } from '../define-rule.js';

export const responsibleGovernment = defineRule({
  meta: {
    id: 'responsible-government',
    severity: 'warning',
    clause: 'N-5.1',
    rests: {
      quote: '市、县人民政府是城镇棚户区和城乡危房改造及配套基础设施建设工作的责任主体，要进一步完善工作机制',
      modal: '要',
    },
    title: { zh: '写明责任主体政府', en: 'The responsible government is named' },
    description: {
      zh: '市、县人民政府是城镇棚户区和城乡危房改造及配套基础设施建设工作的责任主体。资料须写明负责本项目的市或县（市、区）人民政府，且为项目所在的市或县。',
      en: 'City and county people’s governments are responsible for the renovation work. The dossier names the responsible people’s government, that of the project’s city or county.',
    },
    fix: {
      zh: '在 project.responsibleGovernment 中写明，如 太原市迎泽区人民政府。',
      en: 'Name it in `project.responsibleGovernment`, e.g. `太原市迎泽区人民政府`.',
    },
    covers: ['N-5.1#1'],
    examples: {
      pass: `project: { city: 太原市, county: 迎泽区, responsibleGovernment: 太原市迎泽区人民政府 }`,
      fail: `project: { city: 太原市, county: 迎泽区, responsibleGovernment: 太原市住房和城乡建设局 }`,
    },
    messages: {
      missing: { zh: '未写明责任主体政府', en: 'The responsible government is not named' },
      notLocalGovernment: {
        zh: '“{named}”不是项目所在市或县的人民政府（{city}{county}）',
        en: '"{named}" is not the people’s government of the project’s city or county ({city}{county})',
      },
    },
  },
  *check(dossier) {
    const { responsibleGovernment: named, city, county } = dossier.project;
    if (named === undefined) {
      yield { messageId: 'missing', path: ['project'] };
      return;
    }
    const local = named.includes('人民政府') && (named.includes(county) || named.includes(city));
    if (!local) yield { messageId: 'notLocalGovernment', path: ['project', 'responsibleGovernment'], data: { named, city, county } };
  },
});
