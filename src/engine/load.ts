import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  CST,
  type Document,
  type DocumentOptions,
  type Node,
  type Pair,
  type ParseOptions,
  type ScalarTag,
  type SchemaOptions,
} from 'yaml';
import { FORMAT_KEY } from '../dossier/types.js';
import type { Rule } from '../rules/define-rule.js';
import { INPUT_RULES } from '../rules/registry.js';
import { looksLike, showCodePoints } from './lookalike.js';
import { createLocator, rangeAt, scalarSourceAt, type Locator } from './locate.js';
import type { MessageData } from './messages.js';
import type { DataPath, SourceRange } from './types.js';
import { yamlProblemDetail } from './yaml-problems.js';

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
      /** The source text of the scalar at a path, as the author wrote it. */
      sourceAt: (path: DataPath) => string | undefined;
      findings: PendingFinding[];
    };

/** Alias expansions allowed before a file is refused: dossiers need few, alias bombs need millions. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Nesting allowed below the top-level map before a file is refused. A dossier nests about eight levels; the YAML
 * parser slows down with depth and its later stages recurse, so parsing stops as soon as the limit is passed.
 */
export const MAX_NESTING = 100;

/** The format key at the start of a line: how a file too broken to parse still shows it is meant as a dossier. */
const MARKER_LINE = new RegExp(`^${FORMAT_KEY}[ \\t]*:`, 'm');

/**
 * `!!float 68800` is a float in YAML 1.2, but the parser's core schema resolves `!!float` only on text it would
 * read as a float anyway (`68800.0`). This tag, found before the core ones, reads every core-schema float form.
 */
const FLOAT_TAG: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: false,
  identify: () => false,
  resolve(source, onError) {
    const value = coreFloat(source);
    if (value === undefined) onError(`Invalid !!float value: ${source.length > 40 ? `${source.slice(0, 39)}…` : source}`);
    return value ?? source;
  },
};

const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  // Checked below with one set per map: the parser compares each key with every key before it (minutes for 100k).
  uniqueKeys: false,
  // `!!binary`, `!!timestamp`, `!!set` are not values of the format: left unresolved, they are reported.
  resolveKnownTags: false,
  customTags: [FLOAT_TAG],
  // Whatever the parser would print is a finding instead; nothing of a dossier reaches the terminal through it.
  logLevel: 'silent',
};

/**
 * Parses one YAML source into dossier data with positions. Every problem of the text becomes a finding with a
 * position; nothing here throws on any input, and the work is linear in the size of the text.
 */
