import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { DataPath, SourceRange } from './types.js';

/** `target: 'key'` locates a map entry by its key even when its value is a scalar (an unknown key, say). */
export type Locator = (path: DataPath, target?: 'key') => SourceRange;

/** Converts a character offset range of the source into a 1-based range. */
export function rangeAt(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * Each map's entries by key, built the first time a path goes through the map. A file with a hundred thousand
 * unknown keys has as many findings in one map; searching the map for each would take minutes.
 */
const entriesByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function entryOf(map: YAMLMap, key: string): Pair | undefined {
  let index = entriesByKey.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      // The first entry of a duplicated key, as a search from the top would find (duplicates are findings anyway).
      if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    }
    entriesByKey.set(map, index);
  }
  return index.get(key);
}

/** The node a path leads to, and the key of its entry; where the path leaves the source, its nearest ancestor. */
function walk(document: Document.Parsed, path: DataPath): { node: unknown; keyNode: Node | null; exact: boolean } {
  let node: unknown = document.contents;
  let keyNode: Node | null = null;
  for (const segment of path) {
    let next: unknown;
    let nextKey: Node | null = null;
    if (isMap(node)) {
      const pair = entryOf(node, String(segment));
      if (pair) {
        next = pair.value;
        nextKey = isScalar(pair.key) ? pair.key : null;
        // A key with no value (`plan:`) has a null value node; point at the key then.
        if (next === null || next === undefined) return { node: null, keyNode: nextKey, exact: false };
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined) return { node, keyNode, exact: false };
    node = next;
    keyNode = nextKey;
  }
  return { node, keyNode, exact: true };
}

/**
 * Maps data paths to source ranges, once per finding, so rules never compute positions. A path that does not
 * exist in the source resolves to its nearest existing ancestor. A collection is located by its key, which is
 * where a reader looks for it (a block map's own range starts on the next line).
 */
export function createLocator(document: Document.Parsed, lineCounter: LineCounter): Locator {
  return (path, target) => {
    const { node, keyNode } = walk(document, path);
    const found = target === 'key' && keyNode ? keyNode : pickTarget(node, keyNode);
    if (!found?.range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return rangeAt(lineCounter, found.range[0], found.range[1]);
  };
}

/**
 * The source text of the scalar at exactly this path, as the author wrote it (`0012`, `"5亿元"`); undefined for a
 * collection, which a message describes by its value, and for a path that is not in the source.
 */
export function scalarSourceAt(document: Document.Parsed, text: string, path: DataPath): string | undefined {
  const { node, exact } = walk(document, path);
  if (!exact || !isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]);
}

function pickTarget(node: unknown, keyNode: Node | null): Node | null {
  if (isScalar(node)) return node;
  if (keyNode) return keyNode;
  if (isMap(node) || isSeq(node)) return node;
  return null;
}
