import { checkDossierText } from '../../src/engine/check-dossier.js';
import type { DossierResult } from '../../src/engine/types.js';

/** Checks a dossier text with every rule, failing the test if it is not taken for a dossier. */
export function checkText(text: string): DossierResult {
  const outcome = checkDossierText(text, 'case.yaml', { asOf: '2020-01-01' });
  if (outcome.kind !== 'dossier') throw new Error('expected a dossier');
  return outcome.result;
}

/** The findings reduced to what tables compare: rule, message and position. */
export const brief = (result: DossierResult) => result.findings.map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));
