import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

/**
 * The package as a user gets it: `npm pack`, installed into an empty folder with its production dependencies only,
 * then the command line and the library used from there. The install reaches the npm registry for the dependencies;
 * the timeouts are hang guards for a slow registry, not timings.
 */
const INSTALL_TIMEOUT = 300_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function exec(command: string, args: readonly string[], cwd: string, timeout = 120_000): Run {
  // `npm` and `npx` are scripts on Windows, which only a shell runs.
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function execOk(command: string, args: readonly string[], cwd: string, timeout?: number): string {
  const run = exec(command, args, cwd, timeout);
  if (run.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.code}:\n${run.stderr}`);
  return run.stdout;
}

let work: string;
let app: string;
let packed: string[];

beforeAll(() => {
  // The package is what `npm run build` left in dist/, as for every command-line test; `prepack` would build it again.
  const listing = JSON.parse(execOk('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as { files: { path: string }[] }[];
  packed = (listing[0]?.files ?? []).map((file) => file.path);
  work = mkdtempSync(join(tmpdir(), 'dossier-pack-'));
  const [{ filename }] = JSON.parse(execOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as [{ filename: string }];
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execOk('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', '--loglevel=error', join(work, filename)], app, INSTALL_TIMEOUT);
}, INSTALL_TIMEOUT + 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the command line, the library with its types, the schemas, the example, the docs and the licence', () => {
    for (const path of [
      'package.json',
      'LICENSE',
      'README.md',
      'bin/dossier-check.js',
      'dist/bundle/dossier-check.js',
      'dist/index.js',
      'dist/index.d.ts',
      'schemas/dossier.schema.json',
      'schemas/report.schema.json',
      'examples/shantytown-built-housing.yaml',
    ]) {
      expect(packed, path).toContain(path);
    }
  });

  it('holds no tests, fixtures, sources, source maps, scripts or benchmarks', () => {
    const unwanted = packed.filter(
      (path) => /^(tests|fixtures|src|scripts|bench|node_modules)\//.test(path) || /\.(map|ts)$/.test(path.replace(/\.d\.ts$/, '')),
    );
    expect(unwanted).toEqual([]);
  });

  it('installs without development dependencies', () => {
    const installed = readdirSync(join(app, 'node_modules'));
    expect(installed).toContain('dossier-check');
    for (const dev of ['vitest', 'typescript', 'esbuild', '@biomejs', 'yaml-language-server', 'playwright-core']) expect(installed).not.toContain(dev);
  });

  it('runs from the empty folder: npx dossier-check checks a copied example, and init writes a skeleton', () => {
    copyFileSync(join(app, 'node_modules', 'dossier-check', 'examples', 'shantytown-built-housing.yaml'), join(app, 'example.yaml'));
    const check = exec('npx', ['--no-install', 'dossier-check', 'check', 'example.yaml', '--lang', 'zh'], app);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^example\.yaml {2}通过 {2}DT-PC-2016-011/);
    expect(check.stdout).toContain('共检查 1 份资料');

    const shipped = exec('npx', ['--no-install', 'dossier-check', 'check', '--example'], app);
    expect(shipped.code).toBe(0);
    expect(shipped.stdout).toMatch(/^node_modules\/dossier-check\/examples\/shantytown-built-housing\.yaml {2}PASS/);

    const init = exec('npx', ['--no-install', 'dossier-check', 'init', 'new.yaml', '--category', 'shantytown', '--mode', 'monetized'], app);
    expect(init.code).toBe(0);
    expect(existsSync(join(app, 'new.yaml'))).toBe(true);
    // The editor finds the schema of the installed package, by a path that stays right in a clone of the project.
    expect(readFileSync(join(app, 'new.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/dossier-check/schemas/dossier.schema.json',
    );
    expect(exec('npx', ['--no-install', 'dossier-check', 'check', 'new.yaml'], app).code).toBe(1);
  });

  it('serves the library: check() of the example, format() as text and JSON, defineRule with a rule of its own', () => {
    copyFileSync(join(app, 'node_modules', 'dossier-check', 'examples', 'shantytown-built-housing.yaml'), join(app, 'library.yaml'));
    writeFileSync(
      join(app, 'consumer.js'),
      `import { check, defineRule, format, exitCode, ALL_RULES } from 'dossier-check';

const report = await check('library.yaml', { asOf: '2026-01-01' });
const text = format(report, 'text', { lang: 'en' });
const json = JSON.parse(format(report, 'json'));

const loanCeiling = defineRule({
  meta: {
    id: 'bank-loan-ceiling',
    severity: 'error',
    clause: 'N-4.4',
    rests: { quote: '开发银行等银行业金融机构据此对符合条件的实施主体发放贷款', modal: '可', reading: { zh: '本行的贷款上限', en: "this bank's loan ceiling" } },
    title: { zh: '贷款不超过本行上限', en: "The loan stays within the bank's ceiling" },
    description: { zh: '贷款金额不超过 10 亿元。', en: 'The loan is at most 100,000 (10,000 yuan).' },
    fix: { zh: '降低贷款金额。', en: 'Lower the loan amount.' },
    messages: { tooLarge: { zh: '贷款 {amount} 万元超过本行上限', en: 'the loan of {amount} exceeds the ceiling' } },
    covers: [],
    examples: { pass: 'loan: { amount: 1000 }', fail: 'loan: { amount: 200000 }' },
  },
  *check(dossier) {
    if (dossier.loan.amount > 100000) yield { messageId: 'tooLarge', data: { amount: String(dossier.loan.amount) }, path: ['loan', 'amount'] };
  },
});
const own = await check('library.yaml', { asOf: '2026-01-01', rules: [...ALL_RULES, loanCeiling] });
const fromText = await check({ sources: [{ file: 'given.yaml', text: 'dossierFormat: 1\\n' }] }, { asOf: '2026-01-01' });

console.log(JSON.stringify({
  summary: report.summary,
  file: report.dossiers[0].file,
  text,
  json: { reportVersion: json.reportVersion, dossiers: json.dossiers.map((d) => [d.file, d.verdict]) },
  own: own.dossiers[0].findings.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message })),
  ownExit: exitCode(own, 'error'),
  fromText: [fromText.summary.failed, fromText.dossiers[0].findings.map((f) => f.ruleId)],
}));
`,
    );
    const run = exec('node', ['consumer.js'], app);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as {
      summary: Record<string, number>;
      file: string;
      text: string;
      json: { reportVersion: number; dossiers: [string, string][] };
      own: { ruleId: string; line: number; column: number; message: { zh: string; en: string } }[];
      ownExit: number;
      fromText: [number, string[]];
    };
    expect(out.summary).toMatchObject({ dossiers: 1, passed: 1, failed: 0, errors: 0, warnings: 0, skipped: 0 });
    expect(out.file).toBe('library.yaml');
    // No colour object was given, and none is needed: plain text.
    expect(out.text).toMatch(/^library\.yaml {2}PASS {2}DT-PC-2016-011/);
    expect(out.text).not.toContain('\u001b[');
    expect(out.json).toEqual({ reportVersion: expect.any(Number), dossiers: [['library.yaml', 'pass']] });
    const amountLine =
      1 +
      readFileSync(join(app, 'library.yaml'), 'utf8')
        .split('\n')
        .findIndex((line) => line.startsWith('  amount: 121600'));
    expect(out.own).toEqual([
      {
        ruleId: 'bank-loan-ceiling',
        line: amountLine,
        column: 11,
        message: { zh: '贷款 121600 万元超过本行上限', en: 'the loan of 121600 exceeds the ceiling' },
      },
    ]);
    expect(out.ownExit).toBe(1);
    expect(out.fromText[0]).toBe(1);
    expect(out.fromText[1]).toContain('schema-violation');
  });

  it('serves a bank: RuleTester tests a rule of its own, and loadRulePack loads a copied pack that checks the example', () => {
    copyFileSync(join(app, 'node_modules', 'dossier-check', 'examples', 'shantytown-built-housing.yaml'), join(app, 'bank.yaml'));
    copyFileSync(join(ROOT, 'fixtures', 'bank-pack', 'capital.pack.yaml'), join(app, 'capital.pack.yaml'));
    writeFileSync(
      join(app, 'bank.js'),
      `import { readFileSync } from 'node:fs';
