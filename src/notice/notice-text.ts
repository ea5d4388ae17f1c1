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

/** The heading of a clause, the notice's own words between the item number and the first full stop. */
export function clauseHeading(text: string): string | undefined {
  return /^（[一二三四五六七八九十]）([^。]+)。/.exec(text)?.[1];
}

/** What CLAUSES.md says of one clause: its short Chinese title and the English gloss before its "→ check" lines. */
export interface ClauseNote {
  title: string;
  gloss: string;
}

/**
 * Reads the clause entries of CLAUSES.md: `- **N-4.4 争取开发性金融支持** gloss…`, continued on indented lines up to
 * the first "→ check" line. Sub-items of the gloss stay one per line (`- …`); emphasis marks are dropped, since the
 * gloss is also printed on a terminal.
 */
export function parseClauseNotes(markdown: string): Record<string, ClauseNote> {
  const notes: Record<string, ClauseNote> = {};
  let lines: string[] | undefined;
  let current: ClauseNote | undefined;
  const finish = () => {
    if (current && lines) current.gloss = lines.join('\n').replaceAll('*', '').trim();
    current = undefined;
    lines = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const entry = /^- \*\*(N-\d+\.\d+) ([^*]+)\*\*\s*(.*)$/.exec(line);
    if (entry) {
      finish();
      current = { title: entry[2]!.trim(), gloss: '' };
      notes[entry[1]!] = current;
      lines = [entry[3]!.trim()];
      continue;
    }
    if (!current || !lines) continue;
    const item = /^\s{2,}- (.*)$/.exec(line);
    if (item) lines.push(`- ${item[1]!.trim()}`);
    else if (/^\s{2,}\S/.test(line) && !/^\s*→ check/.test(line)) lines[lines.length - 1] += ` ${line.trim()}`;
    else finish();
  }
  finish();
  return notes;
}
