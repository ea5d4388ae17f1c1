import type { Agreement, Dossier } from '../../dossier/types.js';

/** The agreements of one kind, with their index in `agreements` for paths. */
export function agreementsOfKind(dossier: Dossier, kind: Agreement['kind']): { agreement: Agreement; index: number }[] {
  return (dossier.agreements ?? []).flatMap((agreement, index) => (agreement.kind === kind ? [{ agreement, index }] : []));
}

/** The purchase-of-service scope items the notice allows (四(一)); everything else is outside it. */
export const ALLOWED_SCOPE: ReadonlySet<string> = new Set(['land-acquisition-demolition', 'resettlement-housing', 'public-infrastructure']);
/** The items the notice explicitly excludes: commercial housing built alongside and revenue-generating infrastructure. */
export const EXCLUDED_SCOPE: ReadonlySet<string> = new Set(['commercial-housing', 'revenue-infrastructure']);