import { check, defineRule, loadRulePack, RuleTester, DOSSIER_RULES } from 'dossier-check';

const example = readFileSync('bank.yaml', 'utf8');
const amountAt = example.split('\\n').findIndex((line) => line.startsWith('  amount: 121600'));
const ceiling = defineRule({
  meta: {
    id: 'bank/loan-ceiling',
    severity: 'error',
    policy: '《示例银行贷款管理办法》第三条',
    title: { zh: '贷款不超过 10 亿元', en: 'The loan is at most 100,000 (10,000 yuan)' },
    description: { zh: '贷款金额不超过 10 亿元。', en: 'The loan is at most 100,000 (10,000 yuan).' },
    fix: { zh: '降低贷款金额。', en: 'Lower the loan amount.' },
    messages: { tooLarge: { zh: '贷款 {amount} 万元超过本行上限', en: 'the loan of {amount} exceeds our ceiling' } },
  },
  *check(dossier) {
    if (dossier.loan.amount > 100000) yield { messageId: 'tooLarge', data: { amount: String(dossier.loan.amount) }, path: ['loan', 'amount'] };
  },
});
const cases = (column) => ({
  valid: [{ name: 'within the ceiling', code: example.replace('amount: 121600', 'amount: 1000') }],
  invalid: [{ name: 'above the ceiling', code: example, errors: [{ messageId: 'tooLarge', line: amountAt + 1, column, message: /121600/ }] }],
});
// No test framework here: the tester runs each case at once and throws on a wrong expectation.
RuleTester.run(ceiling, cases(11));
let wrong = '';
try {
  RuleTester.run(ceiling, cases(12));
} catch (error) {
  wrong = error.message;
}

