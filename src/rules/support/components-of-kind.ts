import type { Component, ComponentKind, Dossier } from '../../dossier/types.js';

/** Components of the given kinds, with their index in `components` for paths. */
export function componentsOfKind(dossier: Dossier, kinds: readonly ComponentKind[]): { component: Component; index: number }[] {
  return dossier.components.flatMap((component, index) => (kinds.includes(component.kind) ? [{ component, index }] : []));
}
