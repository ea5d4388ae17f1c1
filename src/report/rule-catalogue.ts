import { basisCitation, INPUT_CHECK_CITATION } from '../notice/basis.js';
import { citation } from '../notice/clauses.js';
import { MODAL_CLASS_LABEL, modalClass } from '../notice/modal-words.js';
import type { Lang } from '../engine/types.js';
import type { RuleCatalogueFormat } from './format-names.js';
import { severityWord } from './severity-words.js';
import { terminalWidth } from './terminal-width.js';
import type { RuleMeta } from '../rules/define-rule.js';
import { ALL_RULES } from '../rules/registry.js';

export { RULE_CATALOGUE_FORMATS, type RuleCatalogueFormat } from './format-names.js';

/** The sentence a rule rests on, its modal word and that word's class, as the JSON catalogue gives them. */
export function restsJson(meta: RuleMeta) {
  if (!meta.rests) return undefined;
  const { quote, modal, reading } = meta.rests;
  return { quote, modal, modalClass: modalClass(modal), ...(reading ? { reading } : {}) };
}

export function formatRuleCatalogue(format: RuleCatalogueFormat, lang: Lang): string {
  if (format === 'json') {
    const rules = ALL_RULES.map(({ meta }) => {
      const rests = restsJson(meta);
      return {
        id: meta.id,
        severity: meta.severity,
        ...(meta.clause ? { clause: { id: meta.clause, citation: citation(meta.clause) } } : {}),
        ...(rests ? { rests } : {}),
        ...(meta.basis ? { basis: { ...meta.basis, citation: basisCitation(meta.basis, lang) } } : {}),
        title: meta.title,
      };
    });
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const width = Math.max(...ALL_RULES.map(({ meta }) => meta.id.length));
  const lines = ALL_RULES.map(({ meta }) => {
    const cited = meta.clause ? citation(meta.clause) : INPUT_CHECK_CITATION[lang];
    const modal = meta.rests ? `${meta.rests.modal} (${MODAL_CLASS_LABEL[modalClass(meta.rests.modal)][lang]})` : '—';
    const severity = severityWord(meta.severity, lang);
    // Padded by what the terminal shows: a Chinese word takes two columns a character.
    return `${meta.id.padEnd(width)}  ${severity}${' '.repeat(Math.max(0, 7 - terminalWidth(severity)))}  ${cited}  ${modal}  ${meta.title[lang]}`;
  });
  return `${lines.join('\n')}\n`;
}
