import { describe, expect, it } from 'vitest';
import { checkDossierText } from '../../src/engine/check-dossier.js';
import { checkSources } from '../../src/engine/check.js';
import type { DossierResult } from '../../src/engine/types.js';
import { isoDateFrom, numberFrom } from '../../src/engine/validate.js';
import { brief, checkText as check } from '../support/check-text.js';
import { BASE_DOSSIER as base, positionOf, replaceOnce } from '../support/dossier-text.js';
import { runCli } from '../support/run-cli.js';

/*
 * A dossier comes from the borrower. Each input here is sized so that work quadratic in its size would take
 * minutes: the timeouts are hang guards, and a linear reading finishes far inside them.
 */
const HANG_GUARD = 120_000;
const MIB = 1024 * 1024;

const SPACES = ' '.repeat(MIB);
const messages = (result: DossierResult) => result.findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}:${f.column}`);

describe('patterns applied to dossier text are linear', () => {
  it('a date typed with a megabyte of spaces inside', { timeout: HANG_GUARD }, () => {
    const text = replaceOnce(base, 'applicationDate: 2016-04-01', `applicationDate: "2016-4-1${SPACES}x"`);
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'date', ...positionOf(text, '"2016-4-1') }]);
    expect(isoDateFrom(`2016年5月1日${SPACES}x`)).toBeUndefined();
    expect(isoDateFrom(`${SPACES}2016年5月1日${SPACES}`)).toBe('2016-05-01');
  });

  it('an amount typed with a megabyte of spaces inside', { timeout: HANG_GUARD }, () => {
    const text = replaceOnce(base, 'amount: 50000', `amount: "5${SPACES}x"`);
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'type', ...positionOf(text, '"5 ') }]);
    expect(numberFrom(`5${SPACES}亿元x`, 'wan')).toBeUndefined();
    expect(numberFrom(` 5 亿元 `, 'wan')).toBe('50000');
  });

  it('a duplicated key line with a megabyte of spaces before its colon', { timeout: HANG_GUARD }, () => {
    const line = `city${' '.repeat(MIB / 2)}x: 太原市\n`;
    const text = `${base}${line}${line}`;
    const result = check(text);
    expect(result.verdict).toBe('fail');
    expect(result.findings.length).toBeGreaterThanOrEqual(1);
    expect(result.findings.every((f) => f.ruleId === 'yaml-syntax')).toBe(true);
  });
});

describe('aliases are counted before any node is built', () => {
  it('a megabyte of aliases is refused at the first alias, with nothing else reported', { timeout: HANG_GUARD }, () => {
    const aliases = Array.from({ length: MIB / 4 }, () => '*a').join(', ');
    const text = `${base}anchor: &a [x]\nmany: [${aliases}]\n`;
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'yaml-syntax', messageId: 'aliasAbuse', ...positionOf(text, '*a, ') }]);
  });

  it('asterisks in quoted scalars and block scalars are text, not aliases', () => {
    const quoted = Array.from({ length: 200 }, (_, i) => `  - "*note ${i}"`).join('\n');
    const block = Array.from({ length: 200 }, (_, i) => `  *line ${i}`).join('\n');
    const text = `${base}notes:\n${quoted}\nremark: |\n${block}\n`;
    const found = check(text).findings.map((f) => f.messageId);
    expect(found).not.toContain('aliasAbuse');
    // The file was read to the end: both unknown keys are reported.
    expect(found.filter((id) => id.startsWith('unknownProperty'))).toHaveLength(2);
  });
});

describe('many keys cost linear time', () => {
  it('a hundred thousand unknown keys are each reported, the first where it is', { timeout: HANG_GUARD }, () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `extra${i}: ${i}\n`).join('');
    const text = `${base}${keys}`;
    const unknown = check(text).findings.filter((f) => f.messageId === 'unknownProperty' || f.messageId === 'unknownPropertySuggestion');
    expect(unknown.length).toBeGreaterThanOrEqual(1);
    expect(unknown[0]).toMatchObject({ ...positionOf(text, 'extra0:'), message: { en: 'Unknown key "extra0"' } });
  });

  it('fifty thousand duplicated keys are reported at their second occurrence', { timeout: HANG_GUARD }, () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `twice${i}: 1\ntwice${i}: 2\n`).join('');
    const text = `${base}${keys}`;
    const duplicates = check(text).findings.filter((f) => f.messageId === 'duplicateKey');
    expect(duplicates.length).toBeGreaterThanOrEqual(1);
    expect(duplicates[0]).toMatchObject({ ...positionOf(text, 'twice0:', 2), message: { en: 'Duplicate key "twice0"' } });
  });

  it('a key written as a number and as text is one key of the data, so a duplicate', () => {
    const text = `${base}2016: a\n"2016": b\n`;
    expect(brief(check(text))).toEqual([{ ruleId: 'yaml-syntax', messageId: 'duplicateKey', ...positionOf(text, '"2016"') }]);
  });
});

describe('nesting is measured by the parser, not by counting brackets', () => {
  const tooDeep = (text: string) => messages(check(text)).filter((m) => m.startsWith('yaml-syntax/tooDeep'));

  // The value of `project` is level 1; the 101st level opens at the 101st indicator.
  it('nested explicit keys are refused at the first level beyond the limit', { timeout: HANG_GUARD }, () => {
    const text = `dossierFormat: 1\nproject: ${'? '.repeat(MIB / 2)}x\n`;
    expect(tooDeep(text)).toEqual(['yaml-syntax/tooDeep@2:210']);
  });

  it('ten thousand nested sequences on one line', { timeout: HANG_GUARD }, () => {
    const text = `dossierFormat: 1\nproject:\n  ${'- '.repeat(10_000)}x\n`;
    expect(tooDeep(text)).toEqual(['yaml-syntax/tooDeep@3:203']);
  });

  it('a hundred thousand open brackets', { timeout: HANG_GUARD }, () => {
    const text = `dossierFormat: 1\nproject: ${'['.repeat(100_000)}\n`;
    expect(tooDeep(text)).toEqual(['yaml-syntax/tooDeep@2:110']);
  });

  it('brackets inside a quoted string are text, not nesting', { timeout: HANG_GUARD }, () => {
    const text = replaceOnce(base, 'name: 测试棚户区改造项目', `name: '${'{"a":'.repeat(MIB / 5)}'`);
    const result = check(text);
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe('pass');
  });

  it('brackets inside a literal block scalar are text, not nesting', { timeout: HANG_GUARD }, () => {
    const block = Array.from({ length: 1000 }, () => `    ${'[['.repeat(500)}\n`).join('');
    const text = replaceOnce(base, '  name: 测试棚户区改造项目\n', `  name: |\n${block}`);
    const result = check(text);
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe('pass');
  });

  it('nesting within the limit is read as usual', () => {
    const text = `dossierFormat: 1\nproject: ${'['.repeat(100)}${']'.repeat(100)}\n`;
    expect(tooDeep(text)).toEqual([]);
    expect(messages(check(text))).toContain('schema-violation/type@2:1');
  });
});

describe('a key that only looks like dossierFormat', () => {
  const rest = 'project:\n  id: TY-001\n';
  it.each([
    ['letter case', 'DossierFormat', 'DossierFormat'],
    ['a Cyrillic о (U+043E)', 'dossierF\u043ermat', 'dossierF<U+043E>rmat'],
    ['a Greek ο (U+03BF)', 'd\u03bfssierFormat', 'd<U+03BF>ssierFormat'],
    ['a zero-width space', 'dossier\u200bFormat', 'dossier<U+200B>Format'],
    ['a zero-width non-joiner', 'dossier\u200cFormat', 'dossier<U+200C>Format'],
    ['a zero-width joiner', 'dossierFormat\u200d', 'dossierFormat<U+200D>'],
    ['a byte-order mark inside', 'dossier\ufeffFormat', 'dossier<U+FEFF>Format'],
    ['a word joiner', 'dossierFo\u2060rmat', 'dossierFo<U+2060>rmat'],
    [
      'fullwidth letters',
      'ｄｏｓｓｉｅｒＦｏｒｍａｔ',
      '<U+FF44><U+FF4F><U+FF53><U+FF53><U+FF49><U+FF45><U+FF52><U+FF26><U+FF4F><U+FF52><U+FF4D><U+FF41><U+FF54>',
    ],
    ['spaces inside quotes', '" dossierFormat "', '<U+0020>dossierFormat<U+0020>'],
  ])('with %s fails with a finding even when found in a folder', (_how, key, shown) => {
    const outcome = checkDossierText(`${key}: 1\n${rest}`, 'found.yaml', { asOf: '2020-01-01' }, { explicit: false });
    expect(outcome.kind).toBe('dossier');
    const result = (outcome as { result: DossierResult }).result;
    expect(result.verdict).toBe('fail');
    expect(brief(result)).toEqual([{ ruleId: 'schema-violation', messageId: 'nearMissMarker', line: 1, column: 1 }]);
    expect(result.findings[0]!.message.en).toContain(`"${shown}" looks like dossierFormat`);
  });

  it('in a file too deep to parse, it is still found', () => {
    const outcome = checkDossierText(`DossierFormat: 1\nproject: ${'['.repeat(200)}\n`, 'found.yaml', { asOf: '2020-01-01' });
    expect(outcome.kind).toBe('dossier');
    expect(messages((outcome as { result: DossierResult }).result)).toEqual(['schema-violation/nearMissMarker@1:1', 'yaml-syntax/tooDeep@2:110']);
  });

  it('other YAML in a folder is still skipped', () => {
    for (const text of ['name: ci\non: [push]\n', 'format: 1\n', 'dossier: 1\n', 'dossierFormats: 1\n']) {
      expect(checkDossierText(text, 'ci.yaml', { asOf: '2020-01-01' }).kind).toBe('skipped');
    }
  });

  it('next to the real key it is an unknown key', () => {
    const text = `${base}DossierFormat: 1\n`;
    expect(brief(check(text))).toEqual([{ ruleId: 'schema-violation', messageId: 'unknownPropertySuggestion', ...positionOf(text, 'DossierFormat') }]);
  });
});

describe('the parser never writes to the terminal', () => {
  it('a list as a key is a finding, and stderr stays empty', () => {
    const run = runCli(['check', 'fixtures/robustness/collection-key.yaml', '--as-of', '2016-12-31', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { dossiers: { findings: { messageId: string; line: number; column: number; message: string }[] }[] };
    expect(report.dossiers[0]!.findings.map((f) => `${f.messageId}@${f.line}:${f.column} ${f.message}`)).toEqual([
      'complexKey@2:3 A key must be text, not a list, a map or an alias',
    ]);
  });

  it('a lookalike marker found in a folder is reported, not skipped', () => {
    const run = runCli(['check', 'fixtures/robustness/lookalike-marker.yaml', '--as-of', '2016-12-31']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('lookalike-marker.yaml:1:1  error  schema-violation  The top-level key "dossierF<U+043E>rmat" looks like dossierFormat');
  });

  it.each([
    ['a map as a key', `${base}? { a: 1 }\n: x\n`, '? {'],
    ['an alias as a key', `${base}x: &k a\n? *k\n: y\n`, '*k\n'],
  ])('%s is a finding at the key', (_what, text, at) => {
    const expected = positionOf(text, at);
    expect(brief(check(text))).toEqual([
      { ruleId: 'yaml-syntax', messageId: 'complexKey', line: expected.line, column: expected.column + (at.startsWith('?') ? 2 : 0) },
    ]);
  });
});

describe('small ones', () => {
  it('a bad byte in a CR-only file is placed on its real line', () => {
    const bytes = Buffer.concat([Buffer.from('dossierFormat: 1\rproject:\r  name: '), Buffer.from([0xff]), Buffer.from('\r')]);
    const report = checkSources([{ file: 'cr.yaml', bytes }], { asOf: '2016-12-31' });
    expect(messages(report.dossiers[0]!)).toEqual(['yaml-syntax/invalidUtf8@3:9']);
  });

  it('!!float on an integer is a float, as YAML 1.2 says', () => {
    expect(check(replaceOnce(base, 'amount: 50000', 'amount: !!float 50000')).findings).toEqual([]);
    expect(check(replaceOnce(base, 'amount: 50000', 'amount: !!float 5e4')).findings).toEqual([]);
  });

  it('tags outside the core schema are reported at the tag', () => {
    for (const [tag, value] of [
      ['!!binary', 'aGk='],
      ['!!timestamp', '2016-04-01'],
      ['!!float', 'many'],
    ] as const) {
      const text = replaceOnce(base, 'name: 测试棚户区改造项目', `name: ${tag} ${value}`);
      expect(brief(check(text))).toEqual([{ ruleId: 'yaml-syntax', messageId: 'syntax', ...positionOf(text, tag) }]);
    }
  });

  it('a %YAML 1.1 directive is refused with what to do', () => {
    const result = check(`%YAML 1.1\n---\n${base}`);
    expect(brief(result)).toEqual([{ ruleId: 'yaml-syntax', messageId: 'yamlVersion', line: 1, column: 1 }]);
    expect(result.findings[0]!.message.en).toBe('YAML 1.1 is not supported; dossiers are YAML 1.2: remove the %YAML directive');
    expect(check(`%YAML 1.2\n---\n${base}`).findings).toEqual([]);
  });

  it('an amount that is a list quotes the list, not the key', () => {
    const result = check(replaceOnce(base, 'amount: 50000', 'amount: []'));
    expect(result.findings.map((f) => f.message.en)).toEqual(['Wrong type: expected number, found "[]"']);
  });

  it.each([
    ['-0', 'Number -0 is out of range: > 0'],
    ['0', 'Number 0 is out of range: > 0'],
    ['-5', 'Number -5 is out of range: > 0'],
  ])('a loan amount of %s is an error', (amount, message) => {
    const text = replaceOnce(base, 'amount: 50000', `amount: ${amount}`);
    const result = check(text);
    expect(result.findings.map((f) => `${f.messageId}@${f.line}:${f.column} ${f.message.en}`)).toEqual([
      `range@${positionOf(text, `amount: ${amount}`).line}:11 ${message}`,
    ]);
  });
});
