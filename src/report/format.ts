import { Chalk } from 'chalk';
import type { Report } from '../engine/types.js';
import type { FormatContext } from './format-context.js';
import type { FormatName } from './format-names.js';
import { FORMATTERS } from './formatters.js';

/**
 * What a library caller leaves out of the context: Chinese (the language of the notice and of the people who read
 * the report), no colour (a string bound for a file, a web page or a log), skipped files not listed.
 */
export function formatContext(given: Partial<FormatContext> = {}): FormatContext {
  return { lang: 'zh', color: new Chalk({ level: 0 }), verbose: false, ...given };
}

/**
 * A whole report as one string in one format, as `dossier-check check --format` writes it; `format(report)` is the
 * Chinese text report without colour. The report is `check()`'s, or any `Report`.
 */
export function format(report: Report, name: FormatName = 'text', context: Partial<FormatContext> = {}): string {
  return FORMATTERS[name](report, formatContext(context));
}
