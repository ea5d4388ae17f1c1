import { LineCounter, parseDocument } from 'yaml';
import { createLocator, rangeAt } from '../engine/locate.js';
import type { DataPath } from '../engine/types.js';
import { yamlProblemDetail } from '../engine/yaml-problems.js';
import { PackError, type PackPosition } from './pack-error.js';

/** A pack file read as data, with the position of every value in it. */
export interface PackYaml {
  data: unknown;
  /** Where the value at a path is written (its key, with `target: 'key'`); the nearest written ancestor otherwise. */
  positionOf(path: DataPath, target?: 'key'): PackPosition;
}

/** Aliases a pack has any use for: a few; an alias bomb has millions. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses a pack's YAML with the parser and positions the dossiers are read with. The first problem of the text
 * (syntax, a duplicate key, a second document) is thrown as a `PackError` at its line and column.
 */
export function parsePackYaml(text: string, file: string): PackYaml {
  const lineCounter = new LineCounter();
  // YAML 1.2, as dossiers: `yes` stays text and `0012` a decimal number.
  const document = parseDocument(text, { version: '1.2', uniqueKeys: true, lineCounter, prettyErrors: false, logLevel: 'silent' });
  const problem = document.errors[0];
  if (problem) {
    const at = rangeAt(lineCounter, problem.pos[0], problem.pos[1]);
    const detail = yamlProblemDetail(problem.code, problem.message);
    throw new PackError(file, { zh: `YAML 语法错误：${detail.zh}`, en: `YAML syntax: ${detail.en}` }, at);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    throw new PackError(file, { zh: `别名展开超过 ${MAX_ALIAS_COUNT} 次`, en: `aliases expand more than ${MAX_ALIAS_COUNT} times` }, { line: 1, column: 1 });
  }
  const locate = createLocator(document, lineCounter);
  return {
    data,
    positionOf: (path, target) => {
      const { line, column } = locate(path, target);
      return { line, column };
    },
  };
}
