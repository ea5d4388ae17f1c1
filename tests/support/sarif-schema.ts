import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import type { Log } from 'sarif';

/**
 * The official SARIF 2.1.0 schema (OASIS, with errata 01), vendored in `tests/vendor/` as published. It is written in
 * JSON Schema draft-04, hence Ajv's draft-04 build.
 */
const SCHEMA = JSON.parse(readFileSync(new URL('../vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

const HEX = '%[0-9A-Fa-f]{2}';
const UNRESERVED_OR_SUB_DELIM = "A-Za-z0-9\\-._~!$&'()*+,;=";
const PCHAR = `(?:[${UNRESERVED_OR_SUB_DELIM}:@]|${HEX})`;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
const AUTHORITY = new RegExp(`^(?:[${UNRESERVED_OR_SUB_DELIM}:@\\[\\]]|${HEX})*$`);
const PATH = new RegExp(`^(?:${PCHAR}|/)*$`);
const QUERY_OR_FRAGMENT = new RegExp(`^(?:${PCHAR}|[/?])*$`);
/** RFC 3986 Appendix B: splits any string into the five components, which are then checked by their grammar. */
const COMPONENTS = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

/** Whether text is a URI reference by RFC 3986 §4.1, and whether it has a scheme (an absolute URI, §4.3). */
function parseUriReference(text: string): { valid: boolean; absolute: boolean } {
  const parts = COMPONENTS.exec(text);
  if (!parts) return { valid: false, absolute: false };
  const [, scheme, authority, path = '', query, fragment] = parts;
  const valid =
    (scheme === undefined || SCHEME.test(scheme)) &&
    (authority === undefined || AUTHORITY.test(authority)) &&
    PATH.test(path) &&
    (query === undefined || QUERY_OR_FRAGMENT.test(query)) &&
    (fragment === undefined || QUERY_OR_FRAGMENT.test(fragment));
  return { valid, absolute: scheme !== undefined };
}

/** RFC 3339 §5.6, the `date-time` of JSON Schema. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

// Not strict: the published schema requires, inside `anyOf` branches, properties it defines outside them, which
// Ajv's strict mode refuses to compile; the schema is used as published rather than edited to please the validator.
// A CommonJS module: its class is the `default` of what TypeScript sees, and is so at run time too.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, validateFormats: true });
// The three formats the schema uses, checked rather than ignored: a URI with a stray space or `#` must fail.
ajv.addFormat('uri-reference', (text: string) => parseUriReference(text).valid);
ajv.addFormat('uri', (text: string) => {
  const parsed = parseUriReference(text);
  return parsed.valid && parsed.absolute;
});
ajv.addFormat('date-time', (text: string) => DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)));

export const validateSarif = ajv.compile<Log>(SCHEMA);

/** The first few schema errors, for an assertion's message. */
export function sarifErrors(): string {
  return JSON.stringify(validateSarif.errors?.slice(0, 5) ?? []);
}

export { parseUriReference };
