import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber, numberYearFits, parseDocumentNumber } from '../../../src/rules/loan-conditions/document-number-format.js';
import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const LISTING = 'number: 晋建保字〔2016〕8号, issuer: 山西省住房和城乡建设厅, issued: 2016-01-18';
const numbered = (number: string, issued = '2016-01-18') => replaceOnce(base, LISTING, `number: ${number}, issuer: 山西省住房和城乡建设厅, issued: ${issued}`);
const AGREEMENT = 'number: 小政购〔2016〕1号';

describe('document numbers', () => {
  it.each([
    ['晋政办发〔2015〕122号', '晋政办发〔2015〕122号'],
    ['晋政办发[2015]122号', '晋政办发〔2015〕122号'],
    ['晋政办发［2015］122号', '晋政办发〔2015〕122号'],
    ['晋政办发(2015)122号', '晋政办发〔2015〕122号'],
    ['晋政办发（2015）122号', '晋政办发〔2015〕122号'],
    ['晋政办发【2015】122号', '晋政办发〔2015〕122号'],
    [' 晋政办发 〔2015〕 122号 ', '晋政办发〔2015〕122号'],
  ])('normalises %s', (raw, normal) => {
    expect(normaliseDocumentNumber(raw)).toBe(normal);
  });

  it('parses issuer code, year and serial', () => {
    expect(parseDocumentNumber('国发〔2015〕37号')).toEqual({ code: '国发', year: 2015, serial: 37 });
    expect(parseDocumentNumber('晋建保字【2016】8号')).toEqual({ code: '晋建保字', year: 2016, serial: 8 });
    expect(parseDocumentNumber('122号')).toBeUndefined();
  });

  it('fits the issue year, or the year before for a document signed in January or February', () => {
    expect(numberYearFits(2015, '2016-01-05')).toBe(true);
    expect(numberYearFits(2015, '2016-02-29')).toBe(true);
    expect(numberYearFits(2015, '2016-03-01')).toBe(false);
    expect(numberYearFits(2014, '2016-01-05')).toBe(false);
    expect(numberYearFits(2017, '2016-12-31')).toBe(false);
  });
});

testRule('document-number-format', {
  valid: [
    { name: 'a well-formed number of the issue year', text: base },
    { name: 'square brackets from a reprint (quoted, as YAML needs)', text: numbered('"晋建保字[2016]8号"') },
    { name: '【】 brackets', text: numbered('晋建保字【2016】8号') },
    { name: 'no number given', text: replaceOnce(base, 'number: 晋建保字〔2016〕8号, ', '') },
    { name: 'numbered the year before and signed in January (the January case)', text: numbered('晋建保字〔2015〕8号') },
    { name: 'numbered the year before and signed at the end of February', text: numbered('晋建保字〔2015〕8号', '2016-02-29') },
    { name: 'a contract number on an agreement is no 文号', text: replaceOnce(base, AGREEMENT, 'number: XDGM-2016-001') },
    { name: 'a certificate number is no 文号', text: numbered('用字第140105201600012号') },
  ],
  invalid: [
    {
      name: 'numbered the year before and signed in March',
      text: numbered('晋建保字〔2015〕8号', '2016-03-01'),
      errors: [
        {
          messageId: 'yearMismatch',
          ...valuePosition(numbered('晋建保字〔2015〕8号', '2016-03-01'), 'number: 晋建保字〔2015〕8号'),
          message: /year 2015 .* does not fit the issue date 2016-03-01/,
        },
      ],
    },
    {
      name: 'numbered two years before',
      text: numbered('晋建保字〔2014〕8号'),
      errors: [{ messageId: 'yearMismatch', ...valuePosition(numbered('晋建保字〔2014〕8号'), 'number: 晋建保字〔2014〕8号') }],
    },
    {
      name: 'numbered the year after',
      text: numbered('晋建保字〔2017〕8号'),
      errors: [{ messageId: 'yearMismatch', ...valuePosition(numbered('晋建保字〔2017〕8号'), 'number: 晋建保字〔2017〕8号') }],
    },
    {
      name: 'no year in brackets',
      text: numbered('晋建保字8号'),
      errors: [{ messageId: 'malformed', ...valuePosition(numbered('晋建保字8号'), 'number: 晋建保字8号') }],
    },
  ],
});
