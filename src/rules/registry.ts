import type { Rule } from './define-rule.js';
import { documentReference } from './dossier-input/document-reference.js';
import { internalError } from './dossier-input/internal-error.js';
import { schemaViolation } from './dossier-input/schema-violation.js';
import { yamlSyntax } from './dossier-input/yaml-syntax.js';
import { loanChecklist } from './loan-conditions/checklist.js';
import { compensationDocuments } from './loan-conditions/compensation-documents.js';
import { documentsDatedBeforeLoan } from './loan-conditions/documents-dated-before-loan.js';
import { fourApprovals } from './loan-conditions/four-approvals.js';

/** Findings about the file itself, produced by the engine while reading and validating. */
export const INPUT_RULES = { yamlSyntax, schemaViolation, documentReference, internalError } as const;

/** Rules that run on a valid dossier, in catalogue order. */
export const DOSSIER_RULES: readonly Rule[] = [fourApprovals, compensationDocuments, documentsDatedBeforeLoan];

export const ALL_RULES: readonly Rule[] = [...Object.values(INPUT_RULES), ...DOSSIER_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));

/** Providers of the per-dossier checklist of loan conditions. */
export const CHECKLISTS = [loanChecklist] as const;
