import { citation } from '../notice/clauses.js';
import type { Lang } from '../engine/types.js';
import { ALL_RULES } from '../rules/registry.js';

export const RULE_CATALOGUE_FORMATS = ['text', 'json'] as const;
export type RuleCatalogueFormat = (typeof RULE_CATALOGUE_FORMATS)[number];

export function formatRuleCatalogue(format: RuleCatalogueFormat, lang: Lang): string {
  if (format === 'json') {
    const rules = ALL_RULES.map(({ meta }) => ({
      id: meta.id,
      severity: meta.severity,
      clause: { id: meta.clause, citation: citation(meta.clause) },
      title: meta.title,
    }));
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const width = Math.max(...ALL_RULES.map(({ meta }) => meta.id.length));
  const lines = ALL_RULES.map(({ meta }) => `${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${citation(meta.clause)}  ${meta.title[lang]}`);
  return `${lines.join('\n')}\n`;
}
