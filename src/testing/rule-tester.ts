import { AssertionError } from 'node:assert';
import { createHash } from 'node:crypto';
import { checkDossierText } from '../engine/check-dossier.js';
import { contentOf } from '../engine/evidence-content.js';
import type { Finding } from '../engine/types.js';
import type { EvidenceFile, Rule } from '../rules/define-rule.js';

/** A dossier the rule must not report on: its text, or the text with options. */
export type ValidTestCase = string | TestCaseOptions;

export interface TestCaseOptions {
  /** The whole dossier, as YAML text. It must be a valid dossier, or no rule would run on it. */
  code: string;
  /** Names the case in the test output; the case's number when absent. */
  name?: string;
  /** The date the dossier is judged on, `YYYY-MM-DD`; the tester's when absent. */
  asOf?: string;
  /**
   * Evidence files beside the dossier, by path relative to it: their content (hashed and typed for the rule by its
   * first bytes), or the content with the text of its text layer (`null`: a scan without text).
   */
  evidence?: Readonly<Record<string, EvidenceStandIn>>;
}

/** An evidence file's bytes, or its bytes and the text a PDF's text layer would give (`null`: it has none). */
export type EvidenceStandIn = string | Uint8Array | { bytes: string | Uint8Array; text: string | null };

/** An evidence file as the engine's reader gives it, from a stand-in's bytes (and text). */
export function evidenceStandIn(entry: EvidenceStandIn): EvidenceFile {
  const { bytes, text } = typeof entry === 'string' || entry instanceof Uint8Array ? { bytes: entry, text: undefined } : entry;
  const buffer = Buffer.from(bytes);
  const file: EvidenceFile = { ok: true, sha256: createHash('sha256').update(buffer).digest('hex'), content: contentOf(buffer) };
  if (text === undefined) return file;
  return {
    ...file,
    text:
      text === null
        ? { kind: 'unverifiable', reason: { zh: '文件中没有文字层（如扫描件）', en: 'the file has no text layer (as a scan)' } }
        : { kind: 'text', text, pages: 1, pagesRead: 1 },
  };
}

/** A dossier the rule reports on, with exactly the findings expected, in the order of the file. */
export interface InvalidTestCase extends TestCaseOptions {
  /** The expected findings; a number only counts them. */
  errors: number | readonly ExpectedFinding[];
}

/** What one finding must be; what is left out is not compared. */
export interface ExpectedFinding {
  /** The rule's own id when absent. */
  ruleId?: string;
  messageId?: string;
  /** 1-based, as every report shows it. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The message in either language: the whole text, or a pattern. */
  message?: string | RegExp;
}

export interface RuleTestCases {
  valid: readonly ValidTestCase[];
  invalid: readonly InvalidTestCase[];
}

/** A test framework's `describe` and `it` (vitest, jest, mocha, node:test): how each case becomes a test. */
export type Describe = (name: string, body: () => void) => unknown;
export type It = (name: string, body: () => void) => unknown;

export interface RuleTesterOptions {
  /** The as-of date of every case that gives none; `DEFAULT_TEST_AS_OF` when absent. */
  asOf?: string;
  describe?: Describe;
  it?: It;
}

/** A fixed date rather than today's, so that a test gives the same answer every day it runs. */
export const DEFAULT_TEST_AS_OF = '2020-01-01';

/** Without a framework: a group runs its body, a case runs and throws its assertion error, named. */
const plainDescribe: Describe = (_name, body) => body();
const plainIt: It = (name, body) => {
  try {
    body();
  } catch (error) {
    if (error instanceof Error) error.message = `${name}: ${error.message}`;
    throw error;
  }
};

/** The framework's functions when it puts them in the global scope (jest, mocha, vitest with `globals`). */
function globalFunction(name: 'describe' | 'it'): Describe | undefined {
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as Describe) : undefined;
}

/**
 * Table tests of one rule, as ESLint's `RuleTester`: valid dossiers give no finding of the rule, invalid ones
 * exactly the findings listed, at their line and column. Each case runs the rule alone, through the engine, as a
 * real check would; failures are `AssertionError`s (`node:assert`), which every test framework reports.
 *
 * The cases become tests through `describe` and `it`: given to the constructor, or set once on the class
 * (`RuleTester.describe = describe; RuleTester.it = it`), or else the framework's global ones; without any, each
 * case runs at once and the first failure throws.
 */
export class RuleTester {
  static describe: Describe | undefined;
  static it: It | undefined;

  readonly #options: RuleTesterOptions;

  constructor(options: RuleTesterOptions = {}) {
    this.#options = options;
  }

  /** With the class's or the framework's `describe` and `it`, and the default as-of date. */
  static run(rule: Rule, cases: RuleTestCases): void {
    new RuleTester().run(rule, cases);
  }

  run(rule: Rule, cases: RuleTestCases): void {
    const describe = this.#options.describe ?? RuleTester.describe ?? globalFunction('describe') ?? plainDescribe;
    const it = this.#options.it ?? RuleTester.it ?? globalFunction('it') ?? plainIt;
    const asOf = this.#options.asOf ?? DEFAULT_TEST_AS_OF;
    describe(rule.meta.id, () => {
      cases.valid.forEach((valid, index) => {
        const testCase = typeof valid === 'string' ? { code: valid } : valid;
        it(`valid ${index + 1}${testCase.name ? `: ${testCase.name}` : ''}`, () => {
          const found = findingsOf(rule, testCase, asOf);
          if (found.length > 0) fail(`expected no finding of ${rule.meta.id}, got ${found.length}:\n${list(found)}`, [], found.map(shown));
        });
      });
      cases.invalid.forEach((invalid, index) => {
        it(`invalid ${index + 1}${invalid.name ? `: ${invalid.name}` : ''}`, () => checkInvalid(rule, invalid, asOf));
      });
    });
  }
}

