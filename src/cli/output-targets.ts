import { resolve } from 'node:path';
import { closestMatch } from '../engine/suggest.js';
import { FORMAT_NAMES, type FormatName } from '../report/format-names.js';
import { UsageError } from './errors.js';

/** One report of a run: a format, written to standard output or, when `file` is set, to that file. */
export interface ReportTarget {
  format: FormatName;
  /** As given on the command line, relative to the working folder; absent for standard output. */
  file?: string;
}

/**
 * Where each report of a run goes, from the repeated `--format NAME[=FILE]` and `-o/--output FILE`:
 *
 * - `--format NAME` writes to standard output, `--format NAME=FILE` to FILE (split at the first `=`, since no format
 *   name holds one); without `--format`, the report is `text`.
 * - `-o FILE` is where the one format given without `=FILE` goes (or `text`, when no format is given), as ESLint's
 *   `-f NAME -o FILE`. It is a usage error when several formats lack a file (which one would it be?) or none does
 *   (it would name nobody's file).
 * - At most one report goes to standard output: two would be interleaved into something neither reader can parse.
 * - No two reports go to the same file (compared as resolved paths), which would keep only the last.
 */
export function reportTargets(formats: readonly string[], output: string | undefined, cwd: string): ReportTarget[] {
  const targets = (formats.length > 0 ? formats : ['text']).map(parseTarget);
  const toStdout = targets.filter((target) => target.file === undefined);
  if (output !== undefined) {
    if (output === '') throw new UsageError({ zh: '--output 须给出文件名', en: '--output expects a file name' });
    if (toStdout.length === 0) {
      throw new UsageError({
        zh: `--output ${output} 没有对应的报告：每个 --format 都已有自己的文件（去掉 -o，或留一个 --format 不带“=文件”）`,
        en: `--output ${output} names no report: every --format already has its own file (drop -o, or give one --format without "=FILE")`,
      });
    }
    if (toStdout.length > 1) {
      const formats = toStdout.map((t) => t.format);
      throw new UsageError({
        zh: `--output ${output} 只能对应一个不带“=文件”的 --format，但给出了 ${toStdout.length} 个（${formats.join('、')}）；请为其余的加上“=文件”`,
        en: `--output ${output} fits one --format without "=FILE", but ${toStdout.length} are given (${formats.join(', ')}); give the others "=FILE"`,
      });
    }
    toStdout[0]!.file = output;
  } else if (toStdout.length > 1) {
    const formats = toStdout.map((t) => t.format);
    throw new UsageError({
      zh: `标准输出只能写一份报告，但 ${formats.join('、')} 都会写到标准输出；请用 --format 格式=文件 把其余的写到文件`,
      en: `at most one report can go to standard output, but ${formats.join(' and ')} would; write the others to files with --format NAME=FILE`,
    });
  }
  const seen = new Set<string>();
  for (const { file } of targets) {
    if (file === undefined) continue;
    const path = resolve(cwd, file);
    if (seen.has(path)) {
      throw new UsageError({
        zh: `两份报告会写到同一个文件 ${file}；请为每份报告指定各自的文件`,
        en: `two reports would be written to ${file}; give each its own file`,
      });
    }
    seen.add(path);
  }
  return targets;
}

function parseTarget(value: string): ReportTarget {
  const equals = value.indexOf('=');
  const name = equals < 0 ? value : value.slice(0, equals);
  const file = equals < 0 ? undefined : value.slice(equals + 1);
  if (!isFormatName(name)) {
    const nearest = closestMatch(name, FORMAT_NAMES);
    throw new UsageError({
      zh: `未知的报告格式“${name}”${nearest ? `；是否想写“${nearest}”？` : ''}（可用格式：${FORMAT_NAMES.join('、')}）`,
      en: `unknown format "${name}"${nearest ? `; did you mean "${nearest}"?` : ''} (formats: ${FORMAT_NAMES.join(', ')})`,
    });
  }
  if (file === '') throw new UsageError({ zh: `--format ${name}= 的“=”后须给出文件名`, en: `--format ${name}= expects a file name after "="` });
  return file === undefined ? { format: name } : { format: name, file };
}

function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
