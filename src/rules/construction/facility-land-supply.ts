import { defineRule } from '../define-rule.js';
import { componentsOfKind } from '../support/components-of-kind.js';

export const facilityLandSupply = defineRule({
  meta: {
    id: 'facility-land-supply',
    severity: 'warning',
    clause: 'N-2.3',
    rests: {
      quote:
        '相关用地以单独成宗供应为主，并依法办理相关供地手续；对确属规划难以分割的配套设施建设用地，可在招标拍卖挂牌出让商品住房用地或划拨供应保障性住房用地时整体供应',
      modal: '可',
    },
    title: { zh: '配套设施用地供应方式明确', en: 'The land supply of facility land is stated' },
    description: {
      zh: '配套设施用地以单独成宗供应为主并依法办理供地手续；确属规划难以分割的，可随商品住房或保障性住房用地整体供应，建成后移交。每个公共服务设施组成部分须写明用地供应方式。',
      en: 'Facility land is supplied mainly as separate parcels with lawful land-supply procedures; land that planning cannot split may be supplied with the housing land and the facility handed over on completion. Every public-facility component states how its land is supplied.',
    },
    fix: {
      zh: '在 landSupply.method 中写明 separate-parcel（单独成宗）或 bundled-with-housing-land（整体供应），并引用供地文件。',
      en: 'Set `landSupply.method` to `separate-parcel` or `bundled-with-housing-land`, and refer to the land-supply document.',
    },
    covers: ['N-2.3#1'],
    examples: {
      pass: `components:
  - { id: centre, kind: public-facility, name: 社区服务设施, landSupply: { method: separate-parcel, document: d-land-supply } }
documents:
  - { id: d-land-supply, kind: other, issuer: 太原市国土资源局, issued: 2016-03-10 }`,
      fail: `components:
  - { id: centre, kind: public-facility, name: 社区服务设施 }`,
    },
    messages: {
      missing: { zh: '“{component}”未写明配套设施用地的供应方式', en: '"{component}" does not state how its land is supplied' },
      noDocument: { zh: '“{component}”未引用供地手续文件', en: '"{component}" refers to no land-supply document' },
    },
  },
  *check(dossier) {
    for (const { component, index } of componentsOfKind(dossier, ['public-facility'])) {
      if (!component.landSupply) yield { messageId: 'missing', path: ['components', index], data: { component: component.name } };
      else if (component.landSupply.document === undefined) {
        yield { messageId: 'noDocument', path: ['components', index, 'landSupply'], data: { component: component.name } };
      }
    }
  },
});
