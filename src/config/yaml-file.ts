import { LineCounter, parseDocument } from 'yaml';
import { createLocator } from '../engine/locate.js';
import { formatPath } from '../engine/paths.js';
import { readBytes } from '../engine/sources.js';
import type { DataPath } from '../engine/types.js';
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
    const why = read.failure.kind === 'tooLarge' ? `larger than ${MAX_REVIEWER_FILE_SIZE} bytes` : read.failure.detail.en;
    throw new ConfigurationError(`${shown}: cannot be read: ${why}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw new ConfigurationError(`${shown}: not UTF-8 text`);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { version: '1.2', uniqueKeys: true, logLevel: 'silent', lineCounter });
  const problem = document.errors[0];
  if (problem) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    // The parser's message ends with an excerpt of the file on further lines; its first line says what is wrong.
    throw new ConfigurationError(`${shown}:${line}: YAML syntax: ${problem.message.split('\n')[0]}`);
  }
  const locate = createLocator(document, lineCounter);
  return { shown, data: document.toJS({ maxAliasCount: 100 }), lineOf: (at, target) => locate(at, target).line };
}

/** `file:line: key.path: message`: the one line a problem of a reviewer's file is reported as. */
export function problemAt(file: ReviewerYaml, path: DataPath, message: string, target?: 'key'): ConfigurationError {
  const where = path.length > 0 ? `${formatPath(path)}: ` : '';
  return new ConfigurationError(`${file.shown}:${file.lineOf(path, target)}: ${where}${message}`);
}
