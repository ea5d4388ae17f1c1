import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Pair, type YAMLMap } from 'yaml';
import type { Localized } from '../engine/types.js';

/** What reading an evidence file gave: its SHA-256, or why it cannot be sealed. */
export type EvidenceRead = { ok: true; sha256: string } | { ok: false; reason: Localized };

/** What sealing did (or would do) to one document's evidence. */
export type SealOutcome =
  | { kind: 'added'; sha256: string }
  | { kind: 'changed'; from: string; sha256: string }
  | { kind: 'unchanged'; sha256: string }
  | { kind: 'notSealed'; reason: Localized };

export interface SealEntry {
  /** The document's index in `documents`, and its id when it has a text one. */
  index: number;
  id?: string;
  /** The evidence path as the dossier names it. */
  file: string;
  outcome: SealOutcome;
}

export interface SealResult {
  /** The new text: the old one with only the hash values written or added. */
  text: string;
  entries: SealEntry[];
}

const WORDS = {
  alias: { zh: '证明文件写为别名（*），请在锚点（&）处封存', en: 'the evidence is written as an alias (*); seal it where its anchor (&) is' },
  notScalar: { zh: 'sha256 的写法无法改写（应为单行文字）', en: 'the sha256 value is not written as one line of text, which seal can rewrite' },
} as const;

/** The parser's reading of a dossier: as the engine reads it (YAML 1.2, keys compared there, not here). */
const PARSE_OPTIONS = { version: '1.2', uniqueKeys: false, keepSourceTokens: true, logLevel: 'silent' } as const;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Records the SHA-256 of each document's evidence file into `evidence.sha256`, as text in → text out: every byte
 * outside the hash values stays as it was (comments, key order, quoting, blank lines, line ends). An existing value
 * is rewritten in its own quoting; a missing one is added as the mapping's last key, in the mapping's own style
 * (a line at the indentation of its keys, or `, sha256: …` inside braces). `read` gives each file's hash; a file it
 * refuses is left as it is. The text must parse without errors (the caller refuses one that does not); the result
 * is parsed again and must hold the same data but for the hashes, or this throws rather than return it.
 */
export function sealDossierText(text: string, read: (file: string) => EvidenceRead): SealResult {
  const document = parse(text);
  const entries: SealEntry[] = [];
  const edits: Edit[] = [];
  const expected = document.toJS() as unknown;
  const documents = isMap(document.contents) ? document.contents.get('documents', true) : undefined;
  if (isSeq(documents)) {
    for (const [index, item] of documents.items.entries()) {
      if (!isMap(item)) continue;
      const id = item.get('id');
      const evidenceNode = item.get('evidence', true);
      const base = { index, ...(typeof id === 'string' ? { id } : {}) };
      if (evidenceNode === undefined || evidenceNode === null) continue;
      if (!isMap(evidenceNode)) {
        const file = aliasedFile(evidenceNode, document);
        if (file !== undefined) entries.push({ ...base, file, outcome: { kind: 'notSealed', reason: WORDS.alias } });
        continue;
      }
      const file = evidenceNode.get('file');
      if (typeof file !== 'string') continue;
      const found = read(file);
      if (!found.ok) {
        entries.push({ ...base, file, outcome: { kind: 'notSealed', reason: found.reason } });
        continue;
      }
      const planned = planEdit(text, evidenceNode, found.sha256);
      entries.push({ ...base, file, outcome: planned.outcome });
      if (planned.edit) {
        edits.push(planned.edit);
        setHash(expected, index, found.sha256);
      }
    }
  }
  // From the end, so the offsets of the edits still to make stay right.
  let sealed = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) sealed = sealed.slice(0, edit.start) + edit.text + sealed.slice(edit.end);
  if (edits.length > 0) {
    const reread = parse(sealed);
    if (reread.errors.length > 0 || !isDeepStrictEqual(reread.toJS(), expected)) {
      throw new Error('sealing would change more than the evidence hashes; the dossier was left as it is');
    }
  }
  return { text: sealed, entries };
}

