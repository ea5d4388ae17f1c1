import { kindNames } from '../../dossier/document-kinds.js';
import type { DocumentKind } from '../../dossier/types.js';
import type { DataPath } from '../../engine/types.js';
import type { RuleContext, RuleReport } from '../define-rule.js';

/** Messages for a field that must name a document of a given kind. */
export const DOCUMENT_SLOT_MESSAGES = {
  wrongKind: {
    zh: '引用的文件“{id}”类型为 {kind}，应为{expectedZh}',
    en: 'Document "{id}" is of kind {kind}; expected {expectedEn}',
  },
} as const;

/**
 * Checks that a reference field names a document of one of `kinds`. Returns a `wrongKind` report, or nothing when
 * the field is empty (the caller decides whether that is a finding) or right.
 */
export function wrongKindAt(
  context: RuleContext,
  documentId: string | undefined,
  path: DataPath,
  kinds: readonly DocumentKind[],
): RuleReport<'wrongKind'> | undefined {
  if (documentId === undefined) return undefined;
  const entry = context.documentsById.get(documentId);
  if (!entry || kinds.includes(entry.document.kind)) return undefined;
  const expected = kindNames(kinds);
  return { messageId: 'wrongKind', path, data: { id: documentId, kind: entry.document.kind, expectedZh: expected.zh, expectedEn: expected.en } };
}

/** Messages for a referenced document that must carry its reference number (文号). */
export const NUMBER_MESSAGES = {
  missingNumber: { zh: '文件“{id}”未写明文号', en: 'Document "{id}" states no reference number (文号)' },
} as const;

/** A `missingNumber` report at the document a reference names, when that document has no number. */
export function missingNumberAt(context: RuleContext, documentId: string | undefined): RuleReport<'missingNumber'> | undefined {
  const entry = documentOf(context, documentId);
  if (!entry || entry.document.number !== undefined) return undefined;
  return { messageId: 'missingNumber', path: ['documents', entry.index], data: { id: entry.document.id } };
}

/** The document a reference names (validation guarantees it exists). */
export function documentOf(context: RuleContext, documentId: string | undefined) {
  return documentId === undefined ? undefined : context.documentsById.get(documentId);
}
