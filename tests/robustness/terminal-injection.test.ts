import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { fourApprovals } from '../../src/rules/loan-conditions/four-approvals.js';
import { escapeForTerminal } from '../../src/report/terminal-text.js';
import { BASE_DOSSIER, removeLine, replaceOnce } from '../support/dossier-text.js';
import { runCli } from '../support/run-cli.js';

/**
 * Everything a terminal would act on: ESC with a CSI colour and an OSC title, BEL, BS, CR, NUL, the one-byte CSI
 * U+009B, a newline that would forge a summary line, and a right-to-left override.
 */
const PAYLOAD = '\u001b[31mRED\u001b]0;TITLE\u0007\b\r\u0000\u009b2J\u202eRTL\nFORGED 0 errors';
const ESCAPED = '\\x1b[31mRED\\x1b]0;TITLE\\x07\\x08\\r\\x00\\x9b2J\\u202eRTL\\nFORGED 0 errors';

/** What may never reach the terminal raw; the only ESC allowed is the start of a colour (SGR) code chalk writes. */
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const SGR = /\u001b\[[0-9;]*m/g;

/** A YAML double-quoted scalar that spells every unsafe character as an escape, so the file itself is plain text. */
const yamlQuoted = (text: string) =>
  `"${text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069"\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;

const WORK = mkdtempSync(join(tmpdir(), 'dossier-check-injection-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** A valid dossier whose project id and name, a document number and an evidence path carry the payload. */
const VALID = replaceOnce(
  replaceOnce(
    replaceOnce(BASE_DOSSIER, '  id: TEST-001\n  name: 测试棚户区改造项目\n', `  id: ${yamlQuoted(PAYLOAD)}\n  name: ${yamlQuoted(`项目${PAYLOAD}`)}\n`),
    'number: 晋建保字〔2016〕8号',
    `number: ${yamlQuoted(PAYLOAD)}`,
  ),
  'issuer: 太原市发展和改革委员会, issued: 2016-03-01 }',
  `issuer: 太原市发展和改革委员会, issued: 2016-03-01, evidence: { file: ${yamlQuoted(`scans/${PAYLOAD}.pdf`)} } }`,
);
/** An invalid one: an unknown key and an enum value carry it. */
const INVALID = replaceOnce(
  replaceOnce(BASE_DOSSIER, '  category: shantytown\n', `  category: ${yamlQuoted(PAYLOAD)}\n`),
  '  households: 500\n',
  `  households: 500\n  ${yamlQuoted(`key${PAYLOAD}`)}: 1\n`,
);
/** A file name with ESC and a newline, found in the folder; and a lookalike with one, skipped (named by --verbose). */
const EVIL_NAME = 'evil\u001b[2J\nname.yaml';
const EVIL_LOOKALIKE = 'ci\u001b]0;x\u0007.yaml';

writeFileSync(join(WORK, 'valid.yaml'), VALID);
writeFileSync(join(WORK, 'invalid.yaml'), INVALID);
writeFileSync(join(WORK, EVIL_NAME), removeLine(BASE_DOSSIER, 'landPreReview: d-land'));
writeFileSync(join(WORK, EVIL_LOOKALIKE), 'name: ci\n');

function expectSafe(output: string): void {
  const stripped = output.replace(SGR, '');
  expect(stripped).not.toMatch(FORBIDDEN);
  // A newline inside a value never starts a line of its own.
  for (const line of stripped.split('\n')) expect(line.startsWith('FORGED')).toBe(false);
}

const AS_OF = ['--as-of', '2016-12-31'];

describe('text from a dossier or a file name never reaches the terminal raw', () => {
  it.each<[string, string[], Record<string, string>]>([
    ['piped', [], {}],
    ['with --color', ['--color'], {}],
    ['with FORCE_COLOR', [], { FORCE_COLOR: '3' }],
    ['with --lang zh', ['--lang', 'zh', '--color'], {}],
    ['with --verbose', ['--verbose'], {}],
    ['with --quiet', ['--quiet', '--color'], {}],
  ])('%s', (_mode, extra, env) => {
    const result = runCli(['check', WORK, ...AS_OF, ...extra], { env });
    expect(result.code).toBe(1);
    expectSafe(result.stdout);
    expectSafe(result.stderr);
    // The escaped form is what a reader sees, in the project heading and in the messages quoting the values.
    expect(result.stdout).toContain(ESCAPED);
    expect(result.stdout).toContain(escapeForTerminal(EVIL_NAME));
    if (!extra.includes('--quiet')) expect(result.stdout).toContain(`${escapeForTerminal(PAYLOAD)} 项目${escapeForTerminal(PAYLOAD)}`);
    if (extra.includes('--verbose')) expect(result.stdout).toContain(escapeForTerminal(EVIL_LOOKALIKE));
  });

  it('each kind of value is quoted escaped: document number, evidence path, unknown key, enum value', () => {
    const result = runCli(['check', WORK, ...AS_OF]);
    expect(result.stdout).toContain(`document-number-format  Document number "${ESCAPED}"`);
    expect(result.stdout).toContain(`Evidence file "scans/${ESCAPED}.pdf"`);
    expect(result.stdout).toMatch(new RegExp(`schema-violation {2}[^\\n]*key${escapeRegExp(ESCAPED)}`));
    expect(result.stdout).toMatch(new RegExp(`schema-violation {2}[^\\n]*"${escapeRegExp(ESCAPED)}"`));
  });

  it('on a terminal (colour from the terminal itself)', async () => {
    let stdout = '';
    let stderr = '';
    const code = await run(['check', WORK, ...AS_OF], {
      stdout: { write: (text: string) => (stdout += text), isTTY: true },
      stderr: { write: (text: string) => (stderr += text) },
      env: { LANG: 'zh_CN.UTF-8' },
      cwd: WORK,
      readStdin: async () => ({ ok: true, bytes: new Uint8Array() }),
      today: () => '2026-01-01',
      terminalColorLevel: 3,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(SGR);
    expectSafe(stdout);
    expectSafe(stderr);
    expect(stdout).toContain(ESCAPED);
  });

  it('on stderr: a missing path, an unknown rule and an unknown option are echoed escaped', () => {
    // An argument cannot hold NUL; everything else it can.
    const argument = PAYLOAD.replace('\u0000', '');
    const escaped = ESCAPED.replace('\\x00', '');
    for (const [args, shown] of [
      [['check', `missing${argument}`], escaped],
      [['check', WORK, '--rule', `rule${argument}`], escaped],
      // The one-line form of a commander error joins its lines: the newline becomes a space there.
      [['check', WORK, `--opt${argument}`], escaped.replace('\\n', ' ')],
      [['explain', `rule${argument}`], escaped],
    ] as const) {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expectSafe(result.stderr);
      expect(result.stderr).toContain(shown);
      expect(result.stderr.split('\n')[0]).toMatch(/^dossier-check: /);
    }
  });

  it('on stderr: the --debug trace of a failing rule, and the file name it names', async () => {
    const throwing = defineRule({
      meta: { ...fourApprovals.meta, id: 'throwing-rule' },
      check() {
        throw new Error(`cannot handle ${PAYLOAD}`);
      },
    });
    let stdout = '';
    let stderr = '';
    const code = await run(
      ['check', WORK, ...AS_OF, '--debug', '--color'],
      {
        stdout: { write: (text: string) => (stdout += text), isTTY: false },
        stderr: { write: (text: string) => (stderr += text) },
        env: { LANG: 'en_US.UTF-8' },
        cwd: WORK,
        readStdin: async () => ({ ok: true, bytes: new Uint8Array() }),
        today: () => '2026-01-01',
        terminalColorLevel: 0,
      },
      [throwing],
    );
    expect(code).toBe(2);
    expectSafe(stdout);
    expectSafe(stderr);
    expect(stderr).toContain(`${escapeForTerminal(EVIL_NAME)}: throwing-rule: Error: cannot handle ${ESCAPED}`);
    expect(stderr).toContain('    at ');
  });

  it('JSON output stays exact: the original values, escaped only as JSON escapes them', () => {
    const result = runCli(['check', WORK, ...AS_OF, '--format', 'json', '--verbose']);
    const report = JSON.parse(result.stdout) as {
      dossiers: { file: string; project?: { id: string; name: string }; findings: { ruleId: string; message: string }[] }[];
      skipped: { file: string }[];
    };
    const valid = report.dossiers.find((d) => d.file.endsWith('valid.yaml') && !d.file.endsWith('invalid.yaml'))!;
    expect(valid.project).toEqual({ id: PAYLOAD, name: `项目${PAYLOAD}` });
    expect(valid.findings.find((f) => f.ruleId === 'document-number-format')!.message).toContain(`"${PAYLOAD}"`);
    expect(valid.findings.find((f) => f.ruleId === 'evidence-matches')!.message).toContain(`"scans/${PAYLOAD}.pdf"`);
    const invalid = report.dossiers.find((d) => d.file.endsWith('invalid.yaml'))!;
    expect(invalid.findings.some((f) => f.message.includes(`key${PAYLOAD}`))).toBe(true);
    expect(invalid.findings.some((f) => f.message.includes(`"${PAYLOAD}"`))).toBe(true);
    expect(report.dossiers.map((d) => d.file)).toContain(join(WORK, EVIL_NAME));
    expect(report.skipped.map((s) => s.file)).toEqual([join(WORK, EVIL_LOOKALIKE)]);
  });
});

describe('escapeForTerminal', () => {
  it('escapes C0, DEL, C1, bidi controls and marks; leaves other text, including CJK and emoji, as it is', () => {
    expect(escapeForTerminal('a\tb\u007f\u0085\u061c\u200e\u200f\u2066\u2069\u2028')).toBe('a\\tb\\x7f\\x85\\u061c\\u200e\\u200f\\u2066\\u2069\\u2028');
    expect(escapeForTerminal('晋政办发〔2015〕122号 ✓ 😀 \\x1b')).toBe('晋政办发〔2015〕122号 ✓ 😀 \\x1b');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
