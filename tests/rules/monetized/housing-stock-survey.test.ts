import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const monetized = '  monetized: { ways: [free-use], housingStockSurvey: d-survey, listingsPublication: d-listings, disclosure: d-disclosure }\n';
const neither = replaceOnce(base, monetized, '  monetized: { ways: [free-use], disclosure: d-disclosure }\n');
const noBlock = replaceOnce(base, monetized, '');
const wrongKind = replaceOnce(base, 'housingStockSurvey: d-survey', 'housingStockSurvey: d-listings');
const builtOnly = replaceOnce(replaceOnce(base, 'modes: [monetized]', 'modes: [built-housing]'), monetized, '');

testRule('housing-stock-survey', {
  valid: [
    { name: 'survey and listings referred to', text: base },
    { name: 'built housing only: not required', text: builtOnly },
  ],
  invalid: [
    {
      name: 'neither survey nor listings',
      text: neither,
      errors: [
        { messageId: 'missingSurvey', ...positionOf(neither, 'monetized: {') },
        { messageId: 'missingListings', ...positionOf(neither, 'monetized: {') },
      ],
    },
    {
      name: 'no monetized block at all: reported at resettlement',
      text: noBlock,
      errors: [
        { messageId: 'missingSurvey', ...positionOf(noBlock, 'resettlement:') },
        { messageId: 'missingListings', ...positionOf(noBlock, 'resettlement:') },
      ],
    },
    {
      name: 'the survey slot names the listings',
      text: wrongKind,
      errors: [{ messageId: 'wrongKind', ...valuePosition(wrongKind, 'housingStockSurvey: d-listings') }],
    },
  ],
});
