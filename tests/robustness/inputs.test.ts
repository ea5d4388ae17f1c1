import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/engine/check.js';
import { ROOT, runCli } from '../support/run-cli.js';

const DIR = 'fixtures/robustness';

interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}
interface JsonDossier {
  file: string;
  verdict: string;
  evaluated: boolean;
  findings: JsonFinding[];
}

/** Runs the executable on one fixture and returns its single dossier, checking the run itself behaved. */
function checkOne(name: string, extra: string[] = []): { dossier: JsonDossier; code: number | null; stderr: string } {
  const run = runCli(['check', `${DIR}/${name}`, '--as-of', '2016-12-31', '--format', 'json', ...extra]);
  const report = JSON.parse(run.stdout) as { dossiers: JsonDossier[] };
  expect(report.dossiers).toHaveLength(1);
  return { dossier: report.dossiers[0]!, code: run.code, stderr: run.stderr };
}
const brief = (dossier: JsonDossier) => dossier.findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}:${f.column}`);

describe('files that are not dossiers', () => {
  it.each([
    ['empty.yaml', 'emptyFile', 'The file is empty, not a dossier (a dossier starts with dossierFormat: 1)'],
    ['only-comments.yaml', 'onlyComments', 'The file holds only comments, not a dossier (a dossier starts with dossierFormat: 1)'],
  ])('%s named on the command line fails with a finding that says why', (name, messageId, message) => {
    const { dossier, code, stderr } = checkOne(name);
    expect(brief(dossier)).toEqual([`schema-violation/${messageId}@1:1`]);
    expect(dossier.findings[0]!.message).toBe(message);
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  it('found in a folder, they are skipped and named with --verbose', () => {
    const run = runCli(['check', DIR, '--as-of', '2016-12-31', '--verbose']);
    expect(run.stdout).toContain(`${DIR}/empty.yaml  skipped: The file is empty`);
    expect(run.stdout).toContain(`${DIR}/only-comments.yaml  skipped: The file holds only comments`);
  });

  it('an unknown format version names the supported ones', () => {
    const { dossier } = checkOne('unknown-version.yaml');
    expect(brief(dossier)).toEqual(['schema-violation/unsupportedFormat@2:16']);
    expect(dossier.findings[0]!.message).toBe('Unsupported dossier format version 2; supported: 1');
  });
});

describe('encodings', () => {
  it('UTF-8 with a BOM is read as UTF-8, silently', () => {
    const { dossier, code } = checkOne('encoding-utf8-bom.yaml');
    expect(readFileSync(join(ROOT, DIR, 'encoding-utf8-bom.yaml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(dossier.verdict).toBe('pass');
    expect(dossier.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it.each([
    ['encoding-utf16le-bom.yaml', 'UTF-16LE'],
    ['encoding-utf16be-bom.yaml', 'UTF-16BE'],
    ['encoding-gb18030.yaml', 'GB18030'],
  ])('%s is decoded, checked, and gets a warning to save it as UTF-8', (name, encoding) => {
    const { dossier, code } = checkOne(name);
    expect(brief(dossier)).toEqual(['file-encoding/converted@1:1']);
    expect(dossier.findings[0]!.severity).toBe('warning');
    expect(dossier.findings[0]!.message).toBe(`The file is encoded in ${encoding}; it was decoded and checked, but save it as UTF-8`);
    expect(dossier.verdict).toBe('pass');
    expect(code).toBe(0);
    expect(runCli(['check', `${DIR}/${name}`, '--as-of', '2016-12-31', '--fail-on', 'warning']).code).toBe(1);
  });

  it('gives the same findings for GB18030 as for the UTF-8 original, at the same places', () => {
    const original = runCli([
      'check',
      'fixtures/dossiers/pass-monetized-purchase-plan.yaml',
      '--as-of',
      '2016-12-31',
      '--format',
      'json',
      '--rule',
      'four-approvals',
    ]);
    const converted = checkOne('encoding-gb18030.yaml', ['--rule', 'four-approvals']);
    const originalDossier = (JSON.parse(original.stdout) as { dossiers: JsonDossier[] }).dossiers[0]!;
    expect(converted.dossier.findings.filter((f) => f.ruleId !== 'file-encoding')).toEqual(originalDossier.findings);
  });

  it('invalid UTF-8 bytes are refused at the first bad byte', () => {
    const { dossier } = checkOne('encoding-invalid-utf8.yaml');
    expect(brief(dossier)).toEqual(['yaml-syntax/invalidUtf8@6:9']);
    expect(dossier.findings[0]!.message).toBe('Invalid byte 0xFF here: the file is neither UTF-8 nor GB18030; save it as UTF-8');
    expect(
      readFileSync(join(ROOT, DIR, 'encoding-invalid-utf8.yaml'), 'latin1')
        .split('\n')[5]!
        .slice(8, 9),
    ).toBe('\u00ff');
  });

  it('UTF-16 without a BOM is refused with how to fix it', () => {
    expect(brief(checkOne('encoding-utf16le-no-bom.yaml').dossier)).toEqual(['yaml-syntax/utf16WithoutBom@1:2']);
  });

  it('binary data is refused at its first NUL byte', () => {
    const { dossier } = checkOne('binary.yaml');
    expect(brief(dossier)).toEqual(['yaml-syntax/binary@2:1']);
  });
});

describe('line endings and indentation', () => {
  it.each(['line-endings-crlf.yaml', 'line-endings-cr.yaml'])('%s gives the same finding at the same place as LF', (name) => {
    const lf = runCli(['check', 'fixtures/dossiers/fail-infrastructure-missing-eia.yaml', '--as-of', '2016-12-31', '--format', 'json']);
    const lfFindings = (JSON.parse(lf.stdout) as { dossiers: JsonDossier[] }).dossiers[0]!.findings;
    expect(brief({ findings: lfFindings } as JsonDossier)).toEqual(['four-approvals/missing@69:5']);
    expect(checkOne(name).dossier.findings).toEqual(lfFindings.map((finding) => ({ ...finding, file: `${DIR}/${name}` })));
  });

  it('tabs used for indentation are a finding that says to use spaces', () => {
    const { dossier } = checkOne('tabs.yaml');
    expect(brief(dossier)).toEqual(['yaml-syntax/tabIndent@4:1']);
    expect(dossier.findings[0]!.message).toBe('YAML does not allow tabs for indentation; indent with spaces');
  });
});

describe('YAML', () => {
  it('a duplicate key is reported at the second one, by name', () => {
    const { dossier } = checkOne('duplicate-keys.yaml');
    expect(brief(dossier)).toEqual(['yaml-syntax/duplicateKey@8:3']);
    expect(dossier.findings[0]!.message).toBe('Duplicate key "city"');
  });

  it('an alias bomb is refused at its first alias, quickly', () => {
    const { dossier } = checkOne('alias-bomb.yaml');
    expect(brief(dossier)).toEqual(['yaml-syntax/aliasAbuse@4:8']);
  });

  it('merge keys are refused with how to write the keys out', () => {
    const { dossier } = checkOne('merge-keys.yaml');
    const merge = dossier.findings.find((f) => f.messageId === 'mergeKey')!;
    expect([merge.line, merge.column]).toEqual([3, 3]);
    expect(merge.message).toBe('YAML merge keys ("<<") are not supported; write the keys out');
  });

  it('a second document in a file is reported where it starts', () => {
    expect(brief(checkOne('multi-document.yaml').dossier)).toEqual(['yaml-syntax/multipleDocuments@3:1']);
  });

  it('YAML 1.1 habits are findings that show what to write', () => {
    const { dossier } = checkOne('yaml11-habits.yaml');
    expect(dossier.findings.map((f) => `${f.messageId}@${f.line}:${f.column} ${f.message}`)).toEqual([
      'textAsNumber@5:7 "0012" is read as the number 12; quote it to keep it as text: "0012"',
      'yaml11Boolean@26:28 "no" is text in YAML 1.2, not a boolean; write false',
      'yaml11Boolean@182:23 "on" is text in YAML 1.2, not a boolean; write true',
    ]);
  });

  it('a custom tag is reported at the tag', () => {
    const { dossier } = checkOne('custom-tags.yaml');
    expect(brief(dossier)).toEqual(['yaml-syntax/syntax@4:9']);
    expect(dossier.findings[0]!.message).toBe('YAML syntax error: Unresolved tag: !custom');
  });

  it('deep nesting is refused before parsing', () => {
    const { dossier } = checkOne('deep-nesting.yaml');
    expect(brief(dossier)).toEqual(['yaml-syntax/tooDeep@2:110']);
  });
});

describe('values as people type them', () => {
  it('each gets a finding that shows the expected form', () => {
    const { dossier } = checkOne('typed-values.yaml');
    expect(dossier.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '19:20 Expected a number, found the text "86,000"; write 86000',
      '58:46 Expected a number, found the text "20%"; write 20',
      '148:13 Date "2016/4/6" must be written YYYY-MM-DD: 2016-04-06',
      '174:11 Expected a number, found the text "6.88亿元"; write 68800',
      '175:20 Date "2016年5月16日" must be written YYYY-MM-DD: 2016-05-16',
    ]);
  });
});

describe('prototype keys', () => {
  it('pollute no prototype when the engine reads them', () => {
    const bytes = readFileSync(join(ROOT, DIR, 'proto-keys.yaml'));
    const report = checkSources([{ file: 'proto-keys.yaml', bytes }], { asOf: '2016-12-31' });
    expect(report.dossiers[0]!.verdict).toBe('fail');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('__proto__, constructor and prototype are unknown keys, reported where they are', () => {
    const { dossier } = checkOne('proto-keys.yaml');
    const unknown = dossier.findings.filter((f) => f.messageId === 'unknownProperty').map((f) => `${f.message}@${f.line}:${f.column}`);
    expect(unknown).toEqual(['Unknown key "__proto__"@2:1', 'Unknown key "constructor"@10:3', 'Unknown key "prototype"@11:3']);
  });
});

describe('file names and folders', () => {
  it('a file named with Chinese characters and spaces is checked', () => {
    const { dossier, code } = checkOne('名称 含空格.yaml');
    expect(dossier.file).toBe(`${DIR}/名称 含空格.yaml`);
    expect(dossier.verdict).toBe('pass');
    expect(code).toBe(0);
  });

  it('a folder named like a dossier is searched, not read', () => {
    const run = runCli(['check', `${DIR}/folder-named-like.yaml`, '--as-of', '2016-12-31']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${DIR}/folder-named-like.yaml/inside.yaml  PASS`);
    expect(run.stderr).toBe('');
  });

  it('a whole folder of bad inputs is checked file by file, every file reported, no stack trace', () => {
    const run = runCli(['check', DIR, '--as-of', '2016-12-31', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { dossiers: JsonDossier[]; skipped: unknown[] };
    const yamlFiles = readdirSync(join(ROOT, DIR), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml'));
    expect(report.dossiers.length + report.skipped.length).toBe(yamlFiles.length);
    for (const dossier of report.dossiers) {
      for (const finding of dossier.findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
