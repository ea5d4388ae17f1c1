import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

/** Folders are made here (an empty folder cannot be checked in) and the CLI runs inside, so names are short. */
const WORK = mkdtempSync(join(tmpdir(), 'dossier-check-empty-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  mkdirSync(join(WORK, name));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(WORK, name, file), text);
  return name;
}

const LOOKALIKES = { 'ci.yaml': 'name: ci\non: [push]\n', 'notes.yml': '# only a comment\n' };
const DOSSIER = readFileSync(join(ROOT, 'fixtures/dossiers/pass-built-housing.yaml'), 'utf8');
const run = (args: string[]) => runCli(['check', ...args, '--as-of', '2016-12-31'], { cwd: WORK });

describe('a run that checks no dossier is not a pass', () => {
  it('an empty folder: exit 2, one line on stderr, nothing on stdout', () => {
    const result = run([folder('empty', {})]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('dossier-check: no dossier found in empty (no .yaml or .yml file; --allow-empty accepts this)\n');
  });

  it('a folder with no YAML file at all', () => {
    const result = run([folder('no-yaml', { 'README.md': '# notes\n', 'data.json': '{}\n' })]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('dossier-check: no dossier found in no-yaml (no .yaml or .yml file; --allow-empty accepts this)\n');
  });

  it('a folder of lookalike YAML files counts them and says how to see them', () => {
    const result = run([folder('lookalikes', LOOKALIKES), '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'dossier-check: no dossier found in lookalikes (2 YAML files skipped as not dossiers; --verbose names them; --allow-empty accepts this)\n',
    );
  });

  it('with --verbose the skipped files are named, one per line', () => {
    const result = run([folder('verbose', LOOKALIKES), '--verbose']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'dossier-check: no dossier found in verbose (2 YAML files skipped as not dossiers; --allow-empty accepts this)',
      '  verbose/ci.yaml: The file has no top-level dossierFormat key, so it is not a dossier',
      '  verbose/notes.yml: The file holds only comments, not a dossier (a dossier starts with dossierFormat: 1)',
      '',
    ]);
  });

  it('several folders are all named', () => {
    const result = run([folder('first', {}), folder('second', { 'one.yaml': 'a: 1\n' })]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'dossier-check: no dossier found in first, second (1 YAML file skipped as not a dossier; --verbose names them; --allow-empty accepts this)\n',
    );
  });

  it('--allow-empty accepts it: exit 0 and the report is printed', () => {
    const name = folder('allowed', LOOKALIKES);
    const text = run([name, '--allow-empty']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('0 dossiers checked as of 2016-12-31: 0 passed, 0 failed; 0 errors, 0 warnings; 2 files skipped.');
    const json = run([name, '--allow-empty', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ dossiers: [], skipped: [{ file: 'allowed/ci.yaml' }, { file: 'allowed/notes.yml' }] });
  });

  it('one dossier among lookalikes is an ordinary run', () => {
    const result = run([folder('mixed', { ...LOOKALIKES, 'dossier.yaml': DOSSIER })]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('1 dossier checked');
  });

  it('a lookalike named on the command line is a failed dossier, not an empty run', () => {
    folder('named', LOOKALIKES);
    const result = run(['named/ci.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('named/ci.yaml:1:1  error  schema-violation');
  });

  it('a missing path is still a usage error', () => {
    const result = run(['nowhere']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('dossier-check: no such file or folder: nowhere');
  });
});
