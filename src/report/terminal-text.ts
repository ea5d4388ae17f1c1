/**
 * Code points a terminal would act on rather than show: C0 controls (newline and tab included, so a value cannot
 * forge a line of the report), DEL, C1 controls (U+009B is a one-byte CSI), and the bidirectional marks, embeddings,
 * overrides and isolates that reorder what follows them (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 * plus the line and paragraph separators U+2028 and U+2029.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text a dossier or a file name supplies, made safe to print: every unsafe code point is shown as an escape
 * (`\x1b`, `\n`, `\u202e`), never sent raw. Applied to each dynamic value as it is placed in terminal output, never
 * to the colour codes the report adds itself; JSON output is not escaped, it stays exact.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
