import { describe, expect, it } from 'vitest';
import type { DossierDocument } from '../../../src/dossier/types.js';
import type { RuleContext } from '../../../src/rules/define-rule.js';
import { documentSlotReport } from '../../../src/rules/support/document-slot.js';

const documents: DossierDocument[] = [
  { id: 'd-listing', kind: 'plan-listing', number: '晋建保字〔2016〕8号', issuer: '山西省住房和城乡建设厅', issued: '2016-01-18' },
  { id: 'd-unnumbered', kind: 'plan-listing', issuer: '山西省住房和城乡建设厅', issued: '2016-01-18' },
  { id: 'd-survey', kind: 'housing-stock-survey', issuer: '太原市小店区住房和城乡建设局', issued: '2016-01-10' },
];
const context: RuleContext = {
  asOf: '2020-01-01',
  documentsById: new Map(documents.map((document, index) => [document.id, { document, index }])),
  parameter: () => undefined,
  parameterAt: () => undefined,
};
const path = ['project', 'plan', 'listingDocument'];
const missing = { messageId: 'missingListing', path: ['project', 'plan'] } as const;

describe('a field that names a document', () => {
  it('is fine when it names a numbered document of an expected kind', () => {
    expect(documentSlotReport(context, 'd-listing', path, { kinds: ['plan-listing'], numbered: true, missing })).toBeUndefined();
  });

  it('reports an empty field with the rule’s own message and place, or not at all', () => {
    expect(documentSlotReport(context, undefined, path, { kinds: ['plan-listing'], missing })).toEqual({
      messageId: 'missingListing',
      path: ['project', 'plan'],
    });
    expect(documentSlotReport(context, undefined, path, { kinds: ['plan-listing'] })).toBeUndefined();
  });

  it('reports a document of another kind at the field, naming the expected kinds in both languages', () => {
    expect(documentSlotReport(context, 'd-survey', path, { kinds: ['plan-listing', 'implementation-plan-filing'] })).toEqual({
      messageId: 'wrongKind',
      path,
      data: {
        id: 'd-survey',
        kind: { zh: '存量住房摸底调查（housing-stock-survey）', en: 'housing-stock-survey' },
        expected: { zh: '计划下达文件或实施方案报备文件', en: 'plan listing document or implementation plan filing' },
      },
    });
  });

  it('reports a missing number at the document, only when a number is asked for', () => {
    expect(documentSlotReport(context, 'd-unnumbered', path, { kinds: ['plan-listing'], numbered: true })).toEqual({
      messageId: 'missingNumber',
      path: ['documents', 1],
      data: { id: 'd-unnumbered' },
    });
    expect(documentSlotReport(context, 'd-unnumbered', path, { kinds: ['plan-listing'] })).toBeUndefined();
  });

  it('reports only the wrong kind of an unnumbered document of another kind: its number is not the one missing', () => {
    expect(documentSlotReport(context, 'd-survey', path, { kinds: ['plan-listing'], numbered: true })?.messageId).toBe('wrongKind');
  });
});
