import type { Lang } from '../engine/types.js';

const EMBEDDED = 'embedded:';

/**
 * The rule catalogue of an audit fingerprint as a reader sees it: the built-in catalogue's fingerprint as it is, and
 * for a run with a bank's packs or rules of one's own, what that means before the fingerprint of the rules run.
 */
export function catalogueText(catalogue: string, lang: Lang): string {
  if (!catalogue.startsWith(EMBEDDED)) return catalogue;
  const fingerprint = catalogue.slice(EMBEDDED.length);
  return lang === 'zh' ? `含规则包或自定义规则：${fingerprint}` : `with rule packs or rules of one's own: ${fingerprint}`;
}