export function loadDossier(source: string): LoadResult {
  // YAML allows a lone CR as a line break, but the parser does not; one character for one keeps every position.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  const { yamlSyntax, schemaViolation } = INPUT_RULES;
  const lineCounter = new LineCounter();
  const parsed = parseWithinDepth(text, lineCounter);

  if ('refusedAt' in parsed) {
    const lookalike = lookalikeMarkerLine(text);
    if (!MARKER_LINE.test(text) && !lookalike) return { kind: 'not-a-dossier', reason: 'notMarked' };
    // Parsing stopped at the limit, so only lines up to it are counted: every finding is placed there or before.
    const range = rangeAt(lineCounter, parsed.refusedAt, parsed.refusedAt);
    const findings: PendingFinding[] = [{ rule: yamlSyntax, messageId: parsed.messageId, data: { limit: parsed.limit }, at: { range } }];
    if (lookalike && lookalike.start < parsed.refusedAt) {
      const at = { range: rangeAt(lineCounter, lookalike.start, lookalike.start + lookalike.key.length) };
      findings.push({ rule: schemaViolation, messageId: 'nearMissMarker', data: { key: showCodePoints(lookalike.key) }, at });
    }
    return { kind: 'dossier', data: undefined, locate: () => range, sourceAt: () => undefined, findings };
  }

  const documents = [...new Composer(YAML_OPTIONS).compose(parsed.tokens)];
  const first = documents[0];
  if (!first) return { kind: 'not-a-dossier', reason: whyNotADossier(text) };
  const problems = documents.flatMap((doc) => [...doc.errors, ...doc.warnings]);
  const locate = createLocator(first, lineCounter);
  const sourceAt = (path: DataPath) => scalarSourceAt(first, text, path);

  const lookalike = lookalikeMarker(first, text, lineCounter, problems.length > 0);
  if (lookalike) {
    const finding: PendingFinding = {
      rule: schemaViolation,
      messageId: 'nearMissMarker',
      data: { key: showCodePoints(lookalike.key) },
      at: { range: lookalike.range },
    };
    return { kind: 'dossier', data: undefined, locate, sourceAt, findings: [finding] };
  }
  if (!isMarkedAsDossier(first, text, problems.length > 0)) return { kind: 'not-a-dossier', reason: whyNotADossier(text) };

  const findings: PendingFinding[] = [];
  for (const token of parsed.tokens) {
    // The parser honours `%YAML 1.1` by reading the file with YAML 1.1 types (`yes` a boolean, `0012` octal).
    if (token.type === 'directive' && /^%YAML[ \t]+1\.1(?![^ \t#])/.test(token.source.slice(0, 64))) {
      const range = rangeAt(lineCounter, token.offset, token.offset + Math.min(token.source.length, 9));
      findings.push({ rule: yamlSyntax, messageId: 'yamlVersion', data: { version: '1.1' }, at: { range } });
    }
  }
  let syntaxReported = false;
  for (const problem of problems) {
    const range = rangeAt(lineCounter, problem.pos[0], problem.pos[1]);
    if (problem.code === 'TAB_AS_INDENT' && !syntaxReported) {
      syntaxReported = true;
      findings.push({ rule: yamlSyntax, messageId: 'tabIndent', at: { range } });
    } else if (!syntaxReported) {
      // One structural mistake cascades into parser errors on the lines after it; the first says what is wrong.
      syntaxReported = true;
      findings.push({ rule: yamlSyntax, messageId: 'syntax', data: { detail: yamlProblemDetail(problem.code, problem.message) }, at: { range } });
    }
  }
  const keys = checkKeys(documents, lineCounter, findings);
  const second = documents[1];
  if (second) {
    const start = second.range[0];
    findings.push({ rule: yamlSyntax, messageId: 'multipleDocuments', at: { range: rangeAt(lineCounter, start, start) } });
  }
  const aliasRange = keys.firstAlias?.range ? rangeAt(lineCounter, keys.firstAlias.range[0], keys.firstAlias.range[1]) : rangeAt(lineCounter, 0, 0);
  if (keys.aliases > MAX_ALIAS_COUNT) {
    // Each alias is looked up among all anchored nodes when the data is built: many aliases are quadratic work.
    findings.push({ rule: yamlSyntax, messageId: 'aliasAbuse', data: { limit: MAX_ALIAS_COUNT }, at: { range: aliasRange } });
  }

  // A file with findings is not validated, so its data is not built: that work is spared on hostile files.
  let data: unknown;
  if (findings.length === 0) {
    try {
      data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // yaml throws only for alias expansion beyond the limit here; report it at the first alias.
      findings.push({ rule: yamlSyntax, messageId: 'aliasAbuse', data: { limit: MAX_ALIAS_COUNT }, at: { range: aliasRange } });
      data = undefined;
    }
  }
  return { kind: 'dossier', data, locate, sourceAt, findings };
}

/**
 * Parses to the syntax tree, stopping as soon as collections nest deeper than the limit. The depth is read from the
 * parser's own stack of open nodes, so it counts what YAML nests (`- - -`, `? ? ?`, brackets, indentation) and
 * nothing inside quotes, comments or block scalars.
 */
function parseWithinDepth(text: string, lineCounter: LineCounter): { tokens: CST.Token[] } | Refused {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let aliases = 0;
  let firstAlias = 0;
  let afterScalarMark = false;
  for (const lexeme of new Lexer().lex(text)) {
    // An alias is a lexeme that starts with `*` and does not follow the lexer's scalar mark (a scalar may start so).
    if (!afterScalarMark && lexeme.charCodeAt(0) === 0x2a) {
      if (aliases === 0) firstAlias = parser.offset;
      // Counted here, before any node is built: composing a file of a million aliases is itself the attack.
      if (++aliases > MAX_ALIAS_COUNT) return { refusedAt: firstAlias, messageId: 'aliasAbuse', limit: MAX_ALIAS_COUNT };
    }
    afterScalarMark = lexeme === CST.SCALAR;
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds the document and at most a scalar besides the open collections, so it is short unless deep.
    if (parser.stack.length > MAX_NESTING) {
      const tooDeepAt = deepestOffset(parser.stack);
      if (tooDeepAt !== undefined) return { refusedAt: tooDeepAt, messageId: 'tooDeep', limit: MAX_NESTING };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

/** Where the first collection beyond the limit opens, when the open collections nest deeper than it. */
function deepestOffset(stack: readonly CST.Token[]): number | undefined {
  let depth = -1; // the top-level collection is the document itself, not nesting
  for (const token of stack) {
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (++depth > MAX_NESTING) return token.offset;
  }
  return undefined;
}

/** Why parsing stopped before the whole text was read: nesting too deep, or too many aliases. */
interface Refused {
  refusedAt: number;
  messageId: 'tooDeep' | 'aliasAbuse';
  limit: number;
}

/**
 * Key problems, found in one pass with a set per map: duplicate keys (two `city:` in one map, or `1` and `"1"`,
 * which become one key of the data), keys that are lists, maps or aliases (the data can only have text keys, and
 * turning a nested key into text is slow), and the aliases, counted. Findings are appended to `findings`, a map's
 * duplicates before what is inside it. A walk of its own rather than yaml's `visit`, which builds a new path array
 * for every node: on a batch that was a tenth of this engine's own time. Nesting is bounded before this runs.
 */
function checkKeys(documents: readonly Document.Parsed[], lineCounter: LineCounter, findings: PendingFinding[]) {
  const { yamlSyntax } = INPUT_RULES;
  let aliases = 0;
  let firstAlias: Node | undefined;
  const rangeOf = (node: Node) => rangeAt(lineCounter, node.range?.[0] ?? 0, node.range?.[1] ?? 0);
  const walkPair = (pair: Pair<unknown, unknown>) => {
    if (pair.key !== null && !isScalar(pair.key)) {
      // What is inside the key is not looked at: one finding for the key says what to change.
      findings.push({ rule: yamlSyntax, messageId: 'complexKey', at: { range: rangeOf(pair.key as Node) } });
      return;
    }
    walk(pair.value);
  };
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const { key } of node.items) {
        if (key !== null && !isScalar(key)) continue;
        const name = keyText(key === null ? null : key.value);
        if (!seen.has(name)) seen.add(name);
        else if (key) findings.push({ rule: yamlSyntax, messageId: 'duplicateKey', data: { key: name }, at: { range: rangeOf(key) } });
      }
      for (const pair of node.items) walkPair(pair);
    } else if (isSeq(node)) {
      // A flow sequence holds a pair for `[a: b]`.
      for (const item of node.items) isPair(item) ? walkPair(item) : walk(item);
    } else if (isAlias(node)) {
      aliases++;
      firstAlias ??= node;
    }
  };
  for (const document of documents) walk(document.contents);
  return { aliases, firstAlias };
}

/** A key as the data will have it: JavaScript object keys are text. */
function keyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The YAML 1.2 core schema's float forms, or undefined. Both patterns are anchored and linear. */
function coreFloat(source: string): number | undefined {
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(source)) return source.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(source)) return NaN;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source)) return Number(source);
  return undefined;
}

