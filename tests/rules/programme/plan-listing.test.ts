import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const plan = '  plan: { name: 2015-2017年山西省棚户区改造规划, programme: 2015-2017, year: 2016, listingDocument: d-listing }\n';
const noPlan = replaceOnce(base, plan, '');
const noListing = replaceOnce(base, ', listingDocument: d-listing }', ' }');
const noYear = replaceOnce(base, ', year: 2016,', ',');
const wrongKind = replaceOnce(base, 'listingDocument: d-listing', 'listingDocument: d-filing');

testRule('plan-listing', {
  valid: [{ name: 'plan with name, year and listing document', text: base }],
  invalid: [
    { name: 'no plan at all', text: noPlan, errors: [{ messageId: 'missingPlan', ...positionOf(noPlan, 'project:') }] },
    { name: 'no listing document', text: noListing, errors: [{ messageId: 'missingListing', ...positionOf(noListing, 'plan:') }] },
    { name: 'no year', text: noYear, errors: [{ messageId: 'missingYear', ...positionOf(noYear, 'plan:') }] },
    {
      name: 'a listing document without its number',
      text: replaceOnce(base, 'number: 晋建保字〔2016〕8号, ', ''),
      errors: [{ messageId: 'missingNumber', ...positionOf(base, '{ id: d-listing') }],
    },
    {
      name: 'listing document of another kind',
      text: wrongKind,
      errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'listingDocument: d-filing'), message: /expected plan listing document/ }],
    },
  ],
});
