import type { Dossier } from '../../dossier/types.js';
import type { DataPath, Localized } from '../../engine/types.js';
import type { ClauseId } from '../../notice/clauses.js';
import { loanRequirements } from './loan-requirements.js';

export interface ChecklistEntry {
  key: string;
  clause: ClauseId;
  label: Localized;
  path: DataPath;
  /** Declared not required by law; the basis is shown so the reviewer can verify the claim. */
  notRequired?: { reason: string; basis: string };
}

/** The loan conditions of N-4.4 a dossier must meet; an entry fails when a finding names its key. */
export function loanChecklist(dossier: Dossier): ChecklistEntry[] {
  return loanRequirements(dossier).map((requirement) => ({
    key: requirement.key,
    clause: 'N-4.4',
    label: requirement.label,
    path: requirement.notRequired?.path ?? requirement.slots[0]?.path ?? requirement.anchor,
    ...(requirement.notRequired ? { notRequired: { reason: requirement.notRequired.reason, basis: requirement.notRequired.basis } } : {}),
  }));
}
