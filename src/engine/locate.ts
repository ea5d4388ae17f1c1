import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
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
 * Maps data paths to source ranges, once per finding, so rules never compute positions. A path that does not
 * exist in the source resolves to its nearest existing ancestor. A collection is located by its key, which is
 * where a reader looks for it (a block map's own range starts on the next line).
 */
export function createLocator(document: Document.Parsed, lineCounter: LineCounter): Locator {
  return (path, target) => {
    let node: unknown = document.contents;
    let keyNode: Node | null = null;
    for (const segment of path) {
      let next: unknown;
      let nextKey: Node | null = null;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (pair) {
          next = pair.value;
          nextKey = isScalar(pair.key) ? pair.key : null;
          // A key with no value (`plan:`) has a null value node; point at the key then.
          if (next === null || next === undefined) {
            node = null;
            keyNode = nextKey;
            break;
          }
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined) break;
      node = next;
      keyNode = nextKey;
    }
    const found = target === 'key' && keyNode ? keyNode : pickTarget(node, keyNode);
    if (!found?.range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return rangeAt(lineCounter, found.range[0], found.range[1]);
  };
}

function pickTarget(node: unknown, keyNode: Node | null): Node | null {
  if (isScalar(node)) return node;
  if (keyNode) return keyNode;
  if (isMap(node) || isSeq(node)) return node;
  return null;
}
