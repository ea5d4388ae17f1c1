import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PATH_SEGMENT_LENGTH, MAX_SHOWN_LENGTH, shorten } from '../../src/engine/shorten.js';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { runCli } from '../support/run-cli.js';

const MIB = 1024 * 1024;
const WORK = mkdtempSync(join(tmpdir(), 'dossier-check-long-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const LONG_KEY = `k${'键'.repeat(MIB)}`;
const LONG_VALUE = `v${'值'.repeat(MIB)}`;

/**
 * Runs the CLI on one file in both formats; what comes out must stay small however long the values are: a few
 * findings, each quoting at most MAX_SHOWN_LENGTH characters (three times in JSON: message, zh, en), of three
 * bytes each here.
 */
function bothFormats(file: string) {
  const text = runCli(['check', file, '--as-of', '2016-12-31'], { cwd: WORK });
  const json = runCli(['check', file, '--as-of', '2016-12-31', '--format', 'json'], { cwd: WORK });
  for (const run of [text, json]) {
    expect(run.stderr).toBe('');
    expect(Buffer.byteLength(run.stdout)).toBeLessThan(32 * 1024);
  }
  return {
    text: text.stdout,
    json: JSON.parse(json.stdout) as { dossiers: { project?: { id: string; name: string }; findings: { message: string; path: string }[] }[] },
  };
}

describe('long values are shortened everywhere a report shows them', () => {
  // YAML limits an implicit key to 1024 characters; an explicit key (`? key`) has no limit.
  it('a 2 MB unknown key and a 2 MB enum value: the messages quote them shortened, and the path of the key too', () => {
    writeFileSync(
      join(WORK, 'invalid.yaml'),
      replaceOnce(
        replaceOnce(BASE_DOSSIER, '  category: shantytown\n', `  category: ${LONG_VALUE}\n`),
        '  households: 500\n',
        `  households: 500\n  ? ${LONG_KEY}\n  : 1\n`,
      ),
    );
    const { text, json } = bothFormats('invalid.yaml');
    const cut = (long: string) => shorten(long, MAX_SHOWN_LENGTH);
    expect(cut(LONG_KEY)).toBe(`k${'键'.repeat(MAX_SHOWN_LENGTH - 1)}…(+${LONG_KEY.length - MAX_SHOWN_LENGTH})`);
    expect(text).toContain(`Unknown key "${cut(LONG_KEY)}"`);
    expect(text).toContain(`Invalid value "${cut(LONG_VALUE)}"`);
    const findings = json.dossiers[0]!.findings;
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(cut(LONG_VALUE)), expect.stringContaining(cut(LONG_KEY))]);
    expect(findings[1]!.path).toBe(`project.${shorten(LONG_KEY, MAX_PATH_SEGMENT_LENGTH)}`);
  });

  it('a 2 MB project id, project name and document number: the heading and the messages stay bounded', () => {
    const text = replaceOnce(
      replaceOnce(BASE_DOSSIER, '  id: TEST-001\n  name: 测试棚户区改造项目\n', `  id: ${LONG_KEY}\n  name: ${LONG_VALUE}\n`),
      'number: 晋建保字〔2016〕8号',
      `number: ${LONG_VALUE}`,
    );
    writeFileSync(join(WORK, 'valid.yaml'), text);
    const { json, text: report } = bothFormats('valid.yaml');
    expect(json.dossiers[0]!.project).toEqual({ id: shorten(LONG_KEY), name: shorten(LONG_VALUE) });
    expect(report).toContain(`${shorten(LONG_KEY)} ${shorten(LONG_VALUE)}`);
    expect(json.dossiers[0]!.findings.map((f) => f.message)).toEqual([
      `Document number "${shorten(LONG_VALUE)}" is not in the form 晋政办发〔2015〕122号 (this project’s reading; verify)`,
    ]);
  });
});

describe('shorten', () => {
  it('keeps short text as it is, cuts by code points and never splits a surrogate pair', () => {
    expect(shorten('abc', 3)).toBe('abc');
    expect(shorten('abcd', 3)).toBe('abc…(+1)');
    expect(shorten('😀😀😀😀', 2)).toBe('😀😀…(+2)');
    expect(shorten('😀😀', 2)).toBe('😀😀');
  });
});
