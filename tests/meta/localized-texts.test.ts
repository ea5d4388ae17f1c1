import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_TEXTS, EXPLAIN_TEXTS, PROGRAM_TEXTS, RULES_TEXTS, RUN_MESSAGES, SCHEMA_TEXTS } from '../../src/cli/cli-texts.js';
import { CHOICE_LABELS, COMMANDER_TEXTS } from '../../src/cli/command-language.js';
import { INIT_TEXTS } from '../../src/cli/init.js';
import { ALL_RULES } from '../../src/rules/registry.js';
import { ROOT } from '../support/run-cli.js';

/*
 * Every user-visible string has both languages. TypeScript sees to it that a `Localized` has `zh` and `en`; this
 * test sees to what it cannot: that neither is empty, that the Chinese is Chinese (an English text copied into `zh`
 * has no Chinese character), and that no text of the source is written with one language only.
 */

const CJK = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** What is wrong with a pair of texts, or nothing. A text of symbols and values alone (`%`, `{value}`) reads the same in both. */
function problemsOf(zh: string, en: string): string[] {
  // Both empty on purpose: the absent part of a message (`{ zh: '', en: '' }` for no hint).
  if (zh === '' && en === '') return [];
  // A code that reads the same in both languages (`SHA-256`), or a language tag (`zh-CN`).
  if (zh === en && !/\s/.test(zh)) return [];
  if (/^[a-z]{2}(?:-[A-Z]{2})?$/.test(zh)) return [];
  const problems: string[] = [];
  if (zh.trim() === '') problems.push('zh is empty');
  if (en.trim() === '') problems.push('en is empty');
  // Placeholders and a template's `${…}` (to its end, where a nested template cut the text short) are not words.
  const words = zh.replace(/\{[\w.[\]]+\}/g, '').replace(/\$\{(?:[^{}]|\{[^{}]*\})*(?:\}|$)/g, '');
  if (!CJK.test(words) && LATIN_WORD.test(words)) problems.push(`zh has no Chinese: ${zh}`);
  return problems;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A `zh:` or `en:` property, with its text when the value is a literal (a template's `${…}` left in). */
const PROPERTY = /(?<![\w.'"])(zh|en):(?!\s*(?:\{|string\b))\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)?/g;

interface Pair {
  at: string;
  zh?: string;
  en?: string;
  keys: string[];
}

function unquote(literal: string | undefined): string | undefined {
  return literal === undefined ? undefined : literal.slice(1, -1);
}

/**
 * The `{ zh, en }` pairs of a source file, read as text: each `zh:` with the `en:` next to it (either comes first).
 * A property left without a partner is a text in one language only.
 */
function pairsIn(file: string): Pair[] {
  const text = readFileSync(file, 'utf8');
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const found = [...text.matchAll(PROPERTY)].map((match) => ({ key: match[1] as 'zh' | 'en', literal: unquote(match[2]), index: match.index }));
  const pairs: Pair[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    const second = found[i + 1];
    const at = `${relative(ROOT, file)}:${lineAt(first.index)}`;
    if (second && second.key !== first.key) {
      pairs.push({ at, keys: [first.key, second.key], [first.key]: first.literal, [second.key]: second.literal });
      i++;
    } else {
      // `{ zh, en: … }`: the partner given by a variable of its name.
      const other = first.key === 'zh' ? 'en' : 'zh';
      const around = text.slice(Math.max(0, first.index - 200), first.index + 300);
      const shorthand = new RegExp(`(?<![\\w.'"])${other}(?=\\s*[,}])`).test(around);
      pairs.push({ at, keys: shorthand ? [first.key, other] : [first.key], [first.key]: first.literal });
    }
  }
  return pairs;
}

describe('every text has both languages', () => {
  const pairs = sourceFiles(join(ROOT, 'src')).flatMap(pairsIn);

  it('finds the texts of the source (not vacuous)', () => {
    expect(pairs.length).toBeGreaterThan(500);
  });

  it('no text of the source is written in one language only', () => {
    // The notice's clauses are Chinese text; their list carries only the English gloss beside the id.
    const oneSided = pairs
      .filter((pair) => !pair.at.startsWith('src/notice/clauses.ts:'))
      .filter((pair) => pair.keys.length === 1 || new Set(pair.keys).size === 1)
      .map((pair) => `${pair.at}: only ${pair.keys[0]}`);
    expect(oneSided).toEqual([]);
  });

  it('every literal pair has both texts, and the Chinese is Chinese', () => {
    const problems = pairs.flatMap((pair) =>
      pair.zh !== undefined && pair.en !== undefined ? problemsOf(pair.zh, pair.en).map((problem) => `${pair.at}: ${problem}`) : [],
    );
    expect(problems).toEqual([]);
  });

  it.each(Object.entries({ PROGRAM_TEXTS, CHECK_TEXTS, RULES_TEXTS, EXPLAIN_TEXTS, SCHEMA_TEXTS, RUN_MESSAGES, COMMANDER_TEXTS, CHOICE_LABELS, INIT_TEXTS }))(
    'the command line table %s',
    (_name, table) => {
      const problems = Object.entries(table as Record<string, { zh: string; en: string }>).flatMap(([key, text]) =>
        problemsOf(text.zh, text.en).map((problem) => `${key}: ${problem}`),
      );
      expect(problems).toEqual([]);
    },
  );

  it('every rule: title, description, fix and every message', () => {
    const problems = ALL_RULES.flatMap(({ meta }) => {
      const texts = { title: meta.title, description: meta.description, fix: meta.fix, ...meta.messages };
      return Object.entries(texts).flatMap(([key, text]) => problemsOf(text.zh, text.en).map((problem) => `${meta.id} ${key}: ${problem}`));
    });
    expect(problems).toEqual([]);
  });
});

describe('the check of a pair', () => {
  it('catches an empty text and English copied into zh, and accepts symbols and placeholders alone', () => {
    expect(problemsOf('', 'x')).toEqual(['zh is empty']);
    expect(problemsOf('未知', ' ')).toEqual(['en is empty']);
    expect(problemsOf('unknown option', 'unknown option')).toEqual(['zh has no Chinese: unknown option']);
    expect(problemsOf('%', '%')).toEqual([]);
    expect(problemsOf('{value}', '{value}')).toEqual([]);
    expect(problemsOf('--format <格式>', '--format <format>')).toEqual([]);
  });
});
