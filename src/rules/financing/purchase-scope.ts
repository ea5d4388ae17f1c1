import { enumText } from '../../dossier/enum-labels.js';
import { defineRule } from '../define-rule.js';
import { agreementsOfKind, EXCLUDED_SCOPE } from '../support/financing-agreements.js';

export const purchaseScope = defineRule({
  meta: {
    id: 'purchase-scope',
    severity: 'error',
    clause: 'N-4.1',
    rests: {
      quote:
        '政府购买棚户区改造服务的范围，限定在政府应当承担的棚户区改造征地拆迁服务以及安置住房筹集、公益性基础设施建设等方面，不包括棚户区改造项目中配套建设的商品房以及经营性基础设施',
      modal: '限定在',
    },
    title: { zh: '购买服务范围限定在允许事项内', en: 'The purchase-of-service scope stays within the allowed items' },
    description: {
      zh: '政府购买棚户区改造服务的范围，限定在征地拆迁服务以及安置住房筹集、公益性基础设施建设等方面，不包括配套建设的商品房以及经营性基础设施。每份购买服务协议须写明范围，且不含排除事项。',
      en: 'The scope of purchased renovation services is limited to land acquisition and demolition services, raising resettlement housing and public-interest infrastructure; it excludes commercial housing built alongside and revenue-generating infrastructure. Each purchase-of-service agreement states its scope, with no excluded item.',
    },
    fix: {
      zh: '从 scope 中去掉配套建设的商品房（commercial-housing）和经营性基础设施（revenue-infrastructure），这些内容应以市场化方式另行融资。',
      en: 'Remove `commercial-housing` and `revenue-infrastructure` from `scope`; finance them on market terms instead.',
    },
    covers: ['N-4.1#1'],
    examples: {
      pass: `agreements:
  - { id: agr-1, kind: purchase-of-service, document: d-agreement, scope: [land-acquisition-demolition, resettlement-housing, public-infrastructure] }`,
      fail: `agreements:
  - { id: agr-1, kind: purchase-of-service, document: d-agreement, scope: [land-acquisition-demolition, commercial-housing] }`,
    },
    messages: {
      missingScope: { zh: '购买服务协议“{id}”未写明服务范围', en: 'The purchase-of-service agreement "{id}" states no scope' },
      excluded: {
        zh: '购买服务协议“{id}”将{item}列入购买范围，超出政府购买棚户区改造服务的范围',
        en: 'The purchase-of-service agreement "{id}" includes the excluded item {item}',
      },
    },
  },
  *check(dossier) {
    for (const { agreement, index } of agreementsOfKind(dossier, 'purchase-of-service')) {
      if ((agreement.scope ?? []).length === 0) {
        yield { messageId: 'missingScope', path: ['agreements', index], data: { id: agreement.id } };
        continue;
      }
      for (const [position, item] of (agreement.scope ?? []).entries()) {
        if (EXCLUDED_SCOPE.has(item))
          yield { messageId: 'excluded', path: ['agreements', index, 'scope', position], data: { id: agreement.id, item: enumText('purchaseScope', item) } };
      }
    }
  },
});
