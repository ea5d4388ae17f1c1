import { basisCitation } from '../notice/basis.js';
import { citation } from '../notice/clauses.js';
import { MODAL_CLASS_LABEL, modalClass } from '../notice/modal-words.js';
import type { Lang } from '../engine/types.js';
import type { RuleCatalogueFormat } from './format-names.js';
import { severityWord } from './severity-words.js';
import { terminalWidth } from './terminal-width.js';
import type { Rule, RuleMeta } from '../rules/define-rule.js';
import { ALL_RULES } from '../rules/registry.js';
import { ruleCitation } from './rule-citation.js';
import { escapeForTerminal } from './terminal-text.js';

export { RULE_CATALOGUE_FORMATS, type RuleCatalogueFormat } from './format-names.js';

/** The sentence a rule rests on, its modal word and that word's class, as the JSON catalogue gives them. */
export function restsJson(meta: RuleMeta) {
  if (!meta.rests) return undefined;
  const { quote, modal, reading } = meta.rests;
  return { quote, modal, modalClass: modalClass(modal), ...(reading ? { reading } : {}) };
}

/**
 * The catalogue: the built-in rules, then `added` (the rules of the configuration's packs), each with what it cites.
 * A bank's rule is shown under its policy, never as a clause of the notice.
 */
export function formatRuleCatalogue(format: RuleCatalogueFormat, lang: Lang, added: readonly Pick<Rule, 'meta'>[] = []): string {
  const all = [...ALL_RULES, ...added];
  if (format === 'json') {
    const rules = all.map(({ meta }) => {
      const rests = restsJson(meta);
      return {
        id: meta.id,
        severity: meta.severity,
        ...(meta.clause ? { clause: { id: meta.clause, citation: citation(meta.clause) } } : {}),
        ...(meta.policy !== undefined ? { policy: { text: meta.policy, citation: ruleCitation(meta, lang) } } : {}),
        ...(meta.pack ? { pack: meta.pack } : {}),
        ...(rests ? { rests } : {}),
        ...(meta.basis ? { basis: { ...meta.basis, citation: basisCitation(meta.basis, lang) } } : {}),
        title: meta.title,
      };
    });
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const width = Math.max(...all.map(({ meta }) => meta.id.length));
  const lines = all.map(({ meta }) => {
    // A pack's texts are shown escaped: they are the bank's, and reach the terminal.
    const cited = meta.policy !== undefined ? escapeForTerminal(ruleCitation(meta, lang)) : ruleCitation(meta, lang);
    const title = meta.policy !== undefined ? escapeForTerminal(meta.title[lang]) : meta.title[lang];
    const modal = meta.rests ? `${meta.rests.modal} (${MODAL_CLASS_LABEL[modalClass(meta.rests.modal)][lang]})` : '—';
    const severity = severityWord(meta.severity, lang);
    // Padded by what the terminal shows: a Chinese word takes two columns a character.
    return `${meta.id.padEnd(width)}  ${severity}${' '.repeat(Math.max(0, 7 - terminalWidth(severity)))}  ${cited}  ${modal}  ${title}`;
  });
  return `${lines.join('\n')}\n`;
}
