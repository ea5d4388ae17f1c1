import type { Dossier } from '../../dossier/types.js';
import type { ChecklistEntry } from '../../engine/types.js';
import { loanRequirements } from './loan-requirements.js';

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
