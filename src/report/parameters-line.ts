import type { Lang, Localized } from '../engine/types.js';
import type { ResolvedParameter } from '../notice/parameters.js';

/**
 * Short names of the parameters, for the one line a text report gives them by default (the full labels, sources
 * and notes are for `--verbose`). A parameter without one here is shown by its full label.
 */
export const PARAMETER_SHORT_LABELS: Readonly<Record<string, Localized>> = {
  firstHomeDownPaymentMinPercent: { zh: '首付', en: 'down payment' },
  projectCapitalMinPercent: { zh: '资本金', en: 'capital' },
  programmes: { zh: '改造计划期', en: 'programmes' },
  eiaFilingFrom: { zh: '环评备案自', en: 'EIA filing from' },
  mergedLandSiteOpinionFrom: { zh: '用地预审与选址合并自', en: 'land and site opinions merged from' },
  purchaseOfServiceLimitsFrom: { zh: '购买服务负面清单自', en: 'purchase-of-service limits from' },
  eiaReReviewYears: { zh: '环评重新审核年限', en: 'EIA re-review after' },
  landPreReviewValidityYears: { zh: '土地预审有效期', en: 'land pre-review valid' },
  mergedOpinionValidityYears: { zh: '用地预审与选址意见书有效期', en: 'merged opinion valid' },
  seismicPriorityIntensity: { zh: '高烈度设防下限', en: 'high seismic intensity from' },
};

const UNITS: Readonly<Record<string, Localized>> = { years: { zh: '年', en: ' years' }, '%': { zh: '%', en: '%' } };

function shortValue(parameter: ResolvedParameter, lang: Lang): string {
  const value = Array.isArray(parameter.value) ? parameter.value.join(lang === 'zh' ? '、' : '/') : String(parameter.value);
  const unit = parameter.unit === undefined ? '' : (UNITS[parameter.unit]?.[lang] ?? ` ${parameter.unit}`);
  // A value only secondary sources give is marked even here: judgments that rest on it are warnings.
  const reported = parameter.status === 'reported' ? (lang === 'zh' ? '（二手来源）' : ' (reported)') : '';
  // A value the reviewer's configuration sets is not the notice's, and the reader must see so even on this line.
  const configured = parameter.configuration ? (lang === 'zh' ? '（审查方配置）' : ' (configured)') : '';
  return `${value}${unit}${reported}${configured}`;
}

/**
 * `Parameters as of 2016-12-31: down payment 25%, capital 20%, … (--verbose shows sources)`: the values the checks
 * used, on one line. Plain text: the caller escapes it for the terminal.
 */
export function parametersLine(lang: Lang, asOf: string, parameters: readonly ResolvedParameter[]): string {
  const items = parameters.map((p) => `${(PARAMETER_SHORT_LABELS[p.name] ?? p.label)[lang]} ${shortValue(p, lang)}`);
  return lang === 'zh'
    ? `基准日 ${asOf} 的参数：${items.join('，')}（--verbose 显示来源）`
    : `Parameters as of ${asOf}: ${items.join(', ')} (--verbose shows sources)`;
}
