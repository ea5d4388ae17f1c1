import { describe, expect, it } from 'vitest';
import { checkDossierText } from '../../../src/engine/check-dossier.js';
import { MAX_ALIAS_COUNT } from '../../../src/engine/load.js';
import type { DossierResult } from '../../../src/engine/types.js';
import { BASE_DOSSIER as base, positionOf, removeLine, replaceOnce } from '../../support/dossier-text.js';

function check(text: string): DossierResult {
  const outcome = checkDossierText(text, 'case.yaml', { asOf: '2020-01-01' });
  if (outcome.kind !== 'dossier') throw new Error('expected a dossier');
  return outcome.result;
}

const brief = (result: DossierResult) =>
  result.findings.map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

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
