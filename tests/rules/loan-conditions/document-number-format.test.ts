import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber, parseDocumentNumber } from '../../../src/rules/loan-conditions/document-number-format.js';
import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../../support/dossier-text.js';
import { testRule } from '../../support/rule-tester.js';

const numbered = (number: string) => replaceOnce(base, 'number: 晋建保字〔2016〕8号', `number: ${number}`);

describe('document numbers', () => {
  it.each([
    ['晋政办发〔2015〕122号', '晋政办发〔2015〕122号'],
    ['晋政办发[2015]122号', '晋政办发〔2015〕122号'],
    ['晋政办发［2015］122号', '晋政办发〔2015〕122号'],
    ['晋政办发(2015)122号', '晋政办发〔2015〕122号'],
    ['晋政办发（2015）122号', '晋政办发〔2015〕122号'],
    [' 晋政办发 〔2015〕 122号 ', '晋政办发〔2015〕122号'],
  ])('normalises %s', (raw, normal) => {
    expect(normaliseDocumentNumber(raw)).toBe(normal);
  });

  it('parses issuer code, year and serial', () => {
    expect(parseDocumentNumber('国发〔2015〕37号')).toEqual({ code: '国发', year: 2015, serial: 37 });
    expect(parseDocumentNumber('122号')).toBeUndefined();
  });
});

testRule('document-number-format', {
  valid: [
    { name: 'a well-formed number of the issue year', text: base },
    { name: 'square brackets from a reprint (quoted, as YAML needs)', text: numbered('"晋建保字[2016]8号"') },
    { name: 'no number given', text: replaceOnce(base, 'number: 晋建保字〔2016〕8号, ', '') },
  ],
  invalid: [
    {
      name: 'the year differs from the issue date',
      text: numbered('晋建保字〔2015〕8号'),
      errors: [{ messageId: 'yearMismatch', ...valuePosition(numbered('晋建保字〔2015〕8号'), 'number: 晋建保字〔2015〕8号'), message: /year 2015 .* differs from the issue date 2016-01-18/ }],
    },
    {
      name: 'no year in brackets',
      text: numbered('晋建保字8号'),
      errors: [{ messageId: 'malformed', ...valuePosition(numbered('晋建保字8号'), 'number: 晋建保字8号') }],
    },
  ],
});
