import type { z } from 'zod';
import type { Localized } from '../engine/types.js';

/*
 * Zod carries one string per issue. The schemas of the reviewer's files give theirs in both languages through
 * `bilingual`, which returns the English text for zod to carry and remembers its Chinese, so the one line printed
 * for a problem can be in either language without a second schema per language.
 */
const CHINESE = new Map<string, string>();

/** The English text, for a zod `error` option; its Chinese is found again by `issueText`. */
export function bilingual(text: Localized): string {
  CHINESE.set(text.en, text.zh);
  return text.en;
}

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: '布尔值（true 或 false）',
  object: '映射（键: 值）',
  array: '列表',
  date: '日期',
  undefined: '空',
  null: '空值',
};

type Issue = z.ZodError['issues'][number];

/**
 * What an issue says, in both languages: the schema's own words when it gave them, else a plain sentence for the
 * issue's code (zod's built-in messages are English and name JavaScript types).
 */
export function issueText(issue: Issue): Localized {
  const zh = CHINESE.get(issue.message);
  if (zh !== undefined) return { zh, en: lowerFirst(issue.message) };
  return { zh: builtInChinese(issue), en: lowerFirst(issue.message) };
}

function builtInChinese(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `应为${TYPE_ZH[issue.expected] ?? '其他类型的值'}`;
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : issue.origin === 'array' ? `至少须有 ${issue.minimum} 项` : `不能小于 ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? '文字过长' : issue.origin === 'array' ? `至多 ${issue.maximum} 项` : `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `取值无效，可选：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `未知的键 ${issue.keys.join('、')}`;
    case 'invalid_format':
      return '格式无效';
    default:
      return '取值无效';
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
