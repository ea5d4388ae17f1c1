import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Lang, Localized } from '../engine/types.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import { ToolFailure, UsageError } from './errors.js';
import { type Choice, EXAMPLE_FILE, listChoices, SCHEMA_FILE, schemaChoices } from './init-choices.js';
import type { CliIo } from './io.js';
import { langFromEnv } from './options.js';

// What `init` does: writes a dossier skeleton or the example. Imported when the command runs.

/** Where a project that installs dossier-check has its schema, so the editor finds it without a network. */
const INSTALLED_SCHEMA = ['node_modules', 'dossier-check', 'schemas', 'dossier.schema.json'] as const;

const STDOUT = '-';

/** Modes a project without demolition may leave out: rural houses are rebuilt in place; infrastructure may demolish nothing. */
const MODE_OPTIONAL = new Set(['rural-dilapidated-housing', 'supporting-infrastructure']);

/** The one-line messages of the command; `{…}` is filled in. */
const MESSAGES = {
  categoryMissing: { zh: '缺少 --category：请选择项目类别：{choices}', en: 'missing --category: choose the project category: {choices}' },
  categoryUnknown: { zh: '未知的项目类别“{value}”；可选：{choices}', en: 'unknown project category "{value}"; choose one of: {choices}' },
  modeMissing: {
    zh: '缺少 --mode：{category}项目须写明安置方式：{choices}（两种并用时写 --mode monetized,built-housing）',
    en: 'missing --mode: a {category} project states its resettlement mode: {choices} (both: --mode monetized,built-housing)',
  },
  modeUnknown: { zh: '未知的安置方式“{value}”；可选：{choices}', en: 'unknown resettlement mode "{value}"; choose from: {choices}' },
  exampleWithSkeleton: {
    zh: '--example 写出示例资料，不能同时使用 --category 或 --mode',
    en: '--example writes the example dossier and takes no --category or --mode',
  },
  exists: {
    zh: '{file} 已存在，未覆盖；请换一个文件名，或先移走原文件',
    en: '{file} already exists and was not overwritten; choose another name or move the file first',
  },
  noFolder: { zh: '无法写入 {file}：文件夹 {folder} 不存在', en: 'cannot write {file}: the folder {folder} does not exist' },
  cannotWrite: { zh: '无法写入 {file}：{reason}', en: 'cannot write {file}: {reason}' },
  wroteSkeleton: {
    zh: '已写出 {file}：{what}的资料骨架。\n下一步：把“待填写”和注释中的示例换成本项目的内容，然后运行 dossier-check check {file}',
    en: 'Wrote {file}: a dossier skeleton for {what}.\nNext: replace each 待填写 ("to fill in") and the commented examples with the project\'s own, then run dossier-check check {file}',
  },
  wroteExample: {
    zh: '已写出 {file}：示例资料（城镇棚户区，建设安置房安置）。运行 dossier-check check {file} 查看检查报告',
    en: 'Wrote {file}: the example dossier (urban shantytown, resettlement in built housing). Run dossier-check check {file} to see its report',
  },
} as const satisfies Record<string, Localized>;

/** Both languages of a message, for an error that is printed in the run's language. */
function both(message: Localized, data: Readonly<Record<string, string | Localized>> = {}): Localized {
  const inLang = (lang: Lang) => Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? value : value[lang]]));
  return { zh: say(message, 'zh', inLang('zh')), en: say(message, 'en', inLang('en')) };
}

function say(message: Localized, lang: Lang, data: Readonly<Record<string, string>> = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}

export interface InitFlags {
  category?: string;
  mode?: string[];
  example?: boolean;
  lang?: Lang;
}

