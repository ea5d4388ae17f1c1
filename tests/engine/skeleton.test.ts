import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dossierSkeleton, PLACEHOLDER } from '../../src/dossier/skeleton.js';
import type { ProjectCategory, ResettlementMode } from '../../src/dossier/types.js';
import { checkDossierText } from '../../src/engine/check-dossier.js';
import type { DossierResult } from '../../src/engine/types.js';
import { CLAUSES } from '../../src/notice/clauses.js';
import { modalClass } from '../../src/notice/modal-words.js';
import { INPUT_RULES, RULES_BY_ID } from '../../src/rules/registry.js';

const AS_OF = '2026-01-01';

/** The obligations every blank skeleton leaves unmet, whatever the project. */
const ALWAYS = ['financing-basis', 'fund-supervision', 'plan-listing', 'responsible-government'];
const MONETIZED = ['compensation-documents', 'housing-stock-survey', 'monetized-disclosure', 'monetized-way'];
const BUILT_HOUSING = ['compensation-documents'];
const FOUR_APPROVALS = ['four-approvals', 'quality-responsibility'];
const RURAL = ['rural-house-designs', 'rural-household-file'];

/**
 * Exactly the rules a blank skeleton fails, per category and modes: the notice's obligations that the author has not
 * yet shown met. Each one is a reason to fill in a part of the file, which is what the skeleton is for.
 */
const EXPECTED: readonly { category: ProjectCategory; modes: ResettlementMode[]; rules: string[] }[] = [
  ...(['shantytown', 'urban-village', 'urban-dilapidated-housing'] as const).flatMap((category) => [
    { category, modes: ['monetized'] as ResettlementMode[], rules: [...ALWAYS, ...MONETIZED] },
    { category, modes: ['built-housing'] as ResettlementMode[], rules: [...ALWAYS, ...BUILT_HOUSING, ...FOUR_APPROVALS] },
    { category, modes: ['monetized', 'built-housing'] as ResettlementMode[], rules: [...ALWAYS, ...MONETIZED, ...FOUR_APPROVALS] },
  ]),
  { category: 'rural-dilapidated-housing', modes: [], rules: [...ALWAYS, ...RURAL] },
  { category: 'rural-dilapidated-housing', modes: ['monetized'], rules: [...ALWAYS, ...MONETIZED, ...RURAL] },
  { category: 'rural-dilapidated-housing', modes: ['built-housing'], rules: [...ALWAYS, ...BUILT_HOUSING, ...RURAL] },
  { category: 'supporting-infrastructure', modes: [], rules: [...ALWAYS, ...FOUR_APPROVALS] },
  { category: 'supporting-infrastructure', modes: ['monetized'], rules: [...ALWAYS, ...MONETIZED, ...FOUR_APPROVALS] },
  {
    category: 'supporting-infrastructure',
    modes: ['built-housing'],
    rules: [...ALWAYS, ...BUILT_HOUSING, ...FOUR_APPROVALS, 'infrastructure-delivered-with-housing'],
  },
];

function checkSkeleton(category: ProjectCategory, modes: readonly ResettlementMode[]): { text: string; result: DossierResult } {
  const text = dossierSkeleton({ category, modes, schemaReference: './node_modules/dossier-check/schemas/dossier.schema.json', today: AS_OF });
  const outcome = checkDossierText(text, 'dossier.yaml', { asOf: AS_OF }, {});
  if (outcome.kind !== 'dossier') throw new Error(`the skeleton was skipped: ${outcome.skipped.reason.en}`);
  return { text, result: outcome.result };
}

