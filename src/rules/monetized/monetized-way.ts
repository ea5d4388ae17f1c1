import { defineRule } from '../define-rule.js';
import { monetizedAnchor, monetizedPart } from '../support/monetized-resettlement.js';

export const monetizedWay = defineRule({
  meta: {
    id: 'monetized-way',
    severity: 'warning',
    clause: 'N-3.2',
    rests: {
      quote:
        '各地要把棚户区改造货币化安置作为今后棚户区改造工作的一项主要渠道，通过政府收购房源安置、政府搭建平台提供居民选购商品住房安置、居民自由支配补偿款三种方式，加大棚户区改造货币化安置力度',
      modal: '要',
    },
    title: { zh: '货币化安置方式为三种方式之一', en: 'The cash resettlement way is one of the three' },
    description: {
      zh: '货币化安置通过政府收购房源安置、政府搭建平台提供居民选购商品住房安置、居民自由支配补偿款三种方式进行。采取货币化安置的资料须写明所用方式（格式只允许这三种）。',
      en: 'Cash resettlement takes three ways: the government buys housing, the government runs a platform where residents choose commercial housing, or residents use the compensation freely. A dossier with cash resettlement states its ways (the format allows only these three).',
    },
    fix: {
      zh: '在 resettlement.monetized.ways 中写明政府收购房源安置（government-purchase）、政府搭建平台提供居民选购商品住房安置（platform-selection）或居民自由支配补偿款（free-use）。',
      en: 'State `resettlement.monetized.ways`: `government-purchase`, `platform-selection` or `free-use`.',
    },
    covers: ['N-3.2#1'],
    examples: {
      pass: `resettlement:
  monetized: { ways: [government-purchase] }`,
      fail: `resettlement:
  monetized: { ways: ~ }   # 未写明货币化安置方式`,
    },
    messages: {
      missing: { zh: '未写明货币化安置方式', en: 'The cash resettlement way is not stated' },
    },
  },
  *check(dossier) {
    const part = monetizedPart(dossier);
    if (part && (part.monetized?.ways ?? []).length === 0) yield { messageId: 'missing', path: monetizedAnchor(part.monetized) };
  },
});
