import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODAL_WORDS, modalClass, quoteUsesModal } from '../../src/notice/modal-words.js';
import { DOSSIER_RULES, INPUT_RULES } from '../../src/rules/registry.js';
import { ROOT } from '../support/run-cli.js';

/** Line breaks and spaces of the source texts are layout, not wording. */
const fold = (text: string) => text.replace(/\s+/g, '');
const notice = fold(readFileSync(join(ROOT, 'docs/notice/jinzhengbanfa-2015-122.zh.txt'), 'utf8'));
/** The verbatim sentences of national documents that rules may quote instead of the notice. */
const nationalExcerpts = fold(
  readFileSync(join(ROOT, 'docs/notice/NATIONAL-EXCERPTS.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('>'))
    .map((line) => line.replace(/^>\s?/, ''))
    .join(''),
);

describe('the modal-word table', () => {
  it('classifies the words of CLAUSES.md as the notice uses them', () => {
    for (const word of ['须', '必须', '应', '应当', '要', '严禁', '不得', '禁止', '作为…条件'] as const) expect(modalClass(word), word).toBe('duty');
    for (const word of ['可', '可以', '鼓励', '支持', '原则上', '积极'] as const) expect(modalClass(word), word).toBe('permission');
  });

  it('matches a construction A…B only with A before B', () => {
    expect(quoteUsesModal('将四项审批手续作为项目贷款发放条件', '作为…条件')).toBe(true);
    expect(quoteUsesModal('贷款条件作为参考', '作为…条件')).toBe(false);
    expect(quoteUsesModal('开发银行可以通过专项过桥贷款', '可以')).toBe(true);
  });

  it('has no word twice', () => {
    expect(new Set(MODAL_WORDS).size).toBe(MODAL_WORDS.length);
  });
});

describe('severity follows the text', () => {
  for (const { meta } of DOSSIER_RULES) {
    describe(meta.id, () => {
      const rests = meta.rests;

      it('records the sentence it rests on and its modal word', () => {
        expect(rests, 'meta.rests').toBeDefined();
        expect(quoteUsesModal(rests!.quote, rests!.modal), `"${rests!.modal}" in 「${rests!.quote}」`).toBe(true);
      });

      it('quotes the notice verbatim, or a national document it names as its basis', () => {
        const quote = fold(rests!.quote);
        if (notice.includes(quote)) return;
        expect(meta.basis, 'a quote from outside the notice needs a national basis').toBeDefined();
        expect(nationalExcerpts.includes(quote), `「${rests!.quote}」 in docs/notice/NATIONAL-EXCERPTS.md`).toBe(true);
      });

      it('is an error only for a duty of the text, read as written, on verified facts', () => {
        if (meta.severity !== 'error') return;
        expect(modalClass(rests!.modal), `${rests!.modal} is not a duty word`).toBe('duty');
        expect(rests!.reading, 'a rule of this project’s own reading only warns').toBeUndefined();
        if (meta.basis) expect(meta.basis.status, 'a rule on a reported fact only warns').toBe('verified');
      });

      if (rests?.reading) {
        it('says in both languages what it reads and why it only warns', () => {
          expect(rests.reading!.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(rests.reading!.en.trim()).not.toBe('');
        });
      }
    });
  }

  it('input rules rest on no sentence and cite no clause', () => {
    for (const { meta } of Object.values(INPUT_RULES)) {
      expect(meta.rests, meta.id).toBeUndefined();
      expect(meta.clause, meta.id).toBeUndefined();
    }
  });
});
