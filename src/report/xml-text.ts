/**
 * Code points a dossier may carry that an XML 1.0 document cannot (https://www.w3.org/TR/xml/#charsets): C0 controls
 * other than tab, newline and carriage return, unpaired surrogates, U+FFFE and U+FFFF; plus the ones the same section
 * discourages (DEL and the C1 controls except NEL), which Jenkins and GitLab would pass on to a web page.
 */
const NOT_XML_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Carriage returns (and in an attribute, tabs and newlines too) a parser would normalise away: shown, not lost. */
const CARRIAGE_RETURN = /\r/g;
const ATTRIBUTE_WHITESPACE = /[\t\n\r]/g;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text from a dossier made fit for XML character data: a code point XML cannot hold is shown as an escape (`\x1b`,
 * `\ud800`) rather than dropped, so the reader sees that something was there; a carriage return likewise, since a
 * parser reads it as a newline. Markup characters (`<`, `&`) are left to the XML builder.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHARS, visible).replace(CARRIAGE_RETURN, visible);
}

/**
 * Text from a dossier made fit for an XML attribute value: as `xmlText`, and tabs and newlines shown as `\t` and
 * `\n`, because attribute-value normalisation would turn them into spaces and let a value pass for several lines.
 */
export function xmlAttribute(text: string): string {
  return text.replace(NOT_XML_CHARS, visible).replace(ATTRIBUTE_WHITESPACE, visible);
}