function checkInvalid(rule: Rule, testCase: InvalidTestCase, asOf: string): void {
  const found = findingsOf(rule, testCase, asOf);
  const expected = typeof testCase.errors === 'number' ? testCase.errors : testCase.errors.length;
  if (expected === 0) throw new TypeError('an invalid case expects at least one finding; a dossier without findings is a valid case');
  if (found.length !== expected) {
    const wanted = typeof testCase.errors === 'number' ? expected : testCase.errors;
    fail(
      `expected ${expected} finding${expected === 1 ? '' : 's'} of ${rule.meta.id}, got ${found.length}:\n${list(found) || '  (none)'}`,
      wanted,
      found.map(shown),
    );
  }
  for (const [index, finding] of found.entries()) checkFinding(rule, finding, index);
  if (typeof testCase.errors === 'number') return;
  testCase.errors.forEach((wanted, index) => {
    const finding = found[index]!;
    const actual: Record<string, unknown> = { ruleId: finding.ruleId, line: finding.line, column: finding.column };
    const expectedShape: Record<string, unknown> = { ruleId: wanted.ruleId ?? rule.meta.id, line: wanted.line, column: wanted.column };
    for (const key of ['messageId', 'endLine', 'endColumn'] as const) {
      if (wanted[key] === undefined) continue;
      actual[key] = finding[key];
      expectedShape[key] = wanted[key];
    }
    if (!sameShape(actual, expectedShape)) fail(`finding ${index + 1} of ${rule.meta.id} differs:\n${list([finding])}`, expectedShape, actual);
    if (wanted.message !== undefined && !messageMatches(finding, wanted.message)) {
      fail(
        `finding ${index + 1} of ${rule.meta.id}: the message matches ${String(wanted.message)} in neither language`,
        String(wanted.message),
        finding.message,
      );
    }
  });
}

/** What every finding of a rule must be, whatever the case: declared, graded and cited as the rule says, filled in. */
function checkFinding(rule: Rule, finding: Finding, index: number): void {
  const { meta } = rule;
  const where = `finding ${index + 1} of ${meta.id} (${finding.messageId}, line ${finding.line})`;
  const declared = meta.messageSeverity as Readonly<Record<string, 'warning' | 'information'>> | undefined;
  const severity = declared?.[finding.messageId] ?? meta.severity;
  if (finding.severity !== severity) fail(`${where}: severity ${finding.severity}, but the rule declares ${severity}`, severity, finding.severity);
  for (const lang of ['zh', 'en'] as const) {
    const unfilled = /\{[A-Za-z0-9_.[\]]+\}/.exec(finding.message[lang]);
    if (unfilled) fail(`${where}: the ${lang} message leaves ${unfilled[0]} unfilled: ${finding.message[lang]}`, 'no placeholder', finding.message[lang]);
  }
  if (finding.clause?.id !== meta.clause)
    fail(`${where}: cites clause ${finding.clause?.id ?? 'none'}, the rule ${meta.clause ?? 'none'}`, meta.clause, finding.clause?.id);
  if (finding.policy !== meta.policy)
    fail(`${where}: cites the policy ${finding.policy ?? 'none'}, the rule ${meta.policy ?? 'none'}`, meta.policy, finding.policy);
}

/** The rule's own findings on a case; a case that is no valid dossier, or a rule that throws, fails the test. */
function findingsOf(rule: Rule, testCase: TestCaseOptions, asOf: string): Finding[] {
  const files = testCase.evidence;
  const evidence = files
    ? (path: string): EvidenceFile =>
        Object.hasOwn(files, path) ? evidenceStandIn(files[path]!) : { ok: false, reason: { zh: '文件不存在', en: 'the file no longer exists' } }
    : undefined;
  const outcome = checkDossierText(
    testCase.code,
    'case.yaml',
    { asOf: testCase.asOf ?? asOf, rules: [rule] },
    evidence ? { evidence, explicit: true } : { explicit: true },
  );
  if (outcome.kind !== 'dossier') throw new AssertionError({ message: 'the case is not a dossier (it lacks `dossierFormat: 1`)' });
  const { result } = outcome;
  const thrown = result.findings.filter((finding) => finding.ruleId === 'internal-error');
  if (thrown.length > 0) {
    const stacks = result.debug?.length ? `\n${result.debug.join('\n')}` : '';
    throw new AssertionError({ message: `the rule failed: ${thrown.map((finding) => finding.message.en).join('; ')}${stacks}` });
  }
  // A case that does not even validate would pass "no findings of this rule" for the wrong reason.
  if (!result.evaluated) {
    throw new AssertionError({ message: `the case is not a valid dossier, so no rule ran on it:\n${list(result.findings)}` });
  }
  return result.findings.filter((finding) => finding.ruleId === rule.meta.id);
}

function messageMatches(finding: Finding, message: string | RegExp): boolean {
  return [finding.message.en, finding.message.zh].some((text) => (typeof message === 'string' ? text === message : message.test(text)));
}

function sameShape(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(b).every((key) => a[key] === b[key]);
}

function shown(finding: Finding) {
  return { ruleId: finding.ruleId, messageId: finding.messageId, line: finding.line, column: finding.column, message: finding.message.en };
}

function list(findings: readonly Finding[]): string {
  return findings.map((finding) => `  ${finding.line}:${finding.column} ${finding.ruleId} (${finding.messageId}) ${finding.message.en}`).join('\n');
}

function fail(message: string, expected: unknown, actual: unknown): never {
  throw new AssertionError({ message, expected, actual, operator: 'deepStrictEqual' });
}
