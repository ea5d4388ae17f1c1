import { parse, stringify } from 'yaml';

/**
 * Merges a fragment of a dossier into a whole one, the way a rule's example is read against `BASE_DOSSIER`: maps
 * merge key by key, recursively; a sequence whose items are all maps with an `id` merges by id (the item with that id
 * is merged into, recursively, a new id is appended), as `documents`, `components` and `agreements` are keyed by id; any other
 * sequence replaces the base one. A key set to null (`~`) is removed: a fragment has no other way to say "without
 * this key", and no field of the format is ever null.
 */
export function mergeDossier(base: unknown, fragment: unknown): unknown {
  if (isMap(base) && isMap(fragment)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(fragment)) {
      if (value === null) delete merged[key];
      else merged[key] = key in base ? mergeDossier(base[key], value) : value;
    }
    return merged;
  }
  if (Array.isArray(base) && Array.isArray(fragment) && fragment.length > 0 && fragment.every(hasId)) {
    const merged = [...base];
    for (const item of fragment) {
      const at = merged.findIndex((existing) => hasId(existing) && existing.id === item.id);
      if (at >= 0) merged[at] = mergeDossier(merged[at], item);
      else merged.push(item);
    }
    return merged;
  }
  return fragment;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasId(value: unknown): value is { id: unknown } {
  return isMap(value) && 'id' in value;
}

/** The dossier text `fragment` (YAML) makes of `baseText`; dates stay dates as written (`2016-03-04`). */
export function mergeDossierText(baseText: string, fragment: string): string {
  const parsedFragment: unknown = parse(fragment) ?? {};
  if (!isMap(parsedFragment)) throw new Error('an example must be a map of top-level dossier keys');
  return stringify(mergeDossier(parse(baseText), parsedFragment), { lineWidth: 0 });
}

/** The as-of date an example states in a leading `# as-of: YYYY-MM-DD` comment line, if any. */
export function exampleAsOf(example: string): string | undefined {
  return /^\s*#\s*as-of:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(example.split('\n').find((line) => line.trim() !== '') ?? '')?.[1];
}
