const NUMERALS = '一二三四五六七八九十';

/**
 * Splits the notice's Chinese text into its clauses, keyed by this project's clause ids: the item （四） under the
 * part 四、 is `N-4.4`. Each item of the notice is one paragraph.
 */
export function parseClauseTexts(notice: string): Record<string, string> {
  const clauses: Record<string, string> = {};
  let part = 0;
  for (const raw of notice.split(/\r?\n/)) {
    const line = raw.trim();
    const partHeading = /^([一二三四五六七八九十])、/.exec(line);
    if (partHeading) {
      part = NUMERALS.indexOf(partHeading[1]!) + 1;
      continue;
    }
    const item = /^（([一二三四五六七八九十])）/.exec(line);
    if (item && part > 0) clauses[`N-${part}.${NUMERALS.indexOf(item[1]!) + 1}`] = line;
  }
  return clauses;
}
