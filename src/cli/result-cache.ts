// The result cache of `check --cache`. Deliberately light: it imports Node's own modules and small tables, never the
// YAML parser, the schema validator or the rules, so a run whose dossiers are all unchanged loads none of them.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { EvidenceReader } from '../engine/check.js';
import { catalogueFingerprint } from '../engine/catalogue-fingerprint.js';
import { BUILT_IN_CATALOGUE } from '../engine/generated/catalogue-fingerprint.js';
import type { CheckOptions, DossierResult, Lang, Localized, SkippedFile } from '../engine/types.js';
import { TOOL } from '../engine/version.js';
import { PARAMETERS } from '../notice/parameters.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import type { EvidenceFile, Rule } from '../rules/define-rule.js';
import { CACHE_FILE_NAME } from './cache-file-name.js';

export { CACHE_FILE_NAME };

/** Bumped whenever the file's layout or the meaning of an entry changes: a file of another format is rebuilt. */
const FORMAT = 'dossier-check-cache/2';

/** What checking one file gave: a dossier's result, or why the file is not a dossier. */
export type FileOutcome = { kind: 'dossier'; result: DossierResult } | { kind: 'skipped'; skipped: SkippedFile };

/** Everything besides the file and its evidence that decides a file's outcome. The report's language does not. */
export interface CacheContext {
  tool: { name: string; version: string };
  /** `catalogueFingerprint` of the rules and checklists in force. */
  catalogue: string;
  asOf: string;
  /** The `--rule` selection, sorted; absent when every rule runs. */
  only?: readonly string[];
  maxFileSize: number;
  /** The time-dependent parameters, every value of every one: rules read them at dates other than the as-of date. */
  parameters: unknown;
  /** The reviewer's configuration of rules (off, severity) and of parameter values; absent when it sets none. */
  configured?: { rules?: unknown; parameters?: unknown };
}

export interface CacheContextOptions {
  asOf: string;
  only?: ReadonlySet<string>;
  maxFileSize: number;
  /** Rules embedded instead of the built-in ones; their fingerprint is computed, as they are loaded already. */
  rules?: readonly Rule[];
  /** Stands in for this tool's name and version, to show that another version misses. */
  tool?: { name: string; version: string };
  ruleSettings?: CheckOptions['ruleSettings'];
  parameterOverrides?: CheckOptions['parameterOverrides'];
}

/** The context of a run with these options, without loading the built-in rules: their fingerprint is generated. */
export function cacheContext(options: CacheContextOptions): CacheContext {
  return {
    tool: options.tool ?? TOOL,
    catalogue: options.rules ? `embedded:${catalogueFingerprint(options.rules, [])}` : BUILT_IN_CATALOGUE,
    asOf: options.asOf,
    ...(options.only ? { only: [...options.only].sort() } : {}),
    maxFileSize: options.maxFileSize,
    parameters: PARAMETERS,
    ...(options.ruleSettings || options.parameterOverrides
      ? {
          configured: {
            ...(options.ruleSettings ? { rules: options.ruleSettings } : {}),
            ...(options.parameterOverrides ? { parameters: options.parameterOverrides } : {}),
          },
        }
      : {}),
  };
}

/**
 * Where the cache lives: `.dossier-check-cache` in the working folder by default; `--cache-location` names a file,
 * or a folder (an existing one, or a path ending in a separator) that then holds `.dossier-check-cache`, as ESLint.
 */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, CACHE_FILE_NAME);
  const full = resolve(cwd, location);
  if (/[/\\]$/.test(location) || isDirectory(full)) return join(full, CACHE_FILE_NAME);
  return full;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A dossier file about to be checked: where it is, the name its report shows, and the bytes that were read. */
export interface CachedFile {
  /** Absolute: the entry's name in the cache, and the folder its evidence paths are relative to. */
  path: string;
  name: string;
  explicit: boolean;
  bytes: Uint8Array;
}

interface Entry {
  /** SHA-256 of the context, the file's name, whether it was named explicitly, and its bytes. */
  key: string;
  /** Every evidence path the check asked for, with what reading it gave then: the same answers give the same result. */
  evidence: [string, EvidenceFile][];
  outcome: FileOutcome;
}

/**
 * Outcomes of files already checked, keyed by everything that decides them. A lookup re-reads what the entry
 * depends on (the bytes were read by the caller; the evidence files are hashed again) and serves the stored outcome
 * only if all of it is unchanged; anything else is a miss, checked afresh and stored. The file is read once when
 * opened and replaced once by `save`, atomically (a temporary file in the same folder, then a rename), so two runs
 * sharing it leave the complete file of whichever wrote last, never a mixture.
 */
export class ResultCache {
  private readonly previous: Map<string, Entry>;
  private readonly current = new Map<string, Entry>();
  private readonly contextHash: string;
  private changed = false;

  constructor(
    readonly file: string,
    context: CacheContext,
    private readonly warn: (line: string) => void,
    /** The language of the warnings. */
    private readonly lang: Lang = 'en',
  ) {
    this.contextHash = sha256(JSON.stringify([FORMAT, context]));
    this.previous = this.load();
  }

