import { describe, expect, it } from 'vitest';
import { brief, checkText as check } from '../../support/check-text.js';
import { BASE_DOSSIER as base, positionOf, replaceOnce } from '../../support/dossier-text.js';

describe('references to documents and agreements resolve', () => {
  it('a reference to an unlisted document is reported at the reference', () => {
    const text = replaceOnce(base, 'landPreReview: d-land', 'landPreReview: d-lnad');
    const result = check(text);
    expect(brief(result)).toEqual([{ ruleId: 'document-reference', messageId: 'missing', ...positionOf(text, 'd-lnad') }]);
    expect(result.evaluated).toBe(false);
    expect(result.checklist).toEqual([]);
  });

  it('a document id used twice is reported at the second id', () => {
    const text = replaceOnce(base, 'id: d-purchase,', 'id: d-plot,');
    expect(brief(check(text))).toEqual([{ ruleId: 'document-reference', messageId: 'duplicateId', ...positionOf(text, 'd-plot,', 2) }]);
  });

  it('a financing basis naming no agreement is a reference finding', () => {
    const text = replaceOnce(base, '  basis: agr-1', '  basis: agr-2');
    expect(brief(check(text))).toEqual([{ ruleId: 'document-reference', messageId: 'missingAgreement', ...positionOf(text, 'agr-2') }]);
  });
});
