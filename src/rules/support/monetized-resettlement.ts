import type { Dossier, Resettlement } from '../../dossier/types.js';

/** The monetized part of a dossier's resettlement, when cash resettlement is one of its modes. */
export function monetizedPart(dossier: Dossier): { resettlement: Resettlement; monetized: NonNullable<Resettlement['monetized']> | undefined } | undefined {
  const resettlement = dossier.resettlement;
  if (!resettlement?.modes.includes('monetized')) return undefined;
  return { resettlement, monetized: resettlement.monetized };
}

/** Where a missing monetized field is reported: the `monetized` block, or `resettlement` when there is none. */
export function monetizedAnchor(monetized: unknown): (string | number)[] {
  return monetized ? ['resettlement', 'monetized'] : ['resettlement'];
}
