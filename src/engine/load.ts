import { isAlias, isMap, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { FORMAT_KEY } from '../dossier/types.js';
import type { Rule } from '../rules/define-rule.js';
import { INPUT_RULES } from '../rules/registry.js';
import { createLocator, rangeAt, type Locator } from './locate.js';
import type { MessageData } from './messages.js';
import type { DataPath, SourceRange } from './types.js';

/** A finding before it is tied to a file: which rule, which message, and where. */
export interface PendingFinding {
  rule: Rule;
  messageId: string;
  data?: MessageData;
  /** A data path (its value, or with `target: 'key'` its key), or a range known directly. */
  at: { path: DataPath; target?: 'key' } | { range: SourceRange };
  checklistItems?: readonly string[];
}

/** Why a YAML file is not taken for a dossier; the messages are those of `schema-violation`. */
export type NotADossier = 'emptyFile' | 'onlyComments' | 'notMarked';

export type LoadResult =
  | { kind: 'not-a-dossier'; reason: NotADossier }
  | {
      kind: 'dossier';
      data: unknown;
      locate: Locator;
      /** The source text of the value at a path, as the author wrote it. */
      sourceAt: (path: DataPath) => string | undefined;
      findings: PendingFinding[];
    };

/** Alias expansions allowed before a file is refused: dossiers need few, alias bombs need millions. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Nesting allowed before a file is refused unparsed. A dossier nests about eight levels; the YAML parser itself
 * can exhaust memory on tens of thousands, so the limit is checked on the raw text first.
 */
export const MAX_NESTING = 100;

/** The format key at the start of a line: how a file too broken to parse still shows it is meant as a dossier. */
const MARKER_LINE = new RegExp(`^${FORMAT_KEY}[ \\t]*:`, 'm');

/**
 * Parses one YAML source into dossier data with positions. Every problem of the text becomes a finding with a
 * position; nothing here throws on any input.
 */
export function loadDossier(source: string): LoadResult {
  // YAML allows a lone CR as a line break, but the parser does not; one character for one keeps every position.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  const { yamlSyntax } = INPUT_RULES;
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    if (!MARKER_LINE.test(text)) return { kind: 'not-a-dossier', reason: 'notMarked' };
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return {
      kind: 'dossier',
      data: undefined,
      locate: () => rangeAt(lineCounter, tooDeep, tooDeep),
      sourceAt: () => undefined,
      findings: [{ rule: yamlSyntax, messageId: 'tooDeep', data: { limit: MAX_NESTING }, at: { range: rangeAt(lineCounter, tooDeep, tooDeep) } }],
    };
  }

  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const first = Array.isArray(documents) ? documents[0] : undefined;
  const problems = Array.isArray(documents) ? documents.flatMap((doc) => [...doc.errors, ...doc.warnings]) : [];

  if (!first || !isMarkedAsDossier(first, text, problems.length > 0)) return { kind: 'not-a-dossier', reason: whyNotADossier(text) };

  const findings: PendingFinding[] = [];
  let syntaxReported = false;
  for (const problem of problems) {
    const range = rangeAt(lineCounter, problem.pos[0], problem.pos[1]);
    if (problem.code === 'DUPLICATE_KEY') {
      findings.push({ rule: yamlSyntax, messageId: 'duplicateKey', data: { key: keyAt(text, problem.pos[0]) }, at: { range } });
    } else if (problem.code === 'TAB_AS_INDENT' && !syntaxReported) {
      syntaxReported = true;
      findings.push({ rule: yamlSyntax, messageId: 'tabIndent', at: { range } });
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
  const sourceAt = (path: DataPath) => {
    const range = locate(path);
    const start = lineCounter.lineStarts[range.line - 1];
    const end = lineCounter.lineStarts[range.endLine - 1];
    if (start === undefined || end === undefined) return undefined;
    return text.slice(start + range.column - 1, end + range.endColumn - 1);
  };
  return { kind: 'dossier', data, locate, sourceAt, findings };
}

/** The key that starts at `offset`: up to the `: ` that ends it, unquoted. */
function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, text.indexOf('\n', offset) >>> 0 || undefined);
  const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:]*?)\s*:(\s|$)/.exec(rest)?.[1] ?? rest;
  return key.replace(/^["']|["']$/g, '');
}

function whyNotADossier(text: string): NotADossier {
  if (text.trim() === '') return 'emptyFile';
  const onlyComments = text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
  return onlyComments ? 'onlyComments' : 'notMarked';
}

/**
 * The offset where nesting first exceeds the limit, counting unquoted brackets and indentation, or undefined.
 * Approximate on purpose (quotes are tracked per line): it only has to bound what reaches the parser.
 */
function excessiveNesting(text: string): number | undefined {
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      lineStart = true;
      indent = 0;
      quote = undefined;
      continue;
    }
    if (lineStart) {
      if (char === ' ') {
        if (++indent > MAX_NESTING * 2) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#') {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if (char === '[' || char === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

function isMarkedAsDossier(document: Document.Parsed, text: string, broken: boolean): boolean {
  if (isMap(document.contents) && document.contents.has(FORMAT_KEY)) return true;
  // A broken file may not parse far enough to show its keys; a marker at the start of a line still tells.
  return broken && MARKER_LINE.test(text);
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
