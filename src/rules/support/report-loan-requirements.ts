import { kindNames } from '../../dossier/document-kinds.js';
import { enumText } from '../../dossier/enum-labels.js';
import type { RuleContext, RuleReport } from '../define-rule.js';
import { isMet, slotDocuments, type Requirement } from './loan-requirements.js';

/** The messages of every rule that reports through `reportRequirements`. */
export const REQUIREMENT_MESSAGES = {
  missing: { zh: '缺少{requirement}', en: 'Missing {requirement}' },
  wrongKind: {
    zh: '{requirement}引用的文件“{id}”是{kind}，应为{expected}',
    en: 'The {requirement} refers to document "{id}" of kind {kind}; expected {expected}',
  },
} as const;

/**
 * The shared judgement of the two presence rules: each unmet requirement is one `missing` finding at its anchor,
 * and each slot pointing at a document of the wrong kind is one `wrongKind` finding at the slot.
 */
export function* reportRequirements(requirements: readonly Requirement[], context: RuleContext): Generator<RuleReport<'missing' | 'wrongKind'>> {
  for (const requirement of requirements) {
    const checklistItems = [requirement.key];
    for (const entry of slotDocuments(requirement, context)) {
      // A listed kind that does not count yet (a filing before the law allowed it) is explained by its own rule.
      if (entry.kindListed) continue;
      yield {
        messageId: 'wrongKind',
        path: entry.slot.path,
        data: {
          requirement: entry.slot.label,
          id: entry.document.id,
          kind: enumText('documentKind', entry.document.kind),
          expected: kindNames(entry.slot.acceptedKinds),
        },
        checklistItems,
      };
    }
    if (!isMet(requirement, context) && !requirement.notRequired) {
      yield {
        messageId: 'missing',
        path: requirement.anchor,
        data: { requirement: requirement.label },
        checklistItems,
      };
    }
  }
}
