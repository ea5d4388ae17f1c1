import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Parameter } from '../../src/notice/parameters.js';
import { PARAMETERS } from '../../src/notice/parameters.js';
import { noticeValue, parameterHistory, parameterText } from '../../src/notice/parameter-text.js';
import type { Rule } from '../../src/rules/define-rule.js';

const PARAMETERS_MODULE = '../../src/notice/parameters.js';
const table = Object.values(PARAMETERS) as Parameter<unknown>[];

describe('parameter values in rule texts', () => {
  it('writes a parameter’s history oldest first, a repeated value once, in each language', () => {
    expect(parameterHistory('firstHomeDownPaymentMinPercent', 'zh')).toBe('25%（2015-09-24 起） → 20%（2023-08-31 起） → 15%（2024-05-17 起）');
    expect(parameterHistory('firstHomeDownPaymentMinPercent', 'en')).toBe('25% from 2015-09-24 → 20% from 2023-08-31 → 15% from 2024-05-17');
    expect(parameterHistory('programmes', 'en')).toBe('2015–2017 from 2015-06-30 → 2015–2017, 2018–2020 from 2018-01-01');
  });

  it('writes a single value as itself, in its unit, and a date parameter as the date', () => {
    expect(parameterText('eiaReReviewYears', 'zh')).toBe('5 年');
    expect(parameterText('eiaReReviewYears', 'en')).toBe('5 years');
    expect(parameterText('eiaFilingFrom', 'en')).toBe('2016-09-01');
    expect(parameterText('firstHomeDownPaymentMinPercent', 'en')).toBe(parameterHistory('firstHomeDownPaymentMinPercent', 'en'));
  });

  it('finds the value the notice itself sets', () => {
    expect(noticeValue('firstHomeDownPaymentMinPercent', 'zh')).toBe('25%');
    expect(noticeValue('seismicPriorityIntensity', 'en')).toBe('8');
  });
});

/*
 * A rule text must take every value of the parameter table from the table. The rules are loaded again with every
 * value of the table replaced by a stand-in that appears nowhere else; a value of the real table still found in a
 * text was then written by hand.
 */

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function zhNumbers(n: number): string[] {
  if (!Number.isInteger(n) || n <= 0 || n >= 100) return [];
  const tens = Math.floor(n / 10);
  const written = `${tens === 0 ? '' : tens === 1 ? '十' : `${ZH_DIGITS[tens]}十`}${ZH_DIGITS[n % 10]}`;
  return n === 2 ? [written, '两'] : [written];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Every way a text could spell one value of the table. */
function spellings(value: unknown, unit: string | undefined): RegExp[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const month = MONTHS[m - 1]!;
    return [
      new RegExp(`(?<!\\d)${escapeRegExp(value)}(?!\\d)`),
      new RegExp(`${y}\\s*年\\s*0?${m}\\s*月\\s*0?${d}\\s*日`),
      new RegExp(`${month}\\s+${d},?\\s+${y}|(?<!\\d)${d}\\s+${month}\\s+${y}`),
      // A date on the first of a month is often written as the month alone.
      ...(d === 1 ? [new RegExp(`${y}\\s*年\\s*0?${m}\\s*月(?!\\s*\\d)`), new RegExp(`${month}\\s+${y}`)] : []),
    ];
  }
  if (typeof value === 'string' && /^\d{4}-\d{4}$/.test(value)) {
    const [from, to] = value.split('-');
    return [new RegExp(`(?<!\\d)${from}\\s*[-–—~至到]\\s*${to}(?!\\d)`)];
  }
  if (typeof value !== 'number') return [new RegExp(escapeRegExp(String(value)))];
  const zh = zhNumbers(value);
  const en = EN_NUMBERS[value];
  const number = `(?<![\\d.])${escapeRegExp(String(value))}(?![\\d.])`;
  if (unit === '%') return [new RegExp(`${number}\\s*(%|％|percent)`), ...zh.map((word) => new RegExp(`百分之${word}`))];
  if (unit === 'years') {
    return [
      new RegExp(`${number}\\s*(年|-?years?\\b|-year)`),
      ...zh.map((word) => new RegExp(`(?<![一二三四五六七八九十两])${word}年`)),
      ...(en ? [new RegExp(`\\b${en}[ -]years?\\b`, 'i')] : []),
    ];
  }
  // A number without a unit: any number standing alone, not part of a date, a document number or a word.
  return [new RegExp(`(?<![\\w.〔\\-/:])${escapeRegExp(String(value))}(?![\\w.〕号\\-/:%])`), ...zh.map((word) => new RegExp(`${word}度`))];
}

