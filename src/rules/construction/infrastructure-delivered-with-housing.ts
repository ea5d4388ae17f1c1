import { defineRule, type RuleReport } from '../define-rule.js';
import { componentsOfKind } from '../support/components-of-kind.js';

type MessageId = 'missingDelivery' | 'deliveredAfterHousing';

export const infrastructureDeliveredWithHousing = defineRule({
  meta: {
    id: 'infrastructure-delivered-with-housing',
    severity: 'error',
    clause: 'N-2.3',
    rests: {
      quote: '棚户区改造安置住房配套基础设施要与安置住房同步规划、同步报批、同步建设、同步交付使用',
      modal: '要',
    },
    title: { zh: '配套设施与安置住房同步交付', en: 'Supporting facilities are delivered with the housing' },
    description: {
      zh: '安置住房配套基础设施要与安置住房同步规划、同步报批、同步建设、同步交付使用。有安置房建设的项目，每个配套基础设施和公共服务设施组成部分须写明交付日期，且不晚于安置住房的交付日期（多个安置房组成部分时取最晚者）。',
      en: 'Supporting infrastructure is planned, approved, built and delivered together with the resettlement housing. Where housing is built, every infrastructure and public-facility component states its delivery date, not later than the housing’s (the latest one, when there are several housing components).',
    },
    fix: {
      zh: '在各组成部分的 milestones.delivery 中写明交付日期，调整配套设施计划使其不晚于安置住房交付。',
      en: 'State `milestones.delivery` for each component, and plan the facilities to be delivered no later than the housing.',
    },
    covers: ['N-2.3#1'],
    examples: {
      pass: `components:
  - { id: housing, kind: resettlement-housing, name: 安置房, milestones: { delivery: 2018-10-31 } }
  - { id: roads, kind: infrastructure, name: 道路, milestones: { delivery: 2018-10-31 } }`,
      fail: `components:
  - { id: housing, kind: resettlement-housing, name: 安置房, milestones: { delivery: 2018-10-31 } }
  - { id: roads, kind: infrastructure, name: 道路, milestones: { delivery: 2019-06-30 } }`,
    },
    messages: {
      missingDelivery: { zh: '“{component}”未写明交付使用日期', en: '"{component}" states no delivery date' },
      deliveredAfterHousing: {
        zh: '“{component}”未与安置住房同步交付使用：交付日期 {delivery} 晚于安置住房的 {housing}',
        en: '"{component}" is delivered on {delivery}, after the resettlement housing on {housing}',
      },
    },
  },
  *check(dossier) {
    const housing = componentsOfKind(dossier, ['resettlement-housing']);
    const facilities = componentsOfKind(dossier, ['infrastructure', 'public-facility']);
    if (housing.length === 0 || facilities.length === 0) return;
    const missing = ({ component, index }: (typeof housing)[number]): RuleReport<MessageId> => ({
      messageId: 'missingDelivery',
      path: ['components', index, 'milestones', 'delivery'],
      data: { component: component.name },
    });
    const housingDates: string[] = [];
    for (const entry of housing) {
      const delivery = entry.component.milestones?.delivery;
      if (delivery === undefined) yield missing(entry);
      else housingDates.push(delivery);
    }
    const latestHousing = housingDates.sort().at(-1);
    for (const entry of facilities) {
      const delivery = entry.component.milestones?.delivery;
      if (delivery === undefined) yield missing(entry);
      else if (latestHousing !== undefined && delivery > latestHousing) {
        yield {
          messageId: 'deliveredAfterHousing',
          path: ['components', entry.index, 'milestones', 'delivery'],
          data: { component: entry.component.name, delivery, housing: latestHousing },
        };
      }
    }
  },
});
