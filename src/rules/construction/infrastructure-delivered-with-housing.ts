import type { Component } from '../../dossier/types.js';
import type { Localized } from '../../engine/types.js';
import { defineRule } from '../define-rule.js';
import { componentsOfKind } from '../support/components-of-kind.js';

type Milestone = keyof NonNullable<Component['milestones']>;

/** The four 同步 of the notice, in its order, each with the milestone date that shows it. */
const MILESTONES: readonly { key: Milestone; name: Localized }[] = [
  { key: 'planned', name: { zh: '规划', en: 'planning' } },
  { key: 'approved', name: { zh: '报批', en: 'approval' } },
  { key: 'constructionStart', name: { zh: '建设', en: 'construction' } },
  { key: 'delivery', name: { zh: '交付使用', en: 'delivery' } },
];

const joined = (names: readonly Localized[]): Localized => ({ zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') });

export const infrastructureDeliveredWithHousing = defineRule({
  meta: {
    id: 'infrastructure-delivered-with-housing',
    severity: 'error',
    clause: 'N-2.3',
    rests: {
      quote: '棚户区改造安置住房配套基础设施要与安置住房同步规划、同步报批、同步建设、同步交付使用',
      modal: '要',
    },
    title: {
      zh: '配套基础设施与安置住房同步规划、报批、建设、交付',
      en: 'Supporting infrastructure is planned, approved, built and delivered with the housing',
    },
    description: {
      zh: '安置住房配套基础设施要与安置住房同步规划、同步报批、同步建设、同步交付使用。有安置房建设的项目，安置房和每个配套基础设施组成部分都须写明规划、报批、开工、交付四个节点日期，配套基础设施的每个节点不晚于安置住房的同一节点（多个安置房组成部分时取最晚者）。此句只针对配套基础设施，配套公共服务设施不在此检查。',
      en: 'Supporting infrastructure of resettlement housing is planned, approved, built and delivered together with the housing. Where housing is built, the housing and every infrastructure component state all four milestone dates (planned, approved, construction start, delivery), and no milestone of the infrastructure is later than the same milestone of the housing (the latest one, when there are several housing components). The sentence names supporting infrastructure only; public-service facilities are not judged here.',
    },
    fix: {
      zh: '在安置房和配套基础设施组成部分的 milestones 中写明 planned、approved、constructionStart、delivery，并调整配套基础设施计划，使各节点不晚于安置住房。',
      en: 'State `planned`, `approved`, `constructionStart` and `delivery` in the `milestones` of the housing and infrastructure components, and plan the infrastructure so that no milestone comes after the housing’s.',
    },
    covers: ['N-2.3#1'],
    examples: {
      pass: 'components:\n  - { id: housing, milestones: { planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2018-06-30 } }\n  - { id: roads, kind: infrastructure, name: 配套道路, milestones: { planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2018-06-30 } }',
      fail: 'components:\n  - { id: housing, milestones: { planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2018-06-30 } }\n  - { id: roads, kind: infrastructure, name: 配套道路, milestones: { planned: 2015-10-01, approved: 2016-03-04, constructionStart: 2016-05-01, delivery: 2019-06-30 } }',
    },
    messages: {
      missingMilestones: { zh: '“{component}”未写明{milestones}日期', en: '"{component}" states no {milestones} date' },
      laterThanHousing: {
        zh: '“{component}”{milestone}日期 {date} 晚于安置住房的 {housing}，未做到与安置住房同步{milestone}',
        en: '"{component}" has its {milestone} on {date}, after the resettlement housing’s on {housing}: not together with the housing',
      },
    },
  },
  *check(dossier) {
    const housing = componentsOfKind(dossier, ['resettlement-housing']);
    const infrastructure = componentsOfKind(dossier, ['infrastructure']);
    if (housing.length === 0 || infrastructure.length === 0) return;
    const missingOf = ({ component, index }: (typeof housing)[number]) => {
      const missing = MILESTONES.filter((m) => component.milestones?.[m.key] === undefined);
      return missing.length === 0
        ? []
        : [
            {
              messageId: 'missingMilestones' as const,
              path: ['components', index, 'milestones'],
              data: { component: component.name, milestones: joined(missing.map((m) => m.name)) },
            },
          ];
    };
    for (const entry of housing) yield* missingOf(entry);
    for (const entry of infrastructure) {
      yield* missingOf(entry);
      for (const { key, name } of MILESTONES) {
        const date = entry.component.milestones?.[key];
        const latestHousing = housing
          .map((h) => h.component.milestones?.[key])
          .filter((d): d is string => d !== undefined)
          .sort()
          .at(-1);
        if (date === undefined || latestHousing === undefined || date <= latestHousing) continue;
        yield {
          messageId: 'laterThanHousing',
          path: ['components', entry.index, 'milestones', key],
          data: { component: entry.component.name, milestone: name, date, housing: latestHousing },
        };
      }
    }
  },
});