  /**
   * The outcome of `file`: from the cache when its entry still holds, else from `compute`, which gets an evidence
   * reader that records what the check asks for. Outcomes of a check that failed inside (an internal error, which
   * carries `debug` traces) are not stored, so the next run tries again.
   */
  async check(file: CachedFile, evidence: EvidenceReader, compute: (evidence: EvidenceReader) => FileOutcome | Promise<FileOutcome>): Promise<FileOutcome> {
    const key = this.keyOf(file);
    const entry = this.previous.get(file.path);
    if (entry && entry.key === key && entry.evidence.every(([path, then]) => sameEvidence(evidence(path), then))) {
      this.current.set(file.path, entry);
      return entry.outcome;
    }
    const asked = new Map<string, EvidenceFile>();
    const recording: EvidenceReader = (path) => {
      const read = evidence(path);
      if (!asked.has(path)) asked.set(path, read);
      return read;
    };
    const outcome = await compute(recording);
    this.changed = true;
    if (outcome.kind === 'skipped' || outcome.result.debug === undefined) this.current.set(file.path, { key, evidence: [...asked], outcome });
    return outcome;
  }

  /**
   * Writes the cache if anything changed: this run's entries, and earlier entries of files this run did not look at
   * that still exist (a run on one folder keeps another folder's entries). A failure to write is one warning: the
   * run's results stand.
   */
  save(): void {
    for (const [path, entry] of this.previous) {
      if (this.current.has(path)) continue;
      if (exists(path)) this.current.set(path, entry);
      else this.changed = true;
    }
    if (!this.changed) return;
    const temporary = `${this.file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries: [...this.current] }));
      renameSync(temporary, this.file);
    } catch (error) {
      removeQuietly(temporary);
      const file = escapeForTerminal(this.file);
      const why = escapeForTerminal(errorText(error));
      this.warn(this.lang === 'zh' ? `dossier-check: 无法写入缓存文件 ${file}（${why}）` : `dossier-check: could not write the cache file ${file} (${why})`);
    }
  }

  private keyOf(file: CachedFile): string {
    return createHash('sha256').update(`${this.contextHash}\0${file.name}\0${file.explicit}\0`).update(file.bytes).digest('hex');
  }

  /** The entries of the cache file; none when it does not exist, and none with one warning when it is unusable. */
  private load(): Map<string, Entry> {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      // Not there (yet): no warning here; if it cannot be written either, saving says so.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return new Map();
      const detail = errorText(error);
      return this.unusable({ zh: `读取出错（${detail}）`, en: detail });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.unusable({ zh: '不是有效的 JSON', en: 'not valid JSON' });
    }
    if (!isRecord(parsed) || parsed.format !== FORMAT || !Array.isArray(parsed.entries))
      return this.unusable({ zh: `不是 ${FORMAT} 格式的缓存`, en: `not a cache of format ${FORMAT}` });
    const entries = new Map<string, Entry>();
    for (const item of parsed.entries) {
      if (!isEntryItem(item)) return this.unusable({ zh: '有一条记录格式错误', en: 'a malformed entry' });
      entries.set(item[0], item[1]);
    }
    return entries;
  }

  private unusable(reason: Localized): Map<string, Entry> {
    this.changed = true;
    const file = escapeForTerminal(this.file);
    const why = escapeForTerminal(reason[this.lang]);
    this.warn(
      this.lang === 'zh'
        ? `dossier-check: 忽略缓存文件 ${file}（${why}），将重新生成`
        : `dossier-check: ignoring the cache file ${file} (${why}); it is rebuilt`,
    );
    return new Map();
  }
}

function sameEvidence(now: EvidenceFile, then: EvidenceFile): boolean {
  if (now.ok || then.ok) return now.ok && then.ok && now.sha256 === then.sha256;
  return now.reason.zh === then.reason.zh && now.reason.en === then.reason.en;
}

/** The shape of an entry as this code writes it; anything else makes the file unusable rather than crash a report. */
function isEntryItem(item: unknown): item is [string, Entry] {
  if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string' || !isRecord(item[1])) return false;
  const { key, evidence, outcome } = item[1];
  if (typeof key !== 'string' || !Array.isArray(evidence) || !isRecord(outcome)) return false;
  if (!evidence.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && isEvidenceFile(pair[1]))) return false;
  if (outcome.kind === 'skipped') return isRecord(outcome.skipped) && typeof outcome.skipped.file === 'string' && isRecord(outcome.skipped.reason);
  if (outcome.kind !== 'dossier' || !isRecord(outcome.result)) return false;
  const { file, verdict, findings, checklist } = outcome.result;
  return typeof file === 'string' && (verdict === 'pass' || verdict === 'fail') && Array.isArray(findings) && Array.isArray(checklist);
}

function isEvidenceFile(value: unknown): value is EvidenceFile {
  if (!isRecord(value)) return false;
  if (value.ok === true) return typeof value.sha256 === 'string';
  return value.ok === false && isRecord(value.reason) && typeof value.reason.zh === 'string' && typeof value.reason.en === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Nothing was written, or it is already gone.
  }
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
