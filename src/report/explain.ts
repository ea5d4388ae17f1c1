import type { Lang } from '../engine/types.js';
import { CLAUSES, citation } from '../notice/clauses.js';
import { CLAUSE_TEXT } from '../notice/clause-text.js';
import type { Rule } from '../rules/define-rule.js';

const HEADINGS = {
  clause: { zh: '条款原文', en: 'Clause (Chinese text of the notice)' },
  gloss: { zh: '英文释义', en: 'English gloss' },
  checks: { zh: '检查内容', en: 'What is checked' },
  fix: { zh: '修正方法', en: 'How to fix' },
  pass: { zh: '通过的例子', en: 'Passes' },
  fail: { zh: '不通过的例子', en: 'Fails' },
  source: { zh: '依据', en: 'Source' },
} as const;

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

/** `dossier-check explain RULE_ID`: the clause, what the rule checks, how to fix, and an example of each verdict. */
export function formatExplanation(rule: Rule, lang: Lang): string {
  const { meta } = rule;
  const clause = CLAUSES.get(meta.clause)!;
  const section = (key: keyof typeof HEADINGS, body: string) => `${HEADINGS[key][lang]}:\n${indent(body)}`;
  const source = meta.basis
    ? `${meta.basis.document} (${meta.basis.effective}, ${meta.basis.status})`
    : `${citation(meta.clause)}`;
  return `${[
    `${meta.id}  ${meta.severity}  ${citation(meta.clause)}\n${meta.title[lang]}`,
    section('clause', CLAUSE_TEXT[meta.clause] ?? ''),
    section('gloss', clause.gloss),
    section('checks', meta.description[lang]),
    section('fix', meta.fix[lang]),
    section('pass', meta.examples.pass),
    section('fail', meta.examples.fail),
    section('source', source),
  ].join('\n\n')}\n`;
}
