import type { Localized } from '../engine/types.js';

/**
 * The modal words a rule's quoted sentence may rest on, and what each makes of the sentence (CLAUSES.md, "Reading
 * the modal words"). A duty or prohibition may ground an error; a permission or encouragement never does — the
 * notice does not forbid the alternative, so a finding says "outside what the notice provides for; verify".
 *
 * Beside the words CLAUSES.md lists, the table names the few directive constructions the notice and the national
 * texts use without one of those words; each is a command to the addressee, not an option:
 * 纳入…条件 (the same construction as 作为…条件), 严格执行 / 严格按照 (strictly carry out), 限定在 (limited to),
 * 在…前提下 (only on the premise that), 不对…提供 (gives no … to), 将…列入 (shall put into), 按…执行 (is carried
 * out as follows).
 */
export type ModalClass = 'duty' | 'permission';

const MODAL_TABLE = {
  须: 'duty',
  必须: 'duty',
  应: 'duty',
  应当: 'duty',
  要: 'duty',
  严禁: 'duty',
  不得: 'duty',
  禁止: 'duty',
  '作为…条件': 'duty',
  '纳入…条件': 'duty',
  严格执行: 'duty',
  严格按照: 'duty',
  限定在: 'duty',
  '在…前提下': 'duty',
  '不对…提供': 'duty',
  '将…列入': 'duty',
  '按…执行': 'duty',
  可: 'permission',
  可以: 'permission',
  鼓励: 'permission',
  支持: 'permission',
  原则上: 'permission',
  积极: 'permission',
} as const satisfies Record<string, ModalClass>;

export type ModalWord = keyof typeof MODAL_TABLE;

export const MODAL_WORDS: readonly ModalWord[] = Object.keys(MODAL_TABLE) as ModalWord[];

export function modalClass(word: ModalWord): ModalClass {
  return MODAL_TABLE[word];
}

export const MODAL_CLASS_LABEL: Readonly<Record<ModalClass, Localized>> = {
  duty: { zh: '义务或禁止', en: 'duty or prohibition' },
  permission: { zh: '允许或鼓励', en: 'permission or encouragement' },
};

/** Whether `quote` uses `word`; a construction `A…B` matches A followed, later in the same quote, by B. */
export function quoteUsesModal(quote: string, word: ModalWord): boolean {
  const [head, tail] = word.split('…');
  if (tail === undefined) return quote.includes(word);
  const start = quote.indexOf(head!);
  return start >= 0 && quote.indexOf(tail, start + head!.length) >= 0;
}