describe('the dossier skeleton of init', () => {
  const inputRuleIds = new Set(Object.values(INPUT_RULES).map((rule) => rule.meta.id));

  it.each(EXPECTED)('$category with modes [$modes] is a valid dossier that fails only the obligations a blank one must', ({ category, modes, rules }) => {
    const { result } = checkSkeleton(category, modes);
    // Valid: read, validated, every rule ran; no finding of the tool's own input checks (format, references).
    expect(result.evaluated).toBe(true);
    expect(result.findings.filter((finding) => inputRuleIds.has(finding.ruleId))).toEqual([]);
    expect(result.verdict).toBe('fail');
    expect([...new Set(result.findings.map((finding) => finding.ruleId))].sort()).toEqual([...new Set(rules)].sort());
  });

  it('fails each rule as a real obligation of the notice: a cited clause, a sentence it rests on, a duty behind every error', () => {
    for (const { category, modes } of EXPECTED) {
      for (const finding of checkSkeleton(category, modes).result.findings) {
        const rule = RULES_BY_ID.get(finding.ruleId);
        expect(rule?.meta.clause, finding.ruleId).toBeDefined();
        expect(rule?.meta.rests?.quote, finding.ruleId).toBeTruthy();
        if (finding.severity === 'error') expect(modalClass(rule!.meta.rests!.modal), finding.ruleId).toBe('duty');
      }
    }
  });

  it('claims no document and no approval: a placeholder there would pass a check that must fail', () => {
    const data = parse(checkSkeleton('shantytown', ['monetized', 'built-housing']).text) as Record<string, unknown>;
    expect(data.documents).toEqual([]);
    expect(data.agreements).toEqual([]);
    const components = data.components as Record<string, unknown>[];
    for (const component of components) expect(component.approvals).toBeUndefined();
    expect(Object.keys(data.resettlement as object)).toEqual(['modes']);
  });

  it('states the category and modes asked for, and marks every value only the author knows', () => {
    const { text } = checkSkeleton('urban-village', ['monetized', 'built-housing']);
    const data = parse(text) as { project: Record<string, string>; resettlement: { modes: string[] }; loan: { applicationDate: string } };
    expect(data.project.category).toBe('urban-village');
    expect(data.resettlement.modes).toEqual(['monetized', 'built-housing']);
    expect(data.project.name).toBe(PLACEHOLDER);
    expect(data.loan.applicationDate).toBe(AS_OF);
  });

  it('opens with the schema line, and names in Chinese the clause each part serves', () => {
    const { text } = checkSkeleton('shantytown', ['monetized', 'built-housing']);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/dossier-check/schemas/dossier.schema.json');
    const cited = new Set([...text.matchAll(/^\s*# (N-\d\.\d) · 晋政办发〔2015〕122号 [一二三四五]\([一二三四五]\)「([^」]+)」：/gm)].map((match) => match[1]));
    for (const id of cited) expect(CLAUSES.has(id as never), id).toBe(true);
    // Every clause whose obligation the skeleton leaves to be met is named above the part that meets it.
    for (const finding of checkSkeleton('shantytown', ['monetized', 'built-housing']).result.findings) expect(cited).toContain(finding.clause?.id);
    // The heading quoted is the notice's own.
    expect(text).toContain('# N-4.4 · 晋政办发〔2015〕122号 四(四)「争取开发性金融支持」：');
  });

  it('names in its commented examples the keys the schema and the rules read', () => {
    // Uncommenting the approvals of the construction component gives a dossier the schema accepts, and whose only new
    // complaint is that the documents named are not listed yet: the example lines use the right keys.
    const { text } = checkSkeleton('shantytown', ['built-housing']);
    const uncommented = text.replace(/^( {4})# (approvals:|  (feasibilityStudy|environmentalImpact|planning|landPreReview): )/gm, '$1$2');
    const outcome = checkDossierText(uncommented, 'dossier.yaml', { asOf: AS_OF }, {});
    if (outcome.kind !== 'dossier') throw new Error('skipped');
    expect(outcome.result.findings.filter((finding) => finding.ruleId === 'schema-violation')).toEqual([]);
    const references = outcome.result.findings.filter((finding) => finding.ruleId === 'document-reference').map((finding) => finding.path);
    expect(references.sort()).toEqual(
      ['environmentalImpact', 'feasibilityStudy', 'landPreReview', 'planning'].map((slot) => `components[1].approvals.${slot}`),
    );
  });
});
