/**
 * The longest text a dossier can put into one place of a report: a value quoted in a message, a checklist label,
 * the project's id or name. Above any list the engine itself quotes (the document kinds allowed are about 520
 * characters), far below what would make a megabyte-long value a megabyte-long report.
 */
export const MAX_SHOWN_LENGTH = 1000;

/** The longest key shown in one segment of a data path (`components[0].approvals`). */
export const MAX_PATH_SEGMENT_LENGTH = 100;

/**
 * Keeps the first `limit` characters (code points, so no surrogate pair is split) and says how many were left out:
 * `abc…(+1999997)`. Linear in the length of the text, whatever it is.
 */
export function shorten(text: string, limit: number = MAX_SHOWN_LENGTH): string {
  // Most text is short: a code point takes at most two code units, so nothing can be cut below this length.
  if (text.length <= limit) return text;
  let end = 0;
  let kept = 0;
  while (kept < limit && end < text.length) {
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    kept += 1;
  }
  if (end >= text.length) return text;
  let cut = 0;
  for (let i = end; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) cut += 1;
  return `${text.slice(0, end)}…(+${cut})`;
}