function parse(text: string): Document.Parsed {
  // YAML allows a lone CR as a line break, the parser does not: one character for one keeps every offset, as the engine does.
  return parseDocument(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, PARSE_OPTIONS);
}

/** The file an alias `evidence: *x` stands for, to say why it is not sealed here. */
function aliasedFile(node: unknown, document: Document.Parsed): string | undefined {
  if (node === null || typeof node !== 'object' || !('resolve' in node) || typeof node.resolve !== 'function') return undefined;
  const target: unknown = node.resolve(document);
  if (!isMap(target)) return undefined;
  const file = target.get('file');
  return typeof file === 'string' ? file : undefined;
}

function setHash(data: unknown, index: number, sha256: string): void {
  const documents = (data as { documents: { evidence: Record<string, unknown> }[] }).documents;
  const evidence = documents[index]?.evidence;
  if (evidence) evidence.sha256 = sha256;
}

function planEdit(text: string, evidence: YAMLMap, sha256: string): { outcome: SealOutcome; edit?: Edit } {
  const pair = evidence.items.find((item) => isScalar(item.key) && item.key.value === 'sha256');
  if (pair) {
    const value = pair.value;
    if (!isScalar(value) || !value.range || !REWRITABLE.has(value.type ?? '')) return { outcome: { kind: 'notSealed', reason: WORDS.notScalar } };
    const current = value.value === null ? undefined : String(value.value);
    if (current === sha256) return { outcome: { kind: 'unchanged', sha256 } };
    const outcome: SealOutcome = current === undefined ? { kind: 'added', sha256 } : { kind: 'changed', from: current, sha256 };
    // `sha256:` with no value: a null scalar of no width, just after the colon.
    if (current === undefined && value.range[0] === value.range[1]) {
      return { outcome, edit: { start: value.range[0], end: value.range[1], text: ` ${scalarText(sha256, Scalar.PLAIN)}` } };
    }
    return { outcome, edit: { start: value.range[0], end: value.range[1], text: scalarText(sha256, value.type) } };
  }
  return { outcome: { kind: 'added', sha256 }, edit: addedPair(text, evidence, sha256) };
}

/** Styles of a value rewritten in place: one line of text, in the quoting its author chose. */
const REWRITABLE: ReadonlySet<string> = new Set([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

function scalarText(sha256: string, type: Scalar.Type | undefined): string {
  if (type === Scalar.QUOTE_DOUBLE) return `"${sha256}"`;
  if (type === Scalar.QUOTE_SINGLE) return `'${sha256}'`;
  // Hexadecimal digits alone can read as a number (`1234…`, `12e4…`): such a hash is quoted to stay text.
  return /^\d+(e\d+)?$/.test(sha256) ? `"${sha256}"` : sha256;
}

/** `sha256: …` added as the mapping's last pair, after whatever ends the last one's line (a comment). */
function addedPair(text: string, evidence: YAMLMap, sha256: string): Edit {
  const value = scalarText(sha256, Scalar.PLAIN);
  const last = evidence.items.at(-1) as Pair<unknown, unknown>;
  const lastNode = (last.value ?? last.key) as { range?: [number, number, number] | null } | null;
  const end = lastNode?.range?.[1] ?? 0;
  if (evidence.flow) return { start: end, end, text: `, sha256: ${value}` };
  const first = evidence.items[0]!.key as { range?: [number, number, number] | null };
  const keyStart = first.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = ' '.repeat(keyStart - lineStart);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lastValue = last.value;
  if (isScalar(lastValue) && (lastValue.type === Scalar.BLOCK_LITERAL || lastValue.type === Scalar.BLOCK_FOLDED)) {
    // A block scalar's text runs to the next key: the pair goes first instead, before the mapping's first key.
    return { start: keyStart, end: keyStart, text: `sha256: ${value}${newline}${indent}` };
  }
  const lineBreak = text.indexOf('\n', end);
  const at = lineBreak === -1 ? text.length : text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
  return { start: at, end: at, text: `${newline}${indent}sha256: ${value}` };
}
