import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const builtHousing = replaceOnce(base, 'modes: [monetized]', 'modes: [built-housing]');
const bothModes = replaceOnce(base, 'modes: [monetized]', 'modes: [monetized, built-housing]');
const purchaseInsteadOfPlot = replaceOnce(base, 'plotCompensationPlan: d-plot', 'housingPurchasePlan: d-purchase');
const resettlementAt = (text: string) => positionOf(text, 'resettlement:');
const noResettlement = base.replace(/resettlement:\n(  .*\n)+/, '');

testRule('compensation-documents', {
  valid: [
    { name: 'monetized with the plot plan', text: base },
    { name: 'monetized with the housing purchase plan instead', text: purchaseInsteadOfPlot },
    { name: 'built housing with measures, announcement and plot plan', text: builtHousing },
    { name: 'both modes with both sets', text: bothModes },
    {
      name: 'no resettlement section where nobody is moved (infrastructure only)',
      text: noResettlement.replace(/  - id: demolition\n(    .*\n)+?(?=  - id:)/, '').replace('kind: resettlement-housing', 'kind: infrastructure'),
    },
  ],
  invalid: [
    {
      name: 'monetized without the announcement',
      text: removeLine(base, 'demolitionAnnouncement:'),
      errors: [{ messageId: 'missing', ...resettlementAt(base), message: /demolition-compensation announcement/ }],
    },
    {
      name: 'monetized with neither plot plan nor purchase plan',
      text: removeLine(base, 'plotCompensationPlan:'),
      errors: [{ messageId: 'missing', ...resettlementAt(base), message: /plot resettlement compensation plan or housing purchase plan/ }],
    },
    {
      name: 'built housing cannot use a purchase plan instead of the plot plan',
      text: replaceOnce(purchaseInsteadOfPlot, 'modes: [monetized]', 'modes: [built-housing]'),
      errors: [{ messageId: 'missing', ...resettlementAt(base), message: /built housing \(demolition part\)/ }],
    },
    {
      name: 'both modes with only the purchase plan: the built-housing set is incomplete',
      text: replaceOnce(purchaseInsteadOfPlot, 'modes: [monetized]', 'modes: [monetized, built-housing]'),
      errors: [{ messageId: 'missing', ...resettlementAt(base), message: /built housing/ }],
    },
    {
      name: 'built housing without the measures',
      text: removeLine(builtHousing, 'compensationMeasures:'),
      errors: [{ messageId: 'missing', ...resettlementAt(base), message: /management measures/ }],
    },
    {
      name: 'demolition without any resettlement section',
      text: noResettlement,
      errors: [{ messageId: 'missing', ...positionOf(noResettlement, 'id: demolition'), message: /resettlement mode/ }],
    },
    {
      name: 'the announcement slot points at the measures',
      text: replaceOnce(base, 'demolitionAnnouncement: d-announcement', 'demolitionAnnouncement: d-measures'),
      errors: [
        { messageId: 'missing', ...resettlementAt(base) },
        { messageId: 'wrongKind', line: positionOf(base, 'demolitionAnnouncement').line, column: '  demolitionAnnouncement: '.length + 1 },
      ],
    },
  ],
});
