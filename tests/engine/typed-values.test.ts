import { describe, expect, it } from 'vitest';
import { isoDateFrom, numberFrom } from '../../src/engine/validate.js';

describe('the form to write, from what people type', () => {
  it.each([
    ['5亿元', 'wan', '50000'],
    ['6.88亿元', 'wan', '68800'],
    ['1,200万元', 'wan', '1200'],
    ['3,000,000元', 'wan', '300'],
    ['86，000', 'wan', '86000'],
    ['20%', 'plain', '20'],
    ['20％', 'plain', '20'],
    ['1,260户', 'plain', '1260'],
    ['3万', 'plain', '30000'],
  ] as const)('%s (%s) → %s', (text, unit, expected) => {
    expect(numberFrom(text, unit)).toBe(expected);
  });

  it.each(['五亿元', 'about 5', '', '5 亿 元 左右'])('%s is not a number it can read', (text) => {
    expect(numberFrom(text, 'wan')).toBeUndefined();
  });

  it.each([
    ['2016年5月1日', '2016-05-01'],
    ['2016/5/1', '2016-05-01'],
    ['2016.12.31', '2016-12-31'],
    ['2016-5-1', '2016-05-01'],
    [' 2016 年 5 月 1 日 ', '2016-05-01'],
  ])('%s → %s', (text, iso) => {
    expect(isoDateFrom(text)).toBe(iso);
  });

  it.each(['2016年2月30日', '2016/13/1', '五月一日', '16/5/1'])('%s has no real date to suggest', (text) => {
    expect(isoDateFrom(text)).toBeUndefined();
  });
});
