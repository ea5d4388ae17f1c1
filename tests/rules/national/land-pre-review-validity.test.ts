import { describe, expect, it } from 'vitest';
import { checkDossierText } from '../../../src/engine/check-dossier.js';
import { BASE_DOSSIER as base, replaceOnce, valuePosition, withDocuments } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

// The land pre-review opinion of the base dossier is dated 2016-03-04; its loan is applied for on 2016-04-01 and it
// records no disbursement, so the opinion is judged at the application.
const applying = (date: string, text = base) => replaceOnce(text, 'applicationDate: 2016-04-01', `applicationDate: ${date}`);
const disbursed = (date: string, text = base) =>
  replaceOnce(text, '  applicationDate: 2016-04-01\n', `  applicationDate: 2016-04-01\n  disbursements: [{ date: ${date} }]\n`);
const landIssued = (date: string, text = base) => replaceOnce(text, 'issued: 2016-03-04', `issued: ${date}`);
const expiredAtApplication = applying('2018-03-05');
const expiredAtDisbursement = disbursed('2018-03-05');
const printedValidity = replaceOnce(
  base,
  'issuer: 太原市国土资源局, issued: 2016-03-04 }',
  'issuer: 太原市国土资源局, issued: 2016-03-04, validUntil: 2016-03-31 }',
);
const amendedRegime = disbursed('2020-01-03', landIssued('2017-01-02'));
const merged = (disbursement: string) =>
  withDocuments(
    disbursed(disbursement, replaceOnce(base, 'landPreReview: d-land', 'landPreReview: d-merged')),
    '{ id: d-merged, kind: land-pre-review-and-site-selection, issuer: 太原市规划和自然资源局, issued: 2019-10-08 }',
  );

testRule('land-pre-review-validity', {
  valid: [
    { name: 'applied for within the two years', text: base },
    { name: 'disbursed on the last valid day', text: disbursed('2018-03-04') },
    { name: 'applied for long ago but disbursed in time: the disbursement counts', text: disbursed('2016-05-01', applying('2016-04-01')) },
    // Issued under the amended measures (three years, reported): judged by them, not by the two years of 2009.
    { name: 'issued after the 2017 amendment, disbursed in its third year', text: disbursed('2020-01-02', landIssued('2017-01-02')) },
    { name: 'a merged opinion disbursed on the last day of its three years', text: merged('2022-10-08') },
  ],
  invalid: [
    {
      name: 'no disbursement: applied for the day after two years (a reported period: a warning)',
      text: expiredAtApplication,
      errors: [
        {
          messageId: 'expiredReported',
          ...valuePosition(expiredAtApplication, 'issued: 2016-03-04'),
          message:
            /valid until 2018-03-04 under the rules in force on its issue date 2016-03-04 \(.*部令第42号.*\), before the loan application \(the dossier records no disbursement\) on 2018-03-05; .*secondary sources only/,
        },
      ],
    },
    {
      name: 'disbursed the day after two years',
      text: expiredAtDisbursement,
      errors: [
        { messageId: 'expiredReported', ...valuePosition(expiredAtDisbursement, 'issued: 2016-03-04'), message: /before the first disbursement on 2018-03-05/ },
      ],
    },
    {
      name: 'issued under the amended measures, disbursed the day after three years',
      text: amendedRegime,
      errors: [{ messageId: 'expiredReported', ...valuePosition(amendedRegime, 'issued: 2017-01-02'), message: /valid until 2020-01-02 .*部令第68号/ }],
    },
    {
      name: 'the validity printed on the document prevails (an error)',
      text: printedValidity,
      errors: [{ messageId: 'expired', ...valuePosition(printedValidity, 'validUntil: 2016-03-31'), message: /valid until 2016-03-31 \(as printed on it\)/ }],
    },
    {
      name: 'a merged opinion disbursed the day after its three years (a verified period: an error)',
      text: merged('2022-10-09'),
      errors: [{ messageId: 'expiredByRule', ...valuePosition(merged('2022-10-09'), 'issued: 2019-10-08'), message: /自然资规〔2019〕2号/ }],
    },
  ],
});

describe('land-pre-review-validity severity', () => {
  const severities = (text: string) => {
    const outcome = checkDossierText(text, 'case.yaml', { asOf: '2024-01-01', only: new Set(['land-pre-review-validity']) });
    if (outcome.kind !== 'dossier') throw new Error('not a dossier');
    return outcome.result.findings.map((finding) => [finding.messageId, finding.severity]);
  };
  it('is a warning when the period rests on a reported value, and fails no checklist item', () => {
    expect(severities(expiredAtDisbursement)).toEqual([['expiredReported', 'warning']]);
  });
  it('is an error when the period is printed on the document or verified', () => {
    expect(severities(printedValidity)).toEqual([['expired', 'error']]);
    expect(severities(merged('2022-10-09'))).toEqual([['expiredByRule', 'error']]);
  });
});
