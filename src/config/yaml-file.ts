import { LineCounter, parseDocument } from 'yaml';
import { createLocator } from '../engine/locate.js';
import { formatPath } from '../engine/paths.js';
import { readBytes } from '../engine/sources.js';
import type { DataPath, Localized } from '../engine/types.js';
import { yamlProblemDetail } from '../engine/yaml-problems.js';
import { ConfigurationError } from './configuration-error.js';

/** A reviewer's file is small; one this large is a mistake (a dossier archive named by error), refused unread. */
const MAX_REVIEWER_FILE_SIZE = 1024 * 1024;

/** A YAML file of the reviewer's side, parsed, with the line of any data path for messages. */
export interface ReviewerYaml {
  /** The file as messages show it. */
  shown: string;
  data: unknown;
  /** The 1-based line of a path, or of its nearest ancestor in the file; `key` places an entry at its key. */
  lineOf(path: DataPath, target?: 'key'): number;
}

/**
 * Reads and parses a configuration or waivers file with the parser dossiers are read with (YAML 1.2, no custom
 * tags resolved, duplicate keys refused), keeping positions so every message can name a line.
 */
export function readReviewerYaml(path: string, shown: string): ReviewerYaml {
  const read = readBytes(path, MAX_REVIEWER_FILE_SIZE);
  if (!read.ok) {
    const why: Localized =
      read.failure.kind === 'tooLarge'
        ? { zh: `文件超过 ${MAX_REVIEWER_FILE_SIZE} 字节`, en: `larger than ${MAX_REVIEWER_FILE_SIZE} bytes` }
        : read.failure.detail;
    throw new ConfigurationError({ zh: `${shown}：无法读取：${why.zh}`, en: `${shown}: cannot be read: ${why.en}` });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw new ConfigurationError({ zh: `${shown}：不是 UTF-8 文本`, en: `${shown}: not UTF-8 text` });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { version: '1.2', uniqueKeys: true, logLevel: 'silent', lineCounter });
  const problem = document.errors[0];
  if (problem) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    // The parser's message ends with an excerpt of the file on further lines; its first line says what is wrong.
    const detail = yamlProblemDetail(problem.code, problem.message);
    throw new ConfigurationError({ zh: `${shown}:${line}：YAML 语法错误：${detail.zh}`, en: `${shown}:${line}: YAML syntax: ${detail.en}` });
  }
  const locate = createLocator(document, lineCounter);
  return { shown, data: document.toJS({ maxAliasCount: 100 }), lineOf: (at, target) => locate(at, target).line };
}

/** `file:line: key.path: message`: the one line a problem of a reviewer's file is reported as. */
export function problemAt(file: ReviewerYaml, path: DataPath, message: Localized, target?: 'key'): ConfigurationError {
  const at = `${file.shown}:${file.lineOf(path, target)}`;
  const key = path.length > 0 ? formatPath(path) : undefined;
  return new ConfigurationError({
    zh: `${at}：${key === undefined ? '' : `${key}：`}${message.zh}`,
    en: `${at}: ${key === undefined ? '' : `${key}: `}${message.en}`,
  });
}
