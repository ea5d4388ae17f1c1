import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeSource } from '../engine/decode.js';
import { loadDossier } from '../engine/load.js';
import { formatMessage } from '../engine/messages.js';
import { displayName, evidenceReaders, readBytes } from '../engine/sources.js';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/read-limits.js';
import type { Lang, Localized } from '../engine/types.js';
import { EXIT } from '../engine/exit-code.js';
import { type SealEntry, sealDossierText } from '../dossier/seal-edit.js';
import { escapeForTerminal as safe } from '../report/terminal-text.js';
import type { CliIo } from './io.js';

export interface SealFlags {
  dryRun: boolean;
  lang: Lang;
}

const WORDS = {
  nothing: { zh: '无需更改', en: 'nothing to change' },
  none: { zh: '（无）', en: '(none)' },
  notSealed: { zh: '未封存', en: 'not sealed' },
  notADossier: { zh: '不是资料文件（没有 dossierFormat 键），未封存', en: 'not a dossier (no dossierFormat key); not sealed' },
  notUtf8: {
    zh: '不是 UTF-8 文本，未封存：seal 只写 UTF-8 资料，请先转换编码',
    en: 'not UTF-8 text; not sealed: seal writes UTF-8 dossiers only, convert it first',
  },
  yamlRefused: { zh: '未封存', en: 'not sealed' },
  notWritten: { zh: '无法写入', en: 'could not be written' },
  changedMeanwhile: { zh: '封存期间文件被修改，未写入', en: 'the file changed while it was being sealed; not written' },
  sealed: {
    zh: (hashes: number, dossiers: number) => `已在 ${dossiers} 份资料中写入 ${hashes} 个 SHA-256。`,
    en: (hashes: number, dossiers: number) =>
      `Sealed ${hashes} SHA-256 ${hashes === 1 ? 'hash' : 'hashes'} in ${dossiers} ${dossiers === 1 ? 'dossier' : 'dossiers'}.`,
  },
  wouldSeal: {
    zh: (hashes: number, dossiers: number) => `将在 ${dossiers} 份资料中写入 ${hashes} 个 SHA-256（--dry-run：未写入任何文件）。`,
    en: (hashes: number, dossiers: number) =>
      `Would seal ${hashes} SHA-256 ${hashes === 1 ? 'hash' : 'hashes'} in ${dossiers} ${dossiers === 1 ? 'dossier' : 'dossiers'} (--dry-run: nothing written).`,
  },
  nothingAtAll: { zh: '无需更改。', en: 'Nothing to change.' },
} as const;

/** Hex digits shown of a hash in what seal prints: enough to tell two apart at a glance, the file has them all. */
const SHORT = 12;

/**
 * `dossier-check seal FILE...`: writes the SHA-256 of every evidence file into each dossier, the only command that
 * writes a dossier. Each file is read, refused when it is not a UTF-8 dossier without YAML errors, edited as text
 * (`sealDossierText`) and written atomically when anything changed; it prints what changed. Exit code: 0 when every
 * evidence file is sealed, 1 when one could not be read (and so is not sealed), 2 when a file was refused.
 */
