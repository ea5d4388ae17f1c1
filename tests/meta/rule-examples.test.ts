import { describe, expect, it } from 'vitest';
import { checkDossierText } from '../../src/engine/check-dossier.js';
import type { EvidenceFile } from '../../src/rules/define-rule.js';
import { evidenceStub } from '../support/rule-tester.js';
import { ALL_RULES, INPUT_RULES } from '../../src/rules/registry.js';
import { schemaEnumValues, untranslatedEnglish } from '../support/chinese-text.js';
import { BASE_DOSSIER } from '../support/dossier-text.js';
import { exampleAsOf, mergeDossierText } from '../support/merge-dossier.js';

/*
 * Every rule's passing and failing examples are dossier fragments a reader can trust: merged into BASE_DOSSIER, the
 * passing one gives no finding of the rule and the failing one at least one, judged as of 2020-01-01 unless the
 * example says otherwise in a leading `# as-of: YYYY-MM-DD` line.
 */

const DEFAULT_AS_OF = '2020-01-01';

/**
 * The folder of every example holds one PDF, `scans/fsr.pdf`, whose text names its issuer and 文号 (examples quote
 * its SHA-256), and the same PDF misnamed `scans/fsr.png`.
 */
const FSR_PDF = { bytes: '%PDF-1.7\n可研批复', text: '太原市发展和改革委员会文件\n并发改审批发［2016］45号\n关于可行性研究报告的批复' };
const EXAMPLE_SCANS: Readonly<Record<string, typeof FSR_PDF>> = { 'scans/fsr.pdf': FSR_PDF, 'scans/fsr.png': FSR_PDF };
const evidence = (path: string): EvidenceFile =>
  Object.hasOwn(EXAMPLE_SCANS, path) ? evidenceStub(EXAMPLE_SCANS[path]!) : { ok: false, reason: { zh: '文件不存在', en: 'no such file' } };

/** Findings the engine makes while reading a dossier; their examples may be dossiers that never reach the rules. */
const inputRuleIds = new Set(Object.values(INPUT_RULES).map((rule) => rule.meta.id));

/** Rules whose failure no YAML text can show: a file's bytes, and a rule that throws. */
const NOT_WRITABLE_AS_YAML: Readonly<Record<string, string>> = {
  'file-encoding': 'the finding is about the bytes of the file, not its YAML',
  'internal-error': 'the finding is about a rule that throws, which no dossier is meant to make happen',
  'waiver-expired': 'the finding is about the reviewer’s waivers file, not the dossier; its examples are waivers files',
};

/** A failing example that cannot be merged, because it is no YAML at all: checked as the whole file. */
const WHOLE_FILE_FAILURES = new Set(['yaml-syntax']);

const enumValues = schemaEnumValues();

function findingsOf(ruleId: string, text: string, example: string) {
  const asOf = exampleAsOf(example) ?? DEFAULT_AS_OF;
  const outcome = checkDossierText(text, 'example.yaml', { asOf, only: new Set([ruleId]) }, { evidence, explicit: true });
  if (outcome.kind !== 'dossier') throw new Error('the example is not a dossier');
  return outcome.result;
}

describe('every rule’s examples run', () => {
  for (const { meta } of ALL_RULES) {
    if (meta.id in NOT_WRITABLE_AS_YAML) continue;
    const input = inputRuleIds.has(meta.id);

    describe(meta.id, () => {
      it('passing example: no finding of the rule', () => {
        const result = findingsOf(meta.id, mergeDossierText(BASE_DOSSIER, meta.examples.pass), meta.examples.pass);
        // A dossier that never reached the rules would pass for the wrong reason.
        expect(result.evaluated, JSON.stringify(result.findings, null, 1)).toBe(true);
        expect(result.findings.filter((finding) => finding.ruleId === meta.id)).toEqual([]);
      });

      it('failing example: at least one finding of the rule, in Chinese without untranslated English', () => {
        const text = WHOLE_FILE_FAILURES.has(meta.id) ? meta.examples.fail : mergeDossierText(BASE_DOSSIER, meta.examples.fail);
        const result = findingsOf(meta.id, text, meta.examples.fail);
        if (!input) expect(result.evaluated, JSON.stringify(result.findings, null, 1)).toBe(true);
        const own = result.findings.filter((finding) => finding.ruleId === meta.id);
        expect(own.length, JSON.stringify(result.findings, null, 1)).toBeGreaterThan(0);
        for (const finding of own) expect(untranslatedEnglish(finding.message.zh, enumValues), finding.message.zh).toEqual([]);
      });
    });
  }

  it('leaves out only the rules no YAML can show failing', () => {
    expect(Object.keys(NOT_WRITABLE_AS_YAML).every((id) => inputRuleIds.has(id))).toBe(true);
  });
});
