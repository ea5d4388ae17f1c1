/**
 * `JSON.stringify(value, null, 2)` as it reads at `depth` levels of nesting inside a larger document, for formats
 * written as one JSON document in pieces. Strings hold no raw newline, so every newline is one to indent.
 */
export function nestedJson(value: unknown, depth: number): string {
  const indent = '  '.repeat(depth);
  return indent + JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}
