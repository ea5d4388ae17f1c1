import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const low = replaceOnce(base, 'projectCapital: 16000', 'projectCapital: 15999');

testRule('project-capital-ratio', {
  valid: [
    { name: 'exactly 20%', text: base },
    { name: 'below 20% the day before 国发〔2015〕51号 took effect', text: low, asOf: '2015-09-08' },
    { name: 'no capital stated', text: replaceOnce(base, '  projectCapital: 16000\n', '') },
  ],
  invalid: [
    {
      name: 'just below 20% on the day it took effect',
      text: low,
      asOf: '2015-09-09',
      errors: [{ messageId: 'belowMinimum', ...valuePosition(low, 'projectCapital: 15999'), message: /is 19\.9% of total investment, below 20%/ }],
    },
  ],
});