/**
 * Names that contain a number without being a value of the table: the national renovation programmes are called
 * three-year plans whatever a document's validity in years is.
 */
const NAMES = [/三年(改造)?计划/g, /three-year (?:[\w-]+ )?(?:programme|plan)s?/gi];

const realSpellings = table.flatMap((parameter) =>
  parameter.values.flatMap((row) =>
    [row.from, ...[row.value].flat(), ...(row.localMinimum === undefined ? [] : [row.localMinimum])].flatMap((value) =>
      spellings(value, value === row.from ? undefined : parameter.unit).map((pattern) => ({ parameter: parameter.name, value, pattern })),
    ),
  ),
);

/** The table with every value and date replaced by a stand-in of the same shape that no real text contains. */
function standInTable(): typeof PARAMETERS {
  const standIns = new Map<string, unknown>();
  const standIn = (value: unknown): unknown => {
    const key = JSON.stringify(value);
    if (!standIns.has(key)) {
      const n = standIns.size;
      if (typeof value === 'number') standIns.set(key, 901 + n);
      else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) standIns.set(key, `${1901 + n}-11-11`);
      else if (typeof value === 'string' && /^\d{4}-\d{4}$/.test(value)) standIns.set(key, `${1801 + n}-${1803 + n}`);
      else throw new Error(`no stand-in for the parameter value ${key}`);
    }
    return standIns.get(key);
  };
  return Object.fromEntries(
    table.map((parameter) => [
      parameter.name,
      {
        ...parameter,
        values: parameter.values.map((row) => ({
          ...row,
          from: standIn(row.from),
          value: Array.isArray(row.value) ? row.value.map(standIn) : standIn(row.value),
          ...(row.localMinimum === undefined ? {} : { localMinimum: standIn(row.localMinimum) }),
        })),
      },
    ]),
  ) as unknown as typeof PARAMETERS;
}

async function rulesWithStandIns(): Promise<readonly Rule[]> {
  vi.resetModules();
  vi.doMock(PARAMETERS_MODULE, async (importOriginal) => ({ ...(await importOriginal<object>()), PARAMETERS: standInTable() }));
  const { ALL_RULES } = await import('../../src/rules/registry.js');
  return ALL_RULES;
}

/** The texts of a rule a reader sees, by where they are; of the examples only the comments, the rest is a dossier. */
function textsOf({ meta }: Rule): [string, string][] {
  const localized = [
    ['title', meta.title],
    ['description', meta.description],
    ['fix', meta.fix],
    ...Object.entries(meta.messages).map(([id, text]) => [`message ${id}`, text] as const),
  ] as const;
  const comments = (example: string) => [...example.matchAll(/(?:^|\s)#(.*)$/gm)].map((match) => match[1]!).join('\n');
  return [
    ...localized.flatMap(([where, text]): [string, string][] => [
      [`${where} (zh)`, text.zh],
      [`${where} (en)`, text.en],
    ]),
    ['passing example', comments(meta.examples.pass)],
    ['failing example', comments(meta.examples.fail)],
  ];
}

describe('every rule text takes the parameter values from the table', async () => {
  const rules = await rulesWithStandIns();
  afterAll(() => {
    vi.doUnmock(PARAMETERS_MODULE);
    vi.resetModules();
  });

  it('the rules were loaded with the stand-in table (so the scan below is not vacuous)', () => {
    const all = rules.flatMap((rule) => textsOf(rule).map(([, text]) => text)).join('\n');
    expect(all).toMatch(/\b90\d%|\b19\d\d-11-11\b/);
  });

  for (const rule of rules) {
    it(`${rule.meta.id} spells no value of the table by hand`, () => {
      const found: string[] = [];
      for (const [where, raw] of textsOf(rule)) {
        const text = NAMES.reduce((rest, name) => rest.replace(name, ''), raw);
        for (const { parameter, value, pattern } of realSpellings) {
          const match = pattern.exec(text);
          if (match) found.push(`${where}: "${match[0]}" is ${parameter} = ${JSON.stringify(value)}`);
        }
      }
      expect([...new Set(found)]).toEqual([]);
    });
  }
});