export function runSeal(paths: readonly string[], flags: SealFlags, io: CliIo): number {
  const { lang } = flags;
  const evidence = evidenceReaders();
  let code: number = EXIT.ok;
  let hashes = 0;
  let dossiers = 0;
  const seen = new Set<string>();
  for (const path of paths) {
    const full = resolve(io.cwd, path);
    if (seen.has(full)) continue;
    seen.add(full);
    const shown = displayName(full, io.cwd);
    const refuse = (why: string) => {
      io.stderr.write(`dossier-check: ${safe(why)}\n`);
      code = EXIT.toolFailure;
    };
    const read = readBytes(full, DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) {
      const detail = read.failure.kind === 'tooLarge' ? { zh: '文件过大', en: 'too large' } : read.failure.detail;
      refuse(`${shown}: ${detail[lang]}; ${WORDS.yamlRefused[lang]}`);
      continue;
    }
    const decoded = decodeSource(read.bytes);
    if (!decoded.ok || decoded.convertedFrom) {
      refuse(`${shown}: ${WORDS.notUtf8[lang]}`);
      continue;
    }
    const problem = yamlProblem(decoded.text, lang);
    if (problem) {
      refuse(`${shown}:${problem}`);
      continue;
    }
    let result: ReturnType<typeof sealDossierText>;
    try {
      const reader = evidence(full);
      result = sealDossierText(decoded.text, (file) => {
        const found = reader(file);
        return found.ok ? { ok: true, sha256: found.sha256 } : { ok: false, reason: found.reason };
      });
    } catch (error) {
      refuse(`${shown}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const changes = result.entries.filter((entry) => entry.outcome.kind === 'added' || entry.outcome.kind === 'changed');
    const problems = result.entries.filter((entry) => entry.outcome.kind === 'notSealed');
    if (problems.length > 0 && code === EXIT.ok) code = EXIT.findings;
    if (changes.length > 0 && !flags.dryRun) {
      const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0);
      let written: boolean;
      try {
        written = writeAtomically(full, read.bytes, Buffer.concat([bom, Buffer.from(result.text, 'utf8')]));
      } catch (error) {
        const errno = (error as NodeJS.ErrnoException).code;
        refuse(`${shown}: ${errno ?? String(error)}; ${WORDS.notWritten[lang]}`);
        continue;
      }
      if (!written) {
        refuse(`${shown}: ${WORDS.changedMeanwhile[lang]}`);
        continue;
      }
    }
    if (changes.length > 0) {
      hashes += changes.length;
      dossiers++;
    }
    io.stdout.write(fileBlock(shown, changes, problems, lang));
  }
  const total = hashes === 0 ? WORDS.nothingAtAll[lang] : (flags.dryRun ? WORDS.wouldSeal : WORDS.sealed)[lang](hashes, dossiers);
  io.stdout.write(`${total}\n`);
  return code;
}

/** ` 12:5: <what is wrong>; not sealed` for the first problem of the YAML as `check` reports it, if any. */
function yamlProblem(text: string, lang: Lang): string | undefined {
  const loaded = loadDossier(text);
  if (loaded.kind === 'not-a-dossier') return ` ${WORDS.notADossier[lang]}`;
  const first = loaded.findings.find((finding) => 'range' in finding.at);
  if (!first || !('range' in first.at)) return undefined;
  const template: Localized | undefined = first.rule.meta.messages[first.messageId];
  const message = template ? formatMessage(template, first.data)[lang] : first.messageId;
  return `${first.at.range.line}:${first.at.range.column}: ${message}; ${WORDS.yamlRefused[lang]}`;
}

/** At least `SHORT` digits, and as many as it takes to show where two hashes differ (a tampered file may differ late). */
function shortLength(a: string, b: string): number {
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  return Math.max(SHORT, same + 1);
}

function fileBlock(shown: string, changes: readonly SealEntry[], problems: readonly SealEntry[], lang: Lang): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [changes.length === 0 ? `${safe(shown)}${colon}${WORDS.nothing[lang]}` : safe(shown)];
  const label = (entry: SealEntry) => `  ${safe(entry.id ?? `documents[${entry.index}]`)}  ${safe(entry.file)}`;
  for (const entry of changes) {
    const { outcome } = entry;
    if (outcome.kind !== 'added' && outcome.kind !== 'changed') continue;
    const shown = outcome.kind === 'added' ? SHORT : shortLength(outcome.from, outcome.sha256);
    const from = outcome.kind === 'added' ? WORDS.none[lang] : safe(outcome.from.slice(0, shown));
    lines.push(`${label(entry)}  sha256 ${from} → ${outcome.sha256.slice(0, shown)}`);
  }
  for (const entry of problems) {
    if (entry.outcome.kind === 'notSealed') lines.push(`${label(entry)}  ${WORDS.notSealed[lang]}${colon}${safe(entry.outcome.reason[lang])}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Replaces the file at `path` with `bytes`: written to a temporary file in the same folder with the file's mode,
 * flushed, then renamed over it, so a reader sees the old file or the new one, never a part. The real path is
 * written, so a dossier reached through a link stays a link. Returns false, writing nothing, when the file no longer
 * holds the bytes it was sealed from.
 */
function writeAtomically(path: string, original: Uint8Array, bytes: Uint8Array): boolean {
  const target = realpathSync(path);
  const { mode } = statSync(target);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.seal-tmp`);
  const fd = openSync(temporary, 'wx', mode & 0o7777);
  try {
    try {
      writeSync(fd, bytes);
      // The umask may have narrowed the mode given to open.
      chmodSync(temporary, mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const current = readBytes(target, DEFAULT_MAX_FILE_SIZE);
    if (!current.ok || !Buffer.from(current.bytes).equals(Buffer.from(original))) {
      unlinkSync(temporary);
      return false;
    }
    renameSync(temporary, target);
    return true;
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Renamed already, or never created.
    }
    throw error;
  }
}
