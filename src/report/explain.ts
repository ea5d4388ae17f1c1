import type { Lang } from '../engine/types.js';
import { basisCitation } from '../notice/basis.js';
import { CLAUSES } from '../notice/clauses.js';
import { CLAUSE_TEXT } from '../notice/clause-text.js';
import { MODAL_CLASS_LABEL, modalClass } from '../notice/modal-words.js';
import type { Rule } from '../rules/define-rule.js';
import { ruleCitation } from './rule-citation.js';
import { escapeForTerminal } from './terminal-text.js';
import { severityWord } from './severity-words.js';

const HEADINGS = {
  clause: { zh: '条款原文', en: 'Clause (Chinese text of the notice)' },
  gloss: { zh: '英文释义', en: 'English gloss' },
  rests: { zh: '规则所依据的原文', en: 'The sentence the rule rests on' },
  checks: { zh: '检查内容', en: 'What is checked' },
  fix: { zh: '修正方法', en: 'How to fix' },
  pass: { zh: '通过的例子', en: 'Passes' },
  fail: { zh: '不通过的例子', en: 'Fails' },
  source: { zh: '依据', en: 'Source' },
} as const;

const WORDS = {
  modal: { zh: '情态词', en: 'Modal word' },
  reading: { zh: '本项目的理解（因此只发警告）', en: 'This project’s reading (hence only a warning)' },
  policy: {
    zh: (policy: string) => `本规则是银行自己的规则，依据银行政策「${policy}」，不是通知的条款。`,
    en: (policy: string) => `This rule is a bank's own rule: it cites the bank's policy "${policy}", not a clause of the notice.`,
  },
  pack: { zh: '规则包', en: 'Rule pack' },
  noClause: {
    zh: '本规则是检查工具对输入文件本身的检查，不引用通知条款。',
    en: 'This rule is the checker’s own check of its input; it cites no clause of the notice.',
  },
} as const;

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

/**
 * Where the national text was read. The note beside the address is the maintainers' record of how far the source
 * was verified, kept in English only; a Chinese reader gets the addresses, which is what they can follow.
 */
function basisSource(source: string | undefined, lang: Lang): string {
  if (!source) return '';
  if (lang === 'en') return `\n${source}`;
  const addresses = source.match(/https?:\/\/[^\s)）]+/g) ?? [];
  return addresses.length > 0 ? `\n${addresses.join('\n')}` : '';
}

/** `dossier-check explain RULE_ID`: the clause, the sentence the rule rests on, what it checks, how to fix, examples. */
export function formatExplanation(rule: Pick<Rule, 'meta'>, lang: Lang): string {
  const { meta } = rule;
  const section = (key: keyof typeof HEADINGS, body: string) => `${HEADINGS[key][lang]}:\n${indent(body)}`;
  // A bank's rule is the bank's text, which reaches the terminal: its control characters are shown, not acted on.
  const own = meta.policy === undefined ? (text: string) => text : (text: string) => text.split('\n').map(escapeForTerminal).join('\n');
  const cited = own(ruleCitation(meta, lang));
  const sections = [`${meta.id}  ${severityWord(meta.severity, lang)}  ${cited}\n${own(meta.title[lang])}`];
  if (meta.policy !== undefined) {
    const pack = meta.pack ? `\n${WORDS.pack[lang]}: ${own(meta.pack.file)}` : '';
    sections.push(section('clause', `${own(WORDS.policy[lang](meta.policy))}${pack}`));
  } else if (meta.clause) {
    sections.push(section('clause', CLAUSE_TEXT[meta.clause] ?? ''));
    // The gloss is the clause in English, for a reader of English; a Chinese reader has the text itself above.
    if (lang === 'en') sections.push(section('gloss', CLAUSES.get(meta.clause)?.gloss ?? ''));
  } else {
    sections.push(section('clause', WORDS.noClause[lang]));
  }
  if (meta.rests) {
    const { quote, modal, reading } = meta.rests;
    const lines = [`「${quote}」`, `${WORDS.modal[lang]}: ${modal} (${MODAL_CLASS_LABEL[modalClass(modal)][lang]})`];
    if (reading) lines.push(`${WORDS.reading[lang]}: ${reading[lang]}`);
    sections.push(section('rests', lines.join('\n')));
  }
  sections.push(section('checks', own(meta.description[lang])), section('fix', own(meta.fix[lang])));
  // A bank's rule need not come with examples.
  if (meta.examples.pass) sections.push(section('pass', own(meta.examples.pass)));
  if (meta.examples.fail) sections.push(section('fail', own(meta.examples.fail)));
  const sources = [cited];
  if (meta.basis) sources.push(`${basisCitation(meta.basis, lang)}${basisSource(meta.basis.source, lang)}`);
  sections.push(section('source', sources.join('\n')));
  return `${sections.join('\n\n')}\n`;
}
