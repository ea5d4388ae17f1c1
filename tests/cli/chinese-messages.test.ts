import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { schemaEnumValues, untranslatedEnglish } from '../support/chinese-text.js';
import { runCli } from '../support/run-cli.js';

interface JsonFinding {
  ruleId: string;
  message: string;
  line: number;
}

const enumValues = schemaEnumValues();

/*
 * A credit officer reads the Chinese report: no finding may name an enumerated value without its Chinese label, nor
 * pass on English text (a parser's message, a value's English name). Every example dossier and every kind of bad
 * input is checked in Chinese, and each message is read as a reviewer would.
 */
describe('a Chinese report is in Chinese', () => {
  it.each(['fixtures/dossiers', 'fixtures/robustness'])('every finding on %s', (folder) => {
    const run = runCli(['check', folder, '--lang', 'zh', '--as-of', '2016-12-31', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { dossiers: { file: string; findings: JsonFinding[] }[] };
    const findings = report.dossiers.flatMap((dossier) => dossier.findings.map((finding) => ({ file: dossier.file, ...finding })));
    // Not vacuous: the folders yield findings of many rules, enumerated values among them.
    expect(new Set(findings.map((finding) => finding.ruleId)).size).toBeGreaterThan(3);
    const english = findings.flatMap((finding) =>
      untranslatedEnglish(finding.message, enumValues).map((problem) => `${finding.file}:${finding.line} ${finding.ruleId}: ${problem} in ${finding.message}`),
    );
    expect(english).toEqual([]);
  });

  it('shows an enumerated value with its Chinese label, and offers the allowed values so', () => {
    const run = runCli(['check', 'fixtures/robustness/enum-values-in-chinese.yaml', '--lang', 'zh', '--as-of', '2016-12-31', '--format', 'json']);
    const [dossier] = (JSON.parse(run.stdout) as { dossiers: { findings: JsonFinding[] }[] }).dossiers;
    const messages = dossier!.findings.map((finding) => finding.message);
    expect(messages).toContain(
      '取值“国有”无效，可选：国有（state-owned）、集体所有（collective）、民营（private）、混合所有制（mixed）、外商投资（foreign-invested）',
    );
    expect(messages.some((message) => message.includes('兜底函（backstop-letter）'))).toBe(true);
  });

  it('says in Chinese why an evidence file cannot be read', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-zh-'));
    try {
      const withScan = replaceOnce(BASE_DOSSIER, 'issued: 2016-03-01 }', 'issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }');
      writeFileSync(join(folder, 'dossier.yaml'), withScan);
      const run = runCli(['check', join(folder, 'dossier.yaml'), '--lang', 'zh', '--as-of', '2016-12-31', '--format', 'json']);
      const [dossier] = (JSON.parse(run.stdout) as { dossiers: { findings: JsonFinding[] }[] }).dossiers;
      const evidence = dossier!.findings.filter((finding) => finding.ruleId === 'evidence-matches').map((finding) => finding.message);
      expect(evidence).toEqual(['证明文件“scans/fsr.pdf”无法读取：文件不存在，或是失效的链接（路径相对于资料所在的文件夹）']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
