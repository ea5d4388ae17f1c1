import { BASE_DOSSIER as base, positionOf, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const secondProgramme = replaceOnce(base, 'programme: 2015-2017, year: 2016', 'programme: 2018-2020, year: 2018');
const noProgramme = replaceOnce(base, ' programme: 2015-2017,', '');
const yearOutside = replaceOnce(base, 'programme: 2015-2017, year: 2016', 'programme: 2015-2017, year: 2019');

testRule('programme-period', {
  valid: [
    { name: 'the 2015–2017 programme', text: base },
    { name: 'the 2018–2020 programme on the day it starts', text: secondProgramme, asOf: '2018-01-01' },
  ],
  invalid: [
    {
      name: 'the 2018–2020 programme the day before it starts',
      text: secondProgramme,
      asOf: '2017-12-31',
      errors: [
        {
          messageId: 'notInForce',
          ...valuePosition(secondProgramme, 'programme: 2018-2020'),
          message: /not a programme in force on the as-of date \(2015-2017\)/,
        },
      ],
    },
    { name: 'no programme stated', text: noProgramme, errors: [{ messageId: 'missingProgramme', ...positionOf(noProgramme, 'plan:') }] },
    { name: 'plan year outside the programme', text: yearOutside, errors: [{ messageId: 'yearOutside', ...valuePosition(yearOutside, 'year: 2019') }] },
  ],
});
