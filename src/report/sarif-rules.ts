import type { ReportingDescriptor } from 'sarif';
import type { Lang, Severity } from '../engine/types.js';
import { basisCitation } from '../notice/basis.js';
import { CLAUSES, citation } from '../notice/clauses.js';
import { CLAUSE_TEXT } from '../notice/clause-text.js';
import { MODAL_CLASS_LABEL, modalClass } from '../notice/modal-words.js';
import type { Rule } from '../rules/define-rule.js';
import { MODULE_OF_RULE } from '../rules/registry.js';
import { formatExplanation } from './explain.js';
import { markdownText } from './markdown-text.js';
import { ruleCitation } from './rule-citation.js';

const HEADINGS = {
  clause: { zh: '条款原文', en: 'Clause (Chinese text of the notice)' },
  rests: { zh: '规则所依据的原文', en: 'The sentence the rule rests on' },
  basis: { zh: '国家规定', en: 'National basis' },
  checks: { zh: '检查内容', en: 'What is checked' },
  fix: { zh: '修正方法', en: 'How to fix' },
  pass: { zh: '通过的例子', en: 'Passes' },
  fail: { zh: '不通过的例子', en: 'Fails' },
} as const;

const WORDS = {
  modal: { zh: '情态词', en: 'Modal word' },
  reading: { zh: '本项目的理解（因此只发警告）', en: 'This project’s reading (hence only a warning)' },
} as const;

/** The tag of a bank's own rule, by which a code-scanning view tells it from the notice's. */
export const BANK_POLICY_TAG = 'bank-policy';

/** `four-approvals` → `FourApprovals`: SARIF §3.49.7 wants a `name` readable as an identifier, apart from the id. */
function ruleName(id: string): string {
  // A pack's rule id has its pack as prefix (`bank/capital-25`): each part is a word of the name.
  return id
    .split(/[-/]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** A fence longer than any run of backticks in the text, so an example cannot close its own code block. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** A Markdown block quote of text that may span lines. */
function quoted(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * What `dossier-check explain` says of a rule, as Markdown for a code-scanning alert: the clause and its text, the
 * sentence the rule rests on with its modal word, the national basis, what is checked, how to fix, and the examples.
 */
function helpMarkdown(rule: Pick<Rule, 'meta'>, lang: Lang): string {
  const { meta } = rule;
  // The citation and title of a bank's rule are the pack's text, shown as text.
  const heading =
    meta.policy !== undefined ? markdownText(`${ruleCitation(meta, lang)} — ${meta.title[lang]}`) : `**${ruleCitation(meta, lang)}** — ${meta.title[lang]}`;
  const sections = [heading];
  if (meta.clause) {
    const text = CLAUSE_TEXT[meta.clause] ?? '';
    const gloss = CLAUSES.get(meta.clause)?.gloss ?? '';
    sections.push(`### ${HEADINGS.clause[lang]}\n\n${quoted(text)}${lang === 'en' && gloss ? `\n\n${gloss}` : ''}`);
  }
  if (meta.rests) {
    const { quote, modal, reading } = meta.rests;
    const lines = [quoted(`「${quote}」`), '', `${WORDS.modal[lang]}: ${modal} (${MODAL_CLASS_LABEL[modalClass(modal)][lang]})`];
    if (reading) lines.push('', `${WORDS.reading[lang]}: ${reading[lang]}`);
    sections.push(`### ${HEADINGS.rests[lang]}\n\n${lines.join('\n')}`);
  }
  if (meta.basis) {
    const source = meta.basis.source ? `\n\n${meta.basis.source}` : '';
    sections.push(`### ${HEADINGS.basis[lang]}\n\n${basisCitation(meta.basis, lang)}${source}`);
  }
  // A bank's texts are the pack's, not this project's Markdown: shown as text.
  const prose = meta.policy !== undefined ? markdownText : (text: string) => text;
  sections.push(`### ${HEADINGS.checks[lang]}\n\n${prose(meta.description[lang])}`, `### ${HEADINGS.fix[lang]}\n\n${prose(meta.fix[lang])}`);
  if (meta.examples.pass) sections.push(`### ${HEADINGS.pass[lang]}\n\n${fenced(meta.examples.pass, 'yaml')}`);
  if (meta.examples.fail) sections.push(`### ${HEADINGS.fail[lang]}\n\n${fenced(meta.examples.fail, 'yaml')}`);
  return `${sections.join('\n\n')}\n`;
}

/**
 * A rule as a SARIF reportingDescriptor (§3.49): stable `id`, a readable `name`, the title and description in the
 * report's language, `help` as `explain` gives it, the rule's severity as its default level, and in `properties` the
 * clause and national basis with their citations and tags a code-scanning view can filter by. No `helpUri`: it must
 * be an absolute URI (§3.49.12), and the rule pages in `docs/rules/` have no published address to give.
 */
export function reportingDescriptor(rule: Pick<Rule, 'meta'>, lang: Lang): ReportingDescriptor {
  const { meta } = rule;
  const module = MODULE_OF_RULE.get(meta.id);
  // Unique (§3.8.2): the module of the national rules is itself named `national`.
  const tags = [
    ...new Set([
      'dossier-check',
      ...(module ? [module] : []),
      ...(meta.clause ? [meta.clause] : []),
      ...(meta.basis ? ['national'] : []),
      ...(meta.policy !== undefined ? [BANK_POLICY_TAG] : []),
    ]),
  ];
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title[lang] },
    fullDescription: { text: meta.description[lang] },
    help: { text: formatExplanation(rule, lang), markdown: helpMarkdown(rule, lang) },
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: {
      tags,
      ...(meta.policy !== undefined
        ? { policy: meta.policy, citation: ruleCitation(meta, lang), ...(meta.pack ? { pack: meta.pack } : {}) }
        : meta.clause
          ? { clause: { id: meta.clause, reference: CLAUSES.get(meta.clause)?.reference ?? '', citation: citation(meta.clause) } }
          : { citation: ruleCitation(meta, lang) }),
      ...(meta.basis ? { basis: { ...meta.basis, citation: basisCitation(meta.basis, lang) } } : {}),
      ...(meta.rests ? { modal: meta.rests.modal, modalClass: modalClass(meta.rests.modal) } : {}),
      titles: meta.title,
    },
  };
}

/** SARIF's levels are `error`, `warning` and `note`; a finding of severity information is a note (§3.27.10). */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'information' ? 'note' : severity;
}
