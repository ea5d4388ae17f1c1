import type { Dossier } from '../../dossier/types.js';

export type RuralHousehold = NonNullable<NonNullable<Dossier['rural']>['households']>[number];

/** The household records of a rural dilapidated-housing dossier; other categories have none to check. */
export function ruralHouseholds(dossier: Dossier): { household: RuralHousehold; index: number }[] {
  if (dossier.project.category !== 'rural-dilapidated-housing') return [];
  return (dossier.rural?.households ?? []).map((household, index) => ({ household, index }));
}

export const householdPath = (index: number, ...rest: string[]) => ['rural', 'households', index, ...rest];
