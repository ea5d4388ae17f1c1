/** The name a run gives standard input in place of a file name (`src/cli/run.ts`). */
export const STDIN_NAME = '<stdin>';

/**
 * The base a relative file URI is resolved against: the folder the checker was run in, which in CI is the
 * repository's checkout. SARIF 2.1.0 §3.4.4 (uriBaseId) and §3.14.14 (originalUriBaseIds); `%SRCROOT%` is the name
 * GitHub code scanning documents for the checkout.
 */
export const SOURCE_ROOT = '%SRCROOT%';

/**
 * A file as the report shows it (`/` separators; relative to the folder the checker ran in, or absolute when it lies
 * outside that folder) as a URI reference (RFC 3986 §4.1): each path segment percent-encoded as UTF-8, so spaces,
 * Chinese, `%`, `#` and `?` survive the trip and a `:` in the first segment is not read as a scheme (§4.2). A
 * relative file gives a relative reference, to be resolved against `SOURCE_ROOT`; an absolute one a `file:` URI
 * (RFC 8089), which needs no base.
 */
export function fileUri(file: string): { uri: string; relative: boolean } {
  const drive = /^([A-Za-z]):\//.exec(file);
  if (drive) return { uri: `file:///${drive[1]}:/${encodePath(file.slice(3))}`, relative: false };
  // `//server/share/…`, a Windows UNC path: the server is the URI's authority.
  if (file.startsWith('//')) return { uri: `file:${encodePath(file)}`, relative: false };
  if (file.startsWith('/')) return { uri: `file://${encodePath(file)}`, relative: false };
  return { uri: encodePath(file), relative: true };
}

/** A UTF-16 surrogate without its pair: no character, so it has no UTF-8 encoding. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `encodeURIComponent` leaves only unreserved characters and `!*'()` (sub-delims, allowed in a path segment) as
 * they are; everything else, `/` included, is encoded, and the segments are joined by `/` again. It throws on a lone
 * surrogate, which becomes U+FFFD as a decoder would make it.
 */
function encodePath(path: string): string {
  return path.replace(LONE_SURROGATE, '\uFFFD').split('/').map(encodeURIComponent).join('/');
}
