import type { ChalkInstance } from 'chalk';
import type { Lang } from '../engine/types.js';

/** What every formatter is given; colour is decided by the caller, never detected here. */
export interface FormatContext {
  lang: Lang;
  color: ChalkInstance;
  /** Also list the files that were skipped as not being dossiers. */
  verbose: boolean;
  /** Text only: show failing dossiers and their errors, not passing ones or warnings. */
  quiet?: boolean;
}

export type Formatter = (report: import('../engine/types.js').Report, context: FormatContext) => string;
