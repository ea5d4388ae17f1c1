import type { Lang, Localized } from '../engine/types.js';

/**
 * The national document a rule's obligation comes from (RELATED.md): the finding names it beside the notice
 * clause. `verified` means the article was read in the document's text or a faithful reprint; `reported` that it
 * rests on news or a summary only, so a rule resting on it only warns.
 */
export interface NationalBasis {
  document: string;
  /** The article or item, e.g. `第二十四条`, `一`. */
  article: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is verified. */
  effective: string;
  status: 'verified' | 'reported';
  /** Where the text was read. */
  source?: string;
}

const STATUS: Readonly<Record<NationalBasis['status'], Localized>> = {
  verified: { zh: '已核实', en: 'verified' },
  reported: { zh: '仅见于二手资料，未经核实', en: 'reported by a secondary source only, not verified' },
};

/** `《环境影响评价法》第二十四条（2003-09-01 起施行；已核实）` */
export function basisCitation(basis: NationalBasis, lang: Lang): string {
  const document = /^[《]/.test(basis.document) || /〔\d{4}〕/.test(basis.document) ? basis.document : `《${basis.document}》`;
  const article = basis.article ? ` ${basis.article}` : '';
  return lang === 'zh'
    ? `${document}${article}（${basis.effective} 起施行；${STATUS[basis.status].zh}）`
    : `${document}${article} (in force from ${basis.effective}; ${STATUS[basis.status].en})`;
}

/** What a finding of the tool's own input checks cites instead of a notice clause. */
export const INPUT_CHECK_CITATION: Localized = { zh: 'dossier-check 输入检查', en: 'dossier-check input check' };
