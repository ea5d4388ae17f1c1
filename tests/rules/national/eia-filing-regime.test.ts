import { BASE_DOSSIER, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

/** The base dossier applying for its loan late in 2016, its EIA step a registration filing of the given date. */
const filing = (issued: string) =>
  replaceOnce(
    replaceOnce(
      BASE_DOSSIER,
      '{ id: d-eia, kind: eia-approval, issuer: 太原市环境保护局, issued: 2016-03-02 }',
      `{ id: d-eia, kind: eia-filing, issuer: 太原市环境保护局, issued: ${issued} }`,
    ),
    'applicationDate: 2016-04-01',
    'applicationDate: 2016-10-01',
  );
const early = filing('2016-08-31');

testRule('eia-filing-regime', {
  valid: [
    { name: 'a filing made on 2016-09-01', text: filing('2016-09-01') },
    { name: 'an approval', text: BASE_DOSSIER },
  ],
  invalid: [
    {
      name: 'a filing made on 2016-08-31',
      text: early,
      errors: [{ messageId: 'filingTooEarly', ...valuePosition(early, 'issued: 2016-08-31'), message: /predates 2016-09-01/ }],
    },
  ],
});
