import { locales, type ZodType } from 'zod';
import type { DataPath, Localized } from '../engine/types.js';

/** The first problem zod finds in a value, in both languages, with where it is. */
export interface SchemaIssue {
  path: DataPath;
  /** For an unknown key: the key, which is where a reader should look rather than at its map. */
  unknownKey?: string;
  detail: Localized;
}

/**
 * Checks a value against a schema and describes its first problem, or returns undefined when there is none. Checks
 * of this module name their message by a code of `messages`, so they read in both languages; zod's own messages come
 * in English and from its Chinese locale. The locale is given to this one check, never set for the whole process.
 */
export function firstIssue(schema: ZodType, value: unknown, messages: Readonly<Record<string, Localized>>): SchemaIssue | undefined {
  const english = schema.safeParse(value);
  if (english.success) return undefined;
  const issue = english.error.issues[0]!;
  // The same check again with Chinese messages: its issues come in the same order.
  const chinese = schema.safeParse(value, { error: locales.zhCN().localeError });
  const zh = chinese.success ? issue.message : (chinese.error.issues[0]?.message ?? issue.message);
  const detail = Object.hasOwn(messages, issue.message) ? messages[issue.message]! : { zh, en: issue.message };
  const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  return { path, detail, ...(unknownKey === undefined ? {} : { unknownKey }) };
}
