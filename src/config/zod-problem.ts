import type { z } from 'zod';
import { closestMatch } from '../engine/suggest.js';
import type { Localized } from '../engine/types.js';
import type { ConfigurationError } from './configuration-error.js';
import { issueText } from './zod-text.js';
import { problemAt, type ReviewerYaml } from './yaml-file.js';

/**
 * The first problem zod found, as the one line the tool prints: file, line, key path, what is wrong. An unknown key
 * is placed at the key itself, with the nearest known key when it looks like a typo.
 */
export function zodProblem(file: ReviewerYaml, error: z.ZodError, schema: z.ZodType): ConfigurationError {
  const { issue, path } = deepestIssue(error.issues[0]!, []);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const known = keysAt(schema, path);
    const nearest = closestMatch(key, known);
    const hint: Localized = nearest
      ? { zh: `；是否想写“${nearest}”？`, en: `; did you mean "${nearest}"?` }
      : known.length > 0
        ? { zh: `（可用的键：${known.join('、')}）`, en: ` (known: ${known.join(', ')})` }
        : { zh: '', en: '' };
    return problemAt(file, [...path, key], { zh: `未知的键“${key}”${hint.zh}`, en: `unknown key "${key}"${hint.en}` }, 'key');
  }
  // A required key that is absent is placed at its parent, the nearest line there is.
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return problemAt(file, path, { zh: '缺少此项，且为必填', en: 'missing, and required' });
  }
  return problemAt(file, path, issueText(issue));
}

/** An unknown rule id in a reviewer's file, with the nearest known one when it looks like a typo. */
export function unknownRuleText(id: string, nearest: string | undefined): Localized {
  return {
    zh: `未知的规则“${id}”${nearest ? `；是否想写“${nearest}”？` : ''}（dossier-check rules 列出全部规则）`,
    en: `unknown rule "${id}"${nearest ? `; did you mean "${nearest}"?` : ''} (dossier-check rules lists them)`,
  };
}

type Issue = z.ZodError['issues'][number];

/**
 * The issue to report, with its full path. A value that may be one entry or a list of them fails as a union, whose
 * own message ("invalid input") says nothing; the branch that got furthest into the value says what is wrong.
 */
function deepestIssue(issue: Issue, prefix: readonly (string | number)[]): { issue: Issue; path: (string | number)[] } {
  const path = [...prefix, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))];
  if (issue.code !== 'invalid_union') return { issue, path };
  let best: Issue | undefined;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (first && first.path.length > 0 && (!best || first.path.length > best.path.length)) best = first;
  }
  return best ? deepestIssue(best, path) : { issue, path };
}

/** The keys an object schema knows at a path of the data, through optional values, unions and lists. */
function keysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let candidates: z.ZodType[] = [schema];
  for (const segment of path) {
    candidates = candidates.flatMap((candidate) => childSchemas(candidate, segment));
  }
  return [...new Set(candidates.flatMap((candidate) => Object.keys(objectShape(candidate) ?? {})))];
}

function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = schema.def as { type: string; innerType?: z.ZodType; options?: z.ZodType[] };
  if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) return unwrap(def.innerType);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  for (const candidate of unwrap(schema)) {
    const def = candidate.def as { type: string; shape?: Record<string, z.ZodType> };
    if (def.type === 'object' && def.shape) return def.shape;
  }
  return undefined;
}

function childSchemas(schema: z.ZodType, segment: string | number): z.ZodType[] {
  return unwrap(schema).flatMap((candidate) => {
    const def = candidate.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType };
    if (def.type === 'object' && def.shape && typeof segment === 'string' && Object.hasOwn(def.shape, segment)) return [def.shape[segment]!];
    if (def.type === 'array' && def.element && typeof segment === 'number') return [def.element];
    if (def.type === 'record' && def.valueType) return [def.valueType];
    return [];
  });
}
