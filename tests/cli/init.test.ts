import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../support/run-cli.js';

const SCHEMA = join(ROOT, 'schemas', 'dossier.schema.json');
const EXAMPLE = join(ROOT, 'examples', 'shantytown-built-housing.yaml');

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-init-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The file the first line's `$schema=` names, resolved as yaml-language-server does: from the dossier's folder. */
function schemaOf(dossier: string): string {
  const first = readFileSync(dossier, 'utf8').split('\n')[0] ?? '';
  const match = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
  if (!match?.[1]) throw new Error(`no schema line: ${first}`);
  return resolve(dirname(dossier), match[1]);
}

describe('init', () => {
  it('writes dossier.yaml by default, says what it wrote and what to do next, and the file checks as a failing dossier', () => {
    const cwd = tempFolder();
    const run = runCli(['init', '--category', 'shantytown', '--mode', 'built-housing', '--lang', 'zh'], { cwd });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('已写出 dossier.yaml：城镇棚户区、建设安置房安置的资料骨架。');
    expect(run.stdout).toContain('dossier-check check dossier.yaml');
    const data = parse(readFileSync(join(cwd, 'dossier.yaml'), 'utf8')) as { project: { category: string }; resettlement: { modes: string[] } };
    expect(data.project.category).toBe('shantytown');
    expect(data.resettlement.modes).toEqual(['built-housing']);
    // No temporary file is left beside it.
    expect(readdirSync(cwd)).toEqual(['dossier.yaml']);

    const check = runCli(['check', 'dossier.yaml', '--format', 'json'], { cwd });
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { dossiers: { evaluated: boolean; findings: { ruleId: string }[] }[] };
    expect(report.dossiers[0]?.evaluated).toBe(true);
    expect(report.dossiers[0]?.findings.map((finding) => finding.ruleId)).toContain('four-approvals');
    expect(report.dossiers[0]?.findings.map((finding) => finding.ruleId)).not.toContain('schema-violation');
  });

  it("names the schema by a path the editor resolves offline: this tool's own schema file", () => {
    const cwd = tempFolder();
    mkdirSync(join(cwd, 'dossiers'));
    expect(runCli(['init', 'dossiers/a.yaml', '--category', 'urban-village', '--mode', 'monetized'], { cwd }).code).toBe(0);
    expect(schemaOf(join(cwd, 'dossiers', 'a.yaml'))).toBe(SCHEMA);
  });

  it("prefers the schema of the project's own node_modules/dossier-check, by a path relative to the dossier", () => {
    const cwd = tempFolder();
    const installed = join(cwd, 'node_modules', 'dossier-check', 'schemas');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(installed, 'dossier.schema.json'), '{}');
    mkdirSync(join(cwd, 'dossiers', '2016'), { recursive: true });
    expect(runCli(['init', 'dossiers/2016/a.yaml', '--category', 'shantytown', '--mode', 'monetized'], { cwd }).code).toBe(0);
    const first = readFileSync(join(cwd, 'dossiers', '2016', 'a.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../../node_modules/dossier-check/schemas/dossier.schema.json');
  });

  it('refuses to overwrite a file: exit 2, one line, the file untouched', () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'dossier.yaml'), 'mine\n');
    const run = runCli(['init', '--category', 'shantytown', '--mode', 'monetized'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('dossier-check: dossier.yaml already exists and was not overwritten; choose another name or move the file first\n');
    expect(readFileSync(join(cwd, 'dossier.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(cwd)).toEqual(['dossier.yaml']);
  });

  it('writes to standard output with "-", and the same options give the same text whatever the order of the modes', () => {
    const cwd = tempFolder();
    const one = runCli(['init', '-', '--category', 'shantytown', '--mode', 'monetized,built-housing'], { cwd });
    const other = runCli(['init', '-', '--category', 'shantytown', '--mode', 'built-housing', '--mode', 'monetized'], { cwd });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(other.stdout).toBe(one.stdout);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('asks for what it needs in one line each, in the chosen language, listing the choices from the schema', () => {
    const cwd = tempFolder();
    const noCategory = runCli(['init'], { cwd });
    expect(noCategory.code).toBe(2);
    expect(noCategory.stderr.split('\n')[0]).toBe(
      'dossier-check: missing --category: choose the project category: shantytown, urban-village, urban-dilapidated-housing, rural-dilapidated-housing, supporting-infrastructure',
    );
    const noMode = runCli(['init', '--category', 'urban-village', '--lang', 'zh'], { cwd });
    expect(noMode.code).toBe(2);
    expect(noMode.stderr.split('\n')[0]).toBe(
      'dossier-check: 缺少 --mode：城中村项目须写明安置方式：monetized（货币补偿安置）、built-housing（建设安置房安置）（两种并用时写 --mode monetized,built-housing）',
    );
    const unknown = runCli(['init', '--category', 'shanty-town', '--mode', 'monetized'], { cwd });
    expect(unknown.stderr.split('\n')[0]).toMatch(/^dossier-check: unknown project category "shanty-town"; choose one of: shantytown, /);
    const badMode = runCli(['init', '--category', 'shantytown', '--mode', 'cash'], { cwd });
    expect(badMode.stderr.split('\n')[0]).toBe('dossier-check: unknown resettlement mode "cash"; choose from: monetized, built-housing');
    // A rural project rebuilds houses in place: no mode needed.
    expect(runCli(['init', '-', '--category', 'rural-dilapidated-housing'], { cwd }).code).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('says so when the folder does not exist', () => {
    const cwd = tempFolder();
    const run = runCli(['init', 'missing/a.yaml', '--category', 'shantytown', '--mode', 'monetized', '--lang', 'zh'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dossier-check: 无法写入 missing/a.yaml：文件夹 missing 不存在\n');
  });

  it('lists the categories and modes with their labels in its help', () => {
    const run = runCli(['init', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Project categories \(--category\):\n {2}shantytown +urban shantytown\n/);
    expect(run.stdout).toMatch(/Resettlement modes \(--mode\):\n {2}monetized +cash compensation\n {2}built-housing +built resettlement housing\n/);
  });
});

describe('the shipped example', () => {
  it('init --example writes it with a schema line that fits its new place, and it passes', () => {
    const cwd = tempFolder();
    const run = runCli(['init', '--example', 'example.yaml'], { cwd });
    expect(run.code).toBe(0);
    const written = readFileSync(join(cwd, 'example.yaml'), 'utf8');
    expect(schemaOf(join(cwd, 'example.yaml'))).toBe(SCHEMA);
    // The example as shipped, but for its first line.
    expect(written.split('\n').slice(1)).toEqual(readFileSync(EXAMPLE, 'utf8').split('\n').slice(1));
    const check = runCli(['check', 'example.yaml'], { cwd });
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^example\.yaml {2}PASS {2}DT-PC-2016-011/);
  });

  it('as shipped, names the schema beside it in the package', () => {
    expect(schemaOf(EXAMPLE)).toBe(SCHEMA);
  });

  it('check --example checks it and takes no other path', () => {
    const run = runCli(['check', '--example', '--lang', 'zh']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^examples\/shantytown-built-housing\.yaml {2}通过 {2}DT-PC-2016-011 大同市平城区御河西棚户区改造项目\n/);
    expect(run.stdout).toContain('共检查 1 份资料');
    const both = runCli(['check', '--example', 'fixtures/dossiers']);
    expect(both.code).toBe(2);
    expect(both.stderr.split('\n')[0]).toBe('dossier-check: --example checks the shipped example dossier and takes no paths');
  });

  it('init --example takes no --category', () => {
    const cwd = tempFolder();
    const run = runCli(['init', '--example', '--category', 'shantytown'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('dossier-check: --example writes the example dossier and takes no --category or --mode');
  });
});