const pack = await loadRulePack('capital.pack.yaml');
const checked = await check('bank.yaml', { asOf: '2026-01-01', rules: [...DOSSIER_RULES, ...pack] });
console.log(JSON.stringify({
  wrong,
  pack: pack.map((rule) => [rule.meta.id, rule.meta.policy !== undefined, rule.meta.pack?.file]),
  findings: checked.dossiers[0].findings.map((f) => [f.ruleId, f.policy]),
}));
`,
    );
    const run = exec('node', ['bank.js'], app);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { wrong: string; pack: [string, boolean, string][]; findings: [string, string | undefined][] };
    expect(out.wrong).toContain('above the ceiling');
    expect(out.wrong).toMatch(/column/);
    expect(out.pack).toEqual([
      ['bank/capital-25', true, 'capital.pack.yaml'],
      ['bank/agreement-term-cap', true, 'capital.pack.yaml'],
      ['bank/supervision-account-bank', true, 'capital.pack.yaml'],
    ]);
    // The example meets the notice, but its 20% project capital is below the bank's 25%: a finding citing the policy.
    expect(out.findings).toEqual([['bank/capital-25', '《示例银行棚户区改造贷款管理办法》（2024年版）第十二条']]);
  });

  it('gives TypeScript the types of the library through its exports', () => {
    writeFileSync(
      join(app, 'typed.ts'),
      `import { check, format, type CheckReport, type Rule, type RuleContext, type Finding } from 'dossier-check';
const report: CheckReport = await check(['library.yaml'], { asOf: '2026-01-01' });
const text: string = format(report, 'sarif');
const first: Finding | undefined = report.dossiers[0]?.findings[0];
export type Own = [Rule, RuleContext, typeof text, typeof first];
// @ts-expect-error: the format names are checked
format(report, 'pdf');
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
        },
        files: ['typed.ts'],
      }),
    );
    const run = exec(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], app);
    expect(run.stdout + run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
