import { UsageError } from '../cli/errors.js';
import type { Localized } from '../engine/types.js';

/** Where in a pack file a problem is: 1-based, as every position the tool reports. */
export interface PackPosition {
  line: number;
  column: number;
}

/**
 * A rule pack that cannot be loaded: its YAML, its shape, a JSON Schema fragment that does not compile, an id that
 * clashes, a module that exports something other than rules. It is the reviewer's mistake in how the tool is set
 * up, not a finding about a dossier, so it is a usage error: the CLI prints one line and exits 2, and no dossier is
 * checked with a rule set that is not the one the reviewer meant.
 *
 * `message` reads `PACK:LINE:COLUMN: what is wrong` in English, as every usage error; `localized` has it in both
 * languages, and the CLI prints the one of the run's language.
 */
export class PackError extends UsageError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;

  constructor(file: string, detail: Localized, at?: PackPosition) {
    const where = at ? `${file}:${at.line}:${at.column}` : file;
    super({ zh: `规则包 ${where}：${detail.zh}`, en: `rule pack ${where}: ${detail.en}` });
    this.name = 'PackError';
    this.file = file;
    if (at) {
      this.line = at.line;
      this.column = at.column;
    }
  }
}
