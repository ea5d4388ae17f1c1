import { isAlias, isMap, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { FORMAT_KEY } from '../dossier/types.js';
import type { Rule } from '../rules/define-rule.js';
import { INPUT_RULES } from '../rules/registry.js';
import { createLocator, rangeAt, type Locator } from './locate.js';
import type { MessageData } from './messages.js';
import type { DataPath, Localized, SourceRange } from './types.js';

/** A finding before it is tied to a file: which rule, which message, and where. */
export interface PendingFinding {
  rule: Rule;
  messageId: string;
  data?: MessageData;
  /** A data path (its value, or with `target: 'key'` its key), or a range known directly. */
  at: { path: DataPath; target?: 'key' } | { range: SourceRange };
  checklistItems?: readonly string[];
}

export type LoadResult =
  | { kind: 'skipped'; reason: Localized }
  | { kind: 'dossier'; data: unknown; locate: Locator; findings: PendingFinding[] };

/** Alias expansions allowed before a file is refused: dossiers need few, alias bombs need millions. */
export const MAX_ALIAS_COUNT = 100;

const NOT_A_DOSSIER: Localized = {
  zh: `不是资料文件（顶层没有 ${FORMAT_KEY} 键）`,
  en: `not a dossier (no top-level ${FORMAT_KEY} key)`,
};

/**
 * Parses one YAML source into dossier data with positions. Every problem of the text becomes a finding with a
 * position; nothing here throws on any input.
 */
export function loadDossier(text: string): LoadResult {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const first = Array.isArray(documents) ? documents[0] : undefined;
  const problems = Array.isArray(documents) ? documents.flatMap((doc) => [...doc.errors, ...doc.warnings]) : [];

  if (!first || !isMarkedAsDossier(first, text, problems.length > 0)) return { kind: 'skipped', reason: NOT_A_DOSSIER };

  const findings: PendingFinding[] = [];
  const { yamlSyntax } = INPUT_RULES;
  let syntaxReported = false;
  for (const problem of problems) {
    const range = rangeAt(lineCounter, problem.pos[0], problem.pos[1]);
    if (problem.code === 'DUPLICATE_KEY') {
      findings.push({ rule: yamlSyntax, messageId: 'duplicateKey', data: { key: text.slice(...problem.pos) }, at: { range } });
    } else if (!syntaxReported) {
      // One structural mistake cascades into parser errors on the lines after it; the first says what is wrong.
      syntaxReported = true;
      findings.push({ rule: yamlSyntax, messageId: 'syntax', data: { detail: firstLine(problem.message) }, at: { range } });
    }
  }
  const second = (documents as Document.Parsed[])[1];
  if (second) {
    const start = second.range[0];
    findings.push({ rule: yamlSyntax, messageId: 'multipleDocuments', at: { range: rangeAt(lineCounter, start, start) } });
  }

  const locate = createLocator(first, lineCounter);
  let data: unknown;
  try {
    data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml throws only for alias expansion beyond the limit here; report it at the first alias.
    const range = firstAliasRange(first, lineCounter) ?? rangeAt(lineCounter, 0, 0);
    findings.push({ rule: yamlSyntax, messageId: 'aliasAbuse', data: { limit: MAX_ALIAS_COUNT }, at: { range } });
    data = undefined;
  }
  return { kind: 'dossier', data, locate, findings };
}

function isMarkedAsDossier(document: Document.Parsed, text: string, broken: boolean): boolean {
  if (isMap(document.contents) && document.contents.has(FORMAT_KEY)) return true;
  // A broken file may not parse far enough to show its keys; a marker at the start of a line still tells.
  return broken && new RegExp(`^${FORMAT_KEY}[ \\t]*:`, 'm').test(text);
}

function firstAliasRange(document: Document.Parsed, lineCounter: LineCounter): SourceRange | undefined {
  let found: SourceRange | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) found = rangeAt(lineCounter, node.range[0], node.range[1]);
      return visit.BREAK;
    },
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
