import { describe, expect, it } from 'vitest';
import { schemaEnumValues, untranslatedEnglish } from '../support/chinese-text.js';

const values = schemaEnumValues();
const check = (message: string) => untranslatedEnglish(message, values);

describe('the check that a Chinese message has no English in it', () => {
  it('knows the values of the schema', () => {
    expect(values.has('backstop-letter')).toBe(true);
    expect(values.has('state-owned')).toBe(true);
  });

  it('flags an enumerated value on its own, and English prose', () => {
    expect(check('政府为原融资平台公司提供了 backstop-letter')).toEqual(['unlabelled value backstop-letter']);
    expect(check('选择方式为direct-designation')).toEqual(['unlabelled value direct-designation']);
    expect(check('YAML 语法错误：All mapping items must start at the same column')).toHaveLength(1);
    expect(check('YAML 语法错误：Unresolved tag: !custom')).toEqual(['English words "Unresolved tag"']);
  });

  it('accepts a value after its label, quoted dossier text, document numbers, file names, keys and abbreviations', () => {
    expect(check('政府为原融资平台公司出具了兜底函（backstop-letter）')).toEqual([]);
    expect(check('“Taiyuan Urban Investment Co”的名称')).toEqual([]);
    expect(check('文件 "other kind" 与 晋政办发〔2015〕122号 不符')).toEqual([]);
    expect(check('证明文件 scans/fsr scan.pdf 的 SHA-256 不一致')).toEqual([]);
    expect(check('文件为空，不是资料（资料以 dossierFormat: 1 开头）')).toEqual([]);
    expect(check('文件大小超过上限（可用 --max-file-size 调整）；请另存为 UTF-8；不支持 YAML 1.1')).toEqual([]);
    expect(check('C级危房（C）')).toEqual([]);
  });

  it('does not take a value in brackets after Latin text as labelled', () => {
    expect(check('kind（backstop-letter）')).not.toEqual([]);
  });
});
