import { MAX_PATH_SEGMENT_LENGTH, shorten } from './shorten.js';
import type { DataPath } from './types.js';

/**
 * `['components', 0, 'approvals']` → `components[0].approvals`. Each key is shortened, so a megabyte-long unknown
 * key does not make a megabyte-long path.
 */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = shorten(segment, MAX_PATH_SEGMENT_LENGTH);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

/**
 * Why a path is not a path, or undefined when it is one: an array of keys (strings) and sequence indexes
 * (non-negative integers). A path that is well-formed but names nothing is fine; it is located at its nearest
 * existing ancestor.
 */
export function malformedPath(path: unknown): string | undefined {
  if (!Array.isArray(path)) return `the path is ${describeType(path)}, not an array`;
  for (const [index, segment] of path.entries()) {
    if (typeof segment === 'string') continue;
    if (typeof segment === 'number' && Number.isSafeInteger(segment) && segment >= 0) continue;
    return `segment ${index} is ${typeof segment === 'number' ? `the number ${segment}` : describeType(segment)}, neither a key nor an index`;
  }
  return undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Turns a JSON Pointer (as Ajv reports it) into a data path, using the data to tell sequence indexes from map keys.
 */
export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(key);
      path.push(index);
      node = node[index];
    } else {
      path.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}