function whyNotADossier(text: string): NotADossier {
  if (text.trim() === '') return 'emptyFile';
  const onlyComments = text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
  return onlyComments ? 'onlyComments' : 'notMarked';
}

function isMarkedAsDossier(document: Document.Parsed, text: string, broken: boolean): boolean {
  if (isMap(document.contents) && document.contents.has(FORMAT_KEY)) return true;
  // A broken file may not parse far enough to show its keys; a marker at the start of a line still tells.
  return broken && MARKER_LINE.test(text);
}

/** A top-level key that only looks like the format key, when the format key itself is absent. */
function lookalikeMarker(document: Document.Parsed, text: string, lineCounter: LineCounter, broken: boolean): { key: string; range: SourceRange } | undefined {
  const contents = document.contents;
  if (isMap(contents)) {
    if (contents.has(FORMAT_KEY)) return undefined;
    for (const { key } of contents.items) {
      if (isScalar(key) && typeof key.value === 'string' && key.range && looksLike(key.value, FORMAT_KEY)) {
        return { key: key.value, range: rangeAt(lineCounter, key.range[0], key.range[1]) };
      }
    }
  }
  if (!broken || MARKER_LINE.test(text)) return undefined;
  const line = lookalikeMarkerLine(text);
  return line && { key: line.key, range: rangeAt(lineCounter, line.start, line.start + line.key.length) };
}

/**
 * A line that starts with a lookalike of the format key, for a file the parser could not read to the end. Only the
 * first few characters of each line are looked at, so a long line costs no more than a short one.
 */
function lookalikeMarkerLine(text: string): { key: string; start: number } | undefined {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const head = text.slice(start, Math.min(end, start + FORMAT_KEY.length * 4 + 4));
    const colon = head.indexOf(':');
    if (colon > 0 && !/^\s/.test(head)) {
      let key = head.slice(0, colon).trimEnd();
      if (key.length > 1 && (key[0] === '"' || key[0] === "'") && key.at(-1) === key[0]) key = key.slice(1, -1);
      if (looksLike(key, FORMAT_KEY)) return { key, start };
    }
    start = end + 1;
  }
  return undefined;
}
