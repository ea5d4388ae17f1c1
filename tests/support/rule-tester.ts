import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '../../src/rules/define-rule.js';
import { checkDossierText } from '../../src/engine/check-dossier.js';
import { contentOf } from '../../src/engine/evidence-content.js';
import { RULES_BY_ID } from '../../src/rules/registry.js';

export interface ValidCase {
  name: string;
  text: string;
  asOf?: string;
  /**
   * Evidence files beside the dossier, by relative path, with their content; for a PDF, optionally the text read
   * from it (`null`: no text layer), as the command line reads it before the rules run.
   */
  evidence?: Record<string, string | Buffer | { bytes: string | Buffer; text: string | null }>;
}

/** An evidence file as the engine's reader gives it, from a stand-in's bytes (and text). */
export function evidenceStub(entry: string | Buffer | { bytes: string | Buffer; text: string | null }): EvidenceFile {
  const { bytes, text } = typeof entry === 'string' || Buffer.isBuffer(entry) ? { bytes: entry, text: undefined } : entry;
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

export interface InvalidCase extends ValidCase {
  errors: { messageId?: string; line: number; column: number; message?: RegExp }[];
}

const DEFAULT_AS_OF = '2020-01-01';

/** Runs one rule alone on each case: valid cases give no finding of it, invalid ones exactly the listed ones. */
export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = RULES_BY_ID.get(ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(rule).toBeDefined();
    });
    const findingsOf = (c: ValidCase) => {
      const files = c.evidence;
      const evidence = files
        ? (path: string): EvidenceFile =>
            Object.hasOwn(files, path) ? evidenceStub(files[path]!) : { ok: false, reason: { zh: '文件不存在', en: 'the file no longer exists' } }
        : undefined;
      const outcome = checkDossierText(c.text, 'case.yaml', { asOf: c.asOf ?? DEFAULT_AS_OF, only: new Set([ruleId]) }, evidence ? { evidence } : {});
      if (outcome.kind !== 'dossier') throw new Error('the case is not a dossier');
      // A case that does not even validate would pass "no findings of this rule" for the wrong reason.
      expect(outcome.result.evaluated, JSON.stringify(outcome.result.findings, null, 1)).toBe(true);
      return outcome.result.findings;
    };
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findingsOf(c).filter((f) => f.ruleId === ruleId)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = findingsOf(c).filter((f) => f.ruleId === ruleId);
        expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual(c.errors.map((e) => ({ line: e.line, column: e.column })));
        c.errors.forEach((expected, i) => {
          const finding = found[i]!;
          expect(finding.clause?.id).toBe(rule!.meta.clause);
          // A message may declare a lower severity (a judgment resting on a reported fact, what cannot be verified).
          const declared = rule!.meta.messageSeverity as Readonly<Record<string, 'warning' | 'information'>> | undefined;
          expect(finding.severity).toBe(declared?.[finding.messageId] ?? rule!.meta.severity);
          expect(Object.keys(rule!.meta.messages)).toContain(finding.messageId);
          if (expected.messageId) expect(finding.messageId).toBe(expected.messageId);
          if (expected.message) expect(finding.message.en).toMatch(expected.message);
          // Every placeholder was filled, in both languages.
          expect(finding.message.en).not.toMatch(/\{[A-Za-z]+\}/);
          expect(finding.message.zh).not.toMatch(/\{[A-Za-z]+\}/);
        });
      });
    }
  });
}
