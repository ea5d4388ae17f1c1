import { kindNames } from '../../dossier/document-kinds.js';
import { enumText } from '../../dossier/enum-labels.js';
import type { DocumentKind } from '../../dossier/types.js';
import type { DataPath } from '../../engine/types.js';
import type { RuleContext, RuleReport } from '../define-rule.js';

/** Messages for a field that must name a document of a given kind. */
export const DOCUMENT_SLOT_MESSAGES = {
  wrongKind: {
    zh: '引用的文件“{id}”是{kind}，应为{expected}',
    en: 'Document "{id}" is of kind {kind}; expected {expected}',
  },
} as const;

/** Messages for a referenced document that must carry its reference number (文号). */
export const NUMBER_MESSAGES = {
  missingNumber: { zh: '文件“{id}”未写明文号', en: 'Document "{id}" states no reference number (文号)' },
} as const;

/** What a field that names a document expects of it. */
export interface SlotExpectation<MissingId extends string, Numbered extends boolean> {
  /** The kinds of document the field may name. */
  kinds: readonly DocumentKind[];
  /** The named document must state its reference number (文号); reported with `NUMBER_MESSAGES`. */
  numbered?: Numbered | undefined;
  /** The finding for an empty field and where it goes; without it an empty field is no finding of the rule. */
  missing?: { messageId: MissingId; path: DataPath } | undefined;
}

/** `missingNumber` only when numbers are asked for, so a rule declares that message only when it can report it. */
type NumberMessageId<Numbered extends boolean> = Numbered extends true ? 'missingNumber' : never;

/**
 * Judges a field that names a document, in order: the reference is there, the document is of an expected kind, and
 * it states its number when one is required. Only the first failure is reported: a number asked of the wrong
 * document would send the borrower to fix the wrong file.
 */
export function documentSlotReport<const MissingId extends string = never, const Numbered extends boolean = false>(
  context: RuleContext,
  documentId: string | undefined,
  path: DataPath,
  expectation: SlotExpectation<MissingId, Numbered>,
): RuleReport<MissingId | 'wrongKind' | NumberMessageId<Numbered>> | undefined {
  if (documentId === undefined) {
    const missing = expectation.missing;
    return missing && { messageId: missing.messageId, path: missing.path };
  }
  // A reference to no document at all is the engine's `document-reference` finding; validation stops there.
  const entry = context.documentsById.get(documentId);
  if (!entry) return undefined;
  const { document, index } = entry;
  if (!expectation.kinds.includes(document.kind)) {
    return { messageId: 'wrongKind', path, data: { id: documentId, kind: enumText('documentKind', document.kind), expected: kindNames(expectation.kinds) } };
  }
  if (expectation.numbered && document.number === undefined) {
    return { messageId: 'missingNumber' as NumberMessageId<Numbered>, path: ['documents', index], data: { id: document.id } };
  }
  return undefined;
}

/** The document a reference names (validation guarantees it exists). */
export function documentOf(context: RuleContext, documentId: string | undefined) {
  return documentId === undefined ? undefined : context.documentsById.get(documentId);
}
