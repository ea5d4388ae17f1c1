import type { DataPath } from '../engine/types.js';

/** One key (`projectCapital`) or one index (`[0]`) of a path as reports show it: `agreements[0].term`. */
const SEGMENT = /^(?:\.?([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\])/;

/**
 * `agreements[0].term` → `['agreements', 0, 'term']`: the written form of a data path, as a report shows it and as
 * a pack names one. Undefined when the text is not such a path (the empty text is the whole dossier).
 */
export function parseDataPath(text: string): DataPath | undefined {
  const path: (string | number)[] = [];
  let rest = text;
  while (rest !== '') {
    const match = SEGMENT.exec(rest);
    // A leading dot, or a key right after a key without one, is not how a path is written.
    if (!match || (path.length === 0 && rest.startsWith('.')) || (path.length > 0 && match[1] !== undefined && !rest.startsWith('.'))) return undefined;
    path.push(match[1] ?? Number(match[2]));
    rest = rest.slice(match[0].length);
  }
  return path;
}

/** The value at a path of plain data, or undefined where the path leaves it. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      if (typeof segment !== 'number') return undefined;
      node = node[segment];
    } else {
      if (typeof segment !== 'string' || !Object.hasOwn(node, segment)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
  }
  return node;
}
