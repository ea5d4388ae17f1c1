import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/engine/check.js';
import { BASE_DOSSIER, positionOf, removeLine } from '../../support/dossier-text.js';
import { ROOT } from '../../support/run-cli.js';

const check = (bytes: Uint8Array) => checkSources([{ file: 'case.yaml', bytes }], { asOf: '2020-01-01' }).dossiers[0]!;
const brief = (bytes: Uint8Array) => check(bytes).findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}:${f.column}`);

describe('rule file-encoding', () => {
  it('is quiet on UTF-8, with or without a BOM', () => {
    expect(brief(Buffer.from(BASE_DOSSIER, 'utf8'))).toEqual([]);
    expect(brief(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BASE_DOSSIER, 'utf8')]))).toEqual([]);
  });

  it('warns on UTF-16 with a BOM, and still checks the dossier at the right places', () => {
    const text = removeLine(BASE_DOSSIER, 'landPreReview: d-land');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const at = positionOf(text, 'approvals:');
    expect(brief(bytes)).toEqual(['file-encoding/converted@1:1', `four-approvals/missing@${at.line}:${at.column}`]);
  });

  it('warns on GB18030, the default of Chinese Windows tools', () => {
    const bytes = readFileSync(join(ROOT, 'fixtures/robustness/encoding-gb18030.yaml'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const dossier = check(bytes);
    expect(dossier.findings.map((f) => f.ruleId)).toEqual(['file-encoding']);
    expect(dossier.findings[0]!.message.zh).toBe('文件编码为 GB18030，已解码检查；请另存为 UTF-8');
    expect(dossier.project?.name).toBe('晋中市榆次区老城棚户区改造项目');
  });

  it('does not take UTF-8 with a stray byte for GB18030', () => {
    const bytes = Buffer.from(BASE_DOSSIER.replace('name: 测试棚户区改造项目', 'name: 测试\u0000'), 'utf8');
    bytes[bytes.indexOf(0)] = 0xff;
    expect(brief(bytes)).toEqual([
      `yaml-syntax/invalidUtf8@${positionOf(BASE_DOSSIER, '测试棚户区').line}:${positionOf(BASE_DOSSIER, '测试棚户区').column + 2}`,
    ]);
  });
});
