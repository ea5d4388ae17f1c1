import type { ChalkInstance } from 'chalk';
import type { Lang } from '../engine/types.js';
import type { RuleMeta } from '../rules/define-rule.js';

/** What every formatter is given; colour is decided by the caller, never detected here. */
export interface FormatContext {
  lang: Lang;
  color: ChalkInstance;
  /** Also list the files that were skipped as not being dossiers. */
  verbose: boolean;
  /** Text only: show failing dossiers and their errors, not passing ones or warnings. */
  quiet?: boolean;
  /**
   * The dossier rules the run applied, when not the built-in catalogue (a `--rule` selection, an embedded rule set):
   * the JUnit report lists each as a test case, passing when it found nothing.
   */
  rules?: readonly RuleMeta[];
}

export type Formatter = (report: import('../engine/types.js').Report, context: FormatContext) => string;
