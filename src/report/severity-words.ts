import type { Lang, Localized, Severity } from '../engine/types.js';

/** A severity as a reader sees it: `错误` in a Chinese report, `error` in an English one. */
export const SEVERITY_WORDS: Readonly<Record<Severity, Localized>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  information: { zh: '提示', en: 'info' },
};

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY_WORDS[severity][lang];
}