export async function runInit(file: string, flags: InitFlags, io: CliIo): Promise<number> {
  const lang = flags.lang === 'zh' || flags.lang === 'en' ? flags.lang : langFromEnv(io.env);
  if (flags.lang !== undefined && flags.lang !== lang)
    throw new UsageError({ zh: `--lang 须为 zh 或 en，而不是“${flags.lang}”`, en: `--lang expects zh or en, got "${flags.lang}"` });
  const toStdout = file === STDOUT;
  const target = toStdout ? undefined : resolve(io.cwd, file);
  const shown = escapeForTerminal(file);
  // The schema line names the schema relative to the dossier, so the editor resolves it from the dossier's own folder.
  const schemaReference = schemaReferenceFrom(target ? dirname(target) : io.cwd);

  let text: string;
  let wrote: string;
  if (flags.example) {
    if (flags.category !== undefined || flags.mode !== undefined) throw new UsageError(both(MESSAGES.exampleWithSkeleton));
    text = withSchemaLine(readFileSync(EXAMPLE_FILE, 'utf8'), schemaReference);
    wrote = say(MESSAGES.wroteExample, lang, { file: shown });
  } else {
    const { categories, modes } = schemaChoices();
    const category = chosenCategory(flags.category, categories);
    const chosenModes = chosenModesOf(flags.mode, category, modes);
    const { dossierSkeleton } = await import('../dossier/skeleton.js');
    text = dossierSkeleton({
      category: category.value as Parameters<typeof dossierSkeleton>[0]['category'],
      modes: chosenModes.map((mode) => mode.value) as Parameters<typeof dossierSkeleton>[0]['modes'],
      schemaReference,
      today: io.today(),
    });
    const what = [category, ...chosenModes].map((choice) => choice.label[lang]).join(lang === 'zh' ? '、' : ', ');
    wrote = say(MESSAGES.wroteSkeleton, lang, { file: shown, what });
  }

  if (!target) {
    io.stdout.write(text);
    return 0;
  }
  writeNewFile(target, text, { shown, cwd: io.cwd });
  io.stdout.write(`${wrote}\n`);
  return 0;
}

function chosenCategory(value: string | undefined, categories: readonly Choice[]): Choice {
  const choices = { zh: listChoices(categories, 'zh'), en: listChoices(categories, 'en') };
  if (value === undefined) throw new UsageError(both(MESSAGES.categoryMissing, { choices }));
  const found = categories.find((choice) => choice.value === value);
  if (!found) throw new UsageError(both(MESSAGES.categoryUnknown, { value, choices }));
  return found;
}

function chosenModesOf(values: readonly string[] | undefined, category: Choice, modes: readonly Choice[]): Choice[] {
  const choices = { zh: listChoices(modes, 'zh'), en: listChoices(modes, 'en') };
  const given = (values ?? []).filter((value) => value !== '');
  if (given.length === 0 && !MODE_OPTIONAL.has(category.value)) {
    throw new UsageError(both(MESSAGES.modeMissing, { category: category.label, choices }));
  }
  const chosen: Choice[] = [];
  for (const value of given) {
    const found = modes.find((choice) => choice.value === value);
    if (!found) throw new UsageError(both(MESSAGES.modeUnknown, { value, choices }));
    if (!chosen.includes(found)) chosen.push(found);
  }
  // In the schema's order, so `--mode built-housing,monetized` and its reverse write the same file.
  return modes.filter((mode) => chosen.includes(mode));
}

/**
 * The schema as a path relative to `folder`: the project's own installed copy when a `node_modules` above the folder
 * has one (so the line stays right for everyone who clones the project), else the schema of the dossier-check that
 * runs. Never the schema's `$id`: it is an identifier that does not resolve, and an editor must work offline.
 */
export function schemaReferenceFrom(folder: string): string {
  let schema = SCHEMA_FILE;
  for (let dir = folder; ; dir = dirname(dir)) {
    const installed = join(dir, ...INSTALLED_SCHEMA);
    if (existsSync(installed)) {
      schema = installed;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  const path = relative(folder, schema).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The example keeps its own schema line for reading inside the package; a written copy gets one that fits its place. */
function withSchemaLine(text: string, schemaReference: string): string {
  const line = `# yaml-language-server: $schema=${schemaReference}`;
  return text.startsWith('# yaml-language-server:') ? text.replace(/^[^\n]*/, line) : `${line}\n${text}`;
}

/**
 * Writes a file that must not exist yet, atomically: the text goes to a temporary file in the same folder, which is
 * then hard-linked to the name. The link fails if the name was taken, even by a file created a moment ago, so nothing
 * is ever overwritten and no reader sees half a file. Where the file system has no hard links, a rename after a last
 * check for the name does the same but for that moment.
 */
function writeNewFile(target: string, text: string, { shown, cwd }: { shown: string; cwd: string }): void {
  const folder = dirname(target);
  if (existsSync(target)) throw new ToolFailure(both(MESSAGES.exists, { file: shown }));
  if (!isFolder(folder)) throw new ToolFailure(both(MESSAGES.noFolder, { file: shown, folder: escapeForTerminal(relativeOrAbsolute(folder, cwd)) }));
  const temp = join(folder, `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      const bytes = Buffer.from(text);
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new ToolFailure(both(MESSAGES.exists, { file: shown }));
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      if (existsSync(target)) throw new ToolFailure(both(MESSAGES.exists, { file: shown }));
      renameSync(temp, target);
    }
  } catch (error) {
    if (error instanceof ToolFailure) throw error;
    throw new ToolFailure(both(MESSAGES.cannotWrite, { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  } finally {
    removeQuietly(temp);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function relativeOrAbsolute(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already renamed into place, or never created.
  }
}
