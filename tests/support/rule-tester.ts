import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/rules/registry.js';
import { type EvidenceStandIn, RuleTester } from '../../src/testing/rule-tester.js';

export interface ValidCase {
  name: string;
  text: string;
  asOf?: string;
  /**
   * Evidence files beside the dossier, by relative path, with their content; for a PDF, optionally the text read
   * from it (`null`: no text layer), as the command line reads it before the rules run.
   */
  evidence?: Record<string, EvidenceStandIn>;
}

/** An evidence file as the engine's reader gives it: the library's stand-in, which the rule tester uses too. */
export { evidenceStandIn as evidenceStub } from '../../src/testing/rule-tester.js';

export interface InvalidCase extends ValidCase {
  errors: { messageId?: string; line: number; column: number; message?: RegExp }[];
}

/** The built-in rules are tested with the tester the library exports to banks, as a bank's rules are. */
const tester = new RuleTester({ describe, it });

/**
 * Runs one built-in rule alone on each case: valid cases give no finding of it, invalid ones exactly the listed
 * ones. The cases are written with `text` for the dossier; the exported tester calls it `code`, as ESLint does.
 */
export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = RULES_BY_ID.get(ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(rule).toBeDefined();
    });
    if (!rule) return;
    const asCase = ({ text, ...rest }: ValidCase) => ({ code: text, ...rest });
    tester.run(rule, {
      valid: cases.valid.map(asCase),
      invalid: cases.invalid.map(({ errors, ...rest }) => ({ ...asCase(rest), errors })),
    });
  });
}
