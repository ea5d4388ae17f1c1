import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/notice/parameters.js';
import { RULES_BY_ID } from '../../src/rules/registry.js';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { latinLeftIn, schemaKeys } from '../support/chinese-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT } from '../support/run-cli.js';

/*
 * A credit officer who runs the tool in Chinese reads Chinese everywhere: every report a person reads (text,
 * Markdown, the text of the HTML page) over every fixture, the help of every command, and the one line of every kind
 * of mistake. Latin letters are allowed only where they are what the user types or reads as a code (see
 * `latinLeftIn`); a single English word elsewhere fails.
 */

const REVIEWER_KEYS = ['rules', 'parameters', 'asOf', 'format', 'lang', 'failOn', 'waivers', 'packs', 'value', 'from', 'document'];
const WAIVER_KEYS = ['number', 'issuer', 'date', 'severity', 'rule', 'project', 'path', 'reason', 'approver', 'expires'];
const keys = new Set([...schemaKeys(), ...REVIEWER_KEYS, ...WAIVER_KEYS, ...Object.keys(PARAMETERS)]);
const builtInRuleIds = new Set(RULES_BY_ID.keys());

const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'dossier-zh-everywhere-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** What a reader of rendered Markdown sees: no markup (the report folds dossiers in HTML `<details>`), no escapes. */
function markdownText(markdown: string): string {
  return htmlText(markdown).replace(/\\([\\`*_{}[\]()#+\-.!|:/<>~])/g, '$1');
}

/** The text a reader sees on an HTML page: no style, script or markup, entities decoded. */
function htmlText(html: string): string {
  return (
    html
      .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      // A line-break opportunity inside a path is not a space.
      .replace(/<wbr>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
  );
}

/** The tool's commands: what help lists and a suggestion names, as the user types them. */
const COMMANDS = new Set(['check', 'init', 'rules', 'explain', 'schema', 'seal', 'verify-report', 'help']);

/** An explanation without its example dossiers: YAML the author types, ids and values as written. */
function withoutExamples(explanation: string): string {
  return explanation.replace(/^(?:不通过的例子|通过的例子):\n(?:(?: {4}.*)?\n)*/gm, '');
}

function expectChinese(output: string, ruleIds: ReadonlySet<string> = builtInRuleIds, typed: readonly string[] = []): void {
  expect(output.trim()).not.toBe('');
  const left = [...new Set(latinLeftIn(output, { ruleIds, keys, typed: new Set([...COMMANDS, ...typed]) }))];
  expect(left, output.slice(0, 4000)).toEqual([]);
}

/** The rule ids a run reports, a pack's among them. */
async function ruleIdsOf(argv: string[], cwd = ROOT): Promise<Set<string>> {
  const { stdout } = await runInProcess([...argv, '--format', 'json', '--lang', 'zh'], { cwd });
  const report = JSON.parse(stdout) as { dossiers: { findings: { ruleId: string }[] }[] };
  return new Set([...builtInRuleIds, ...report.dossiers.flatMap((dossier) => dossier.findings.map((finding) => finding.ruleId))]);
}

const packFolder = realpathSync(mkdtempSync(join(tmpdir(), 'dossier-zh-pack-')));
afterAll(() => rmSync(packFolder, { recursive: true, force: true }));
writeFileSync(
  join(packFolder, 'dossier-check.config.yaml'),
  `packs:\n  - ${relative(packFolder, join(ROOT, 'fixtures/bank-pack/capital.pack.yaml')).split('\\').join('/')}\n`,
);

const RUNS: { name: string; argv: string[]; cwd?: string }[] = [
  { name: 'the example dossiers', argv: ['check', 'fixtures/dossiers', '--as-of', '2016-12-31', '--no-config'] },
  { name: 'hostile and broken files', argv: ['check', 'fixtures/robustness', '--as-of', '2016-12-31', '--no-config'] },
  { name: 'evidence files', argv: ['check', 'fixtures/evidence', '--as-of', '2016-12-31', '--no-config'] },
  {
    name: "a reviewer's configuration and waivers",
    argv: ['check', join(ROOT, 'fixtures/dossiers'), '--config', join(ROOT, 'fixtures/reviewer/dossier-check.config.yaml')],
  },
  { name: "a bank's rule pack", argv: ['check', join(ROOT, 'fixtures/bank-pack/sample.dossier.yaml'), '--as-of', '2016-12-31'], cwd: packFolder },
];

describe('a Chinese run reads as Chinese', () => {
  describe.each(RUNS)('over $name', ({ argv, cwd = ROOT }) => {
    it.each([
      ['text', []],
      ['text --verbose', ['--verbose']],
      ['markdown', ['--format', 'markdown']],
      ['html', ['--format', 'html']],
    ])('the %s report', async (format, extra) => {
      const ruleIds = await ruleIdsOf(argv, cwd);
      const run = await runInProcess([...argv, '--lang', 'zh', ...extra], { cwd });
      expect(run.stderr).toBe('');
      expectChinese(format === 'html' ? htmlText(run.stdout) : format === 'markdown' ? markdownText(run.stdout) : run.stdout, ruleIds);
    });
  });

  it('follows a Chinese locale without --lang', async () => {
    const run = await runInProcess(['check', 'fixtures/dossiers', '--as-of', '2016-12-31', '--no-config'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(run.stdout).toContain('共检查');
    expectChinese(run.stdout);
  });

  it.each([[[]], [['check']], [['init']], [['rules']], [['explain']], [['schema']], [['seal']], [['verify-report']]])('the help of %j', async (command) => {
    const run = await runInProcess([...command, '--help', '--lang', 'zh']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：');
    expectChinese(run.stdout);
  });

  it('the rule catalogue, and the explanation of every rule', async () => {
    expectChinese((await runInProcess(['rules', '--lang', 'zh'])).stdout);
    for (const id of builtInRuleIds) expectChinese(withoutExamples((await runInProcess(['explain', id, '--lang', 'zh'])).stdout));
  });
});

const dossier = (name: string, text: string) => scratchFile(name, text);
const config = (name: string, text: string) => scratchFile(name, text);

/** Every kind of mistake a user can make, each the command line that makes it. */
const MISTAKES: { name: string; argv: () => string[]; typed?: string[] }[] = [
  { name: 'an unknown option', argv: () => ['check', '--formt', 'json'] },
  { name: 'an unknown command', argv: () => ['chek'] },
  { name: 'an option without its value', argv: () => ['check', '--as-of'] },
  { name: 'an invalid choice', argv: () => ['check', '--fail-on', 'sometimes'] },
  { name: 'options that conflict', argv: () => ['check', '--verbose', '--quiet'] },
  { name: 'a missing argument', argv: () => ['explain'] },
  { name: 'too many arguments', argv: () => ['explain', 'four-approvals', 'extra'] },
  { name: 'a bad --as-of', argv: () => ['check', '--as-of', '2016-02-30'] },
  { name: 'a bad --shard', argv: () => ['check', '--shard', '4/3'] },
  { name: 'a bad --jobs', argv: () => ['check', '--jobs', 'many'] },
  { name: 'a bad --max-file-size', argv: () => ['check', '--max-file-size', 'huge'] },
  { name: 'an unknown format', argv: () => ['check', 'fixtures/dossiers', '--format', 'pdf'] },
  { name: 'two reports to standard output', argv: () => ['check', 'fixtures/dossiers', '--format', 'json', '--format', 'sarif'] },
  { name: 'an unknown rule for --rule', argv: () => ['check', 'fixtures/dossiers', '--rule', 'four-approval'] },
  { name: 'an unknown rule to explain', argv: () => ['explain', 'four-approval'] },
  { name: 'a missing file', argv: () => ['check', 'no-such-dossier.yaml'] },
  { name: 'a folder without dossiers', argv: () => ['check', scratch.replace(/$/, '/none')] },
  { name: 'no dossier found', argv: () => ['check', 'src/config'] },
  { name: '--stdin-filename without "-"', argv: () => ['check', 'fixtures/dossiers', '--stdin-filename', 'x.yaml'] },
  {
    name: 'a configuration with an unknown key',
    argv: () => ['check', 'fixtures/dossiers', '--config', config('unknown-key.yaml', 'rulez: {}\n')],
    typed: ['rulez'],
  },
  { name: 'a configuration with a bad value', argv: () => ['check', 'fixtures/dossiers', '--config', config('bad-value.yaml', 'failOn: sometimes\n')] },
  { name: 'a configuration with a bad date', argv: () => ['check', 'fixtures/dossiers', '--config', config('bad-date.yaml', 'asOf: 2016-02-30\n')] },
  { name: 'a configuration with a wrong type', argv: () => ['check', 'fixtures/dossiers', '--config', config('wrong-type.yaml', 'packs: 3\n')] },
  {
    name: 'a configuration naming an unknown rule',
    argv: () => ['check', 'fixtures/dossiers', '--config', config('unknown-rule.yaml', 'rules:\n  four-approval: off\n')],
  },
  {
    name: 'a configuration turning off an input check',
    argv: () => ['check', 'fixtures/dossiers', '--config', config('input-rule.yaml', 'rules:\n  yaml-syntax: off\n')],
  },
  { name: 'a configuration of broken YAML', argv: () => ['check', 'fixtures/dossiers', '--config', config('broken.yaml', 'rules:\n  a: off\n b: off\n')] },
  {
    name: 'a parameter below the national floor',
    argv: () => [
      'check',
      'fixtures/dossiers',
      '--config',
      config(
        'low-floor.yaml',
        'parameters:\n  firstHomeDownPaymentMinPercent:\n    value: 5\n    document: { number: 并政办发〔2016〕8号, issuer: 太原市人民政府办公厅, date: 2016-03-01 }\n',
      ),
    ],
  },
  { name: 'a configuration that is missing', argv: () => ['check', 'fixtures/dossiers', '--config', join(scratch, 'absent.yaml')] },
  {
    name: 'waivers of a missing field',
    argv: () => ['check', 'fixtures/dossiers', '--no-config', '--waivers', config('waivers.yaml', 'waivers:\n  - rule: four-approvals\n')],
  },
  { name: 'a rule pack that does not exist', argv: () => ['check', 'fixtures/dossiers', '--config', config('no-pack.yaml', 'packs: [absent.pack.yaml]\n')] },
];

describe('every mistake is told in Chinese', () => {
  it.each(MISTAKES)('$name', async ({ argv, typed }) => {
    const run = await runInProcess([...argv(), '--lang', 'zh']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectChinese(run.stderr, builtInRuleIds, typed);
  });

  it('a cache file that cannot be used', async () => {
    const cache = scratchFile('broken-cache.json', '{ not json');
    const run = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', '--cache', '--cache-location', cache, '--lang', 'zh', '--no-config']);
    expect(run.stderr).toContain('忽略缓存文件');
    expectChinese(run.stderr);
  });

  it('with a Chinese locale and no --lang, commander`s own errors too', async () => {
    const run = await runInProcess(['check', '--formt'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(run.stderr).toContain('未知的选项 --formt');
    expectChinese(run.stderr);
  });
});

/** Broken YAML of each kind the parser reports, each in a dossier of its own. */
const BROKEN_YAML: Record<string, string> = {
  'bad-indent.yaml': 'dossierFormat: 1\nproject:\n  id: TY-001\n city: 太原市\n',
  'tab.yaml': 'dossierFormat: 1\nproject:\n\tid: TY-001\n',
  'duplicate-key.yaml': 'dossierFormat: 1\ndossierFormat: 1\n',
  'unclosed-quote.yaml': 'dossierFormat: 1\nproject: { id: "TY-001 }\n',
  'unclosed-flow.yaml': 'dossierFormat: 1\nproject: [a, b\n',
  'bad-escape.yaml': 'dossierFormat: 1\nproject: "\\q"\n',
  'custom-tag.yaml': 'dossierFormat: 1\nproject: !custom x\n',
  'two-documents.yaml': 'dossierFormat: 1\n---\ndossierFormat: 1\n',
  'block-key.yaml': 'dossierFormat: 1\n? - a\n  - b\n: c\n',
  'bad-alias.yaml': 'dossierFormat: 1\nproject: *missing\n',
  'two-anchors.yaml': 'dossierFormat: 1\nproject: &a &b x\n',
  'multiline-key.yaml': 'dossierFormat: 1\n"a\n b": 1\n',
  'directive.yaml': '%FOO bar\n---\ndossierFormat: 1\n',
  'scalar-start.yaml': 'dossierFormat: 1\nproject: @x\n',
  'missing-evidence.yaml': replaceOnce(BASE_DOSSIER, 'issued: 2016-03-01 }', 'issued: 2016-03-01, evidence: { file: scans/fsr.pdf } }'),
};

describe('broken YAML and missing files are explained in Chinese', () => {
  it.each(Object.entries(BROKEN_YAML))('%s', async (name, text) => {
    const file = dossier(name, text);
    for (const format of [[], ['--format', 'markdown']]) {
      const run = await runInProcess(['check', file, '--lang', 'zh', '--as-of', '2016-12-31', '--no-config', ...format]);
      expect(run.code).toBe(1);
      expectChinese(format.length > 0 ? markdownText(run.stdout) : run.stdout);
    }
  });
});

describe('English stays complete', () => {
  /** Chinese outside what is Chinese in any language: document numbers, quoted dossier text, file names, labels. */
  const chineseIn = (text: string) =>
    text
      .replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, ' ')
      // A source named in parentheses beside its document number is quoted as the document words it.
      .replace(/[(（][^()（）]*〔\d{4}〕[^()（）]*[)）]/g, ' ')
      .replace(/\S*〔\d{4}〕\S*/g, ' ')
      .replace(/\S+\.(?:ya?ml|pdf)\b/g, ' ')
      .match(/[\u4e00-\u9fff]+/g) ?? [];

  it.each(MISTAKES)('$name', async ({ argv }) => {
    const zh = await runInProcess([...argv(), '--lang', 'zh']);
    const en = await runInProcess([...argv(), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).not.toBe(zh.stderr);
    expect(chineseIn(en.stderr)).toEqual([]);
  });

  it.each([[[]], [['check']], [['rules']], [['explain']]])('the help of %j', async (command) => {
    const run = await runInProcess([...command, '--help', '--lang', 'en']);
    expect(run.stdout).toContain('Usage:');
    expect(chineseIn(run.stdout)).toEqual([]);
  });
});
