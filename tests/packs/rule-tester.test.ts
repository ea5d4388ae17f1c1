import { AssertionError } from 'node:assert';
import { afterEach, describe, expect, it } from 'vitest';
import { defineRule } from '../../src/rules/define-rule.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { BASE_DOSSIER as base, replaceOnce, valuePosition } from '../support/dossier-text.js';

/** A bank's rule: no loan above 60000 (10,000 yuan). */
const loanCap = defineRule({
  meta: {
    id: 'bank/loan-cap',
    severity: 'error',
    policy: '授信政策第五条',
    title: { zh: '贷款不超过 6 亿元', en: 'At most 600 million yuan' },
    description: { zh: '贷款金额上限。', en: 'The loan cap.' },
    fix: { zh: '减少贷款金额。', en: 'Lower the amount.' },
    messages: { tooHigh: { zh: '贷款 {amount} 万元超过上限', en: 'the loan of {amount} is above the cap' } },
  },
  *check(dossier) {
    if (dossier.loan.amount > 60000) yield { messageId: 'tooHigh', path: ['loan', 'amount'], data: { amount: dossier.loan.amount } };
  },
});

const high = replaceOnce(base, 'amount: 50000', 'amount: 70000');
const where = valuePosition(high, 'amount: 70000');

/** Runs the tester without a framework: each case runs at once, and the first failure throws. */
const plain = new RuleTester({ describe: (_name, body) => body(), it: (_name, body) => body() });

function failure(run: () => void): AssertionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AssertionError);
    return error as AssertionError;
  }
  throw new Error('the tester passed');
}

describe('RuleTester', () => {
  afterEach(() => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  });

  it('passes a rule that does what its table says', () => {
    plain.run(loanCap, {
      valid: [base, { name: 'at the cap', code: replaceOnce(base, 'amount: 50000', 'amount: 60000') }],
      invalid: [
        {
          code: high,
          errors: [
            { ruleId: 'bank/loan-cap', messageId: 'tooHigh', ...where, endLine: where.line, endColumn: where.column + 5, message: '贷款 70000 万元超过上限' },
          ],
        },
        { code: high, errors: 1 },
      ],
    });
  });

  it('fails a valid case with a finding, listing it', () => {
    const error = failure(() => plain.run(loanCap, { valid: [high], invalid: [] }));
    // Node's assertion error adds the difference of what was expected and what was found.
    expect(
      error.message.startsWith(
        `expected no finding of bank/loan-cap, got 1:\n  ${where.line}:${where.column} bank/loan-cap (tooHigh) the loan of 70000 is above the cap\n`,
      ),
    ).toBe(true);
  });

  it('fails a finding at another place, with the difference', () => {
    const error = failure(() => plain.run(loanCap, { valid: [], invalid: [{ code: high, errors: [{ line: where.line, column: 3 }] }] }));
    expect(error.message).toMatch(/^finding 1 of bank\/loan-cap differs:/);
    expect(error.expected).toMatchObject({ column: 3 });
    expect(error.actual).toMatchObject({ column: where.column });
  });

  it('fails another number of findings, another message id, another message', () => {
    expect(failure(() => plain.run(loanCap, { valid: [], invalid: [{ code: high, errors: 2 }] })).message).toMatch(
      /^expected 2 findings of bank\/loan-cap, got 1:/,
    );
    expect(failure(() => plain.run(loanCap, { valid: [], invalid: [{ code: high, errors: [{ ...where, messageId: 'other' }] }] })).message).toMatch(/differs/);
    expect(failure(() => plain.run(loanCap, { valid: [], invalid: [{ code: high, errors: [{ ...where, message: /below/ }] }] })).message).toMatch(
      /^finding 1 of bank\/loan-cap: the message matches \/below\/ in neither language\n/,
    );
  });

  it('fails a case that is not a valid dossier, since no rule ran on it', () => {
    const broken = replaceOnce(high, 'product: project-loan', 'product: gift');
    expect(failure(() => plain.run(loanCap, { valid: [broken], invalid: [] })).message).toMatch(
      /^the case is not a valid dossier, so no rule ran on it:\n {2}\d+:\d+ schema-violation/,
    );
  });

  it('fails a rule that throws, and one that leaves a placeholder unfilled', () => {
    const throwing = defineRule({ ...loanCap, check: () => [][0]! });
    expect(failure(() => plain.run(throwing, { valid: [base], invalid: [] })).message).toMatch(/^the rule failed: /);
    const unfilled = defineRule({
      ...loanCap,
      *check() {
        yield { messageId: 'tooHigh', path: ['loan', 'amount'] };
      },
    });
    expect(failure(() => plain.run(unfilled, { valid: [], invalid: [{ code: base, errors: 1 }] })).message).toMatch(
      /the zh message leaves \{amount\} unfilled/,
    );
  });

  it('makes each case a test of the framework given on the class, named by its number and name', () => {
    const names: string[] = [];
    RuleTester.describe = (name, body) => {
      names.push(`describe ${name}`);
      body();
    };
    RuleTester.it = (name) => {
      names.push(`it ${name}`);
    };
    RuleTester.run(loanCap, { valid: [base, { name: 'at the cap', code: base }], invalid: [{ name: 'above', code: high, errors: 1 }] });
    expect(names).toEqual(['describe bank/loan-cap', 'it valid 1', 'it valid 2: at the cap', 'it invalid 1: above']);
  });

  it('without a framework, runs each case at once and names the failing one', () => {
    expect(() => new RuleTester().run(loanCap, { valid: [base, high], invalid: [] })).toThrow(/^valid 2: expected no finding of bank\/loan-cap/);
  });
});
