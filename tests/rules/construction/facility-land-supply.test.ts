import { BASE_DOSSIER as base, positionOf, withComponent } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const facility = (extra: string) => `  - id: centre
    kind: public-facility
    name: 社区服务设施
    facilities: [社区服务中心 1200㎡]${extra}`;
const without = withComponent(base, facility(''));
const noDocument = withComponent(base, facility('\n    landSupply: { method: separate-parcel }'));

testRule('facility-land-supply', {
  valid: [
    { name: 'a separate parcel with its document', text: withComponent(base, facility('\n    landSupply: { method: separate-parcel, document: d-land }')) },
    { name: 'no public-facility component', text: base },
  ],
  invalid: [
    { name: 'land supply not stated', text: without, errors: [{ messageId: 'missing', ...positionOf(without, 'id: centre') }] },
    { name: 'land supply without its document', text: noDocument, errors: [{ messageId: 'noDocument', ...positionOf(noDocument, 'landSupply') }] },
  ],
});
