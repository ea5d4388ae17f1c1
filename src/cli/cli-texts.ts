import type { Localized } from '../engine/types.js';
import { FORMAT_NAMES } from '../report/format-names.js';
import { PARALLEL_THRESHOLD } from './options.js';
import { CACHE_FILE_NAME } from './cache-file-name.js';

/*
 * Every text of the commands `run.ts` declares, in both languages: descriptions, argument and option texts (a
 * placeholder such as `<file>` is the user's to read, so it is translated too) and the messages of usage errors.
 * A command of its own module keeps its texts there, as `init` does (INIT_TEXTS).
 */

export const PROGRAM_TEXTS = {
  description: { zh: '按晋政办发〔2015〕122号检查棚户区改造贷款资料', en: 'Check renovation-loan dossiers against 晋政办发〔2015〕122号' },
} as const satisfies Record<string, Localized>;

export const CHECK_TEXTS = {
  description: {
    zh: '检查资料文件和文件夹（默认：当前文件夹）；"-" 从标准输入读取',
    en: 'check dossier files and folders (default: .); "-" reads standard input',
  },
  paths: { zh: '[路径...]', en: '[paths...]' },
  pathsDescription: { zh: '资料文件或文件夹', en: 'dossier files or folders' },
  formatFlags: { zh: '--format <格式[=文件]>', en: '--format <name[=file]>' },
  format: {
    zh: `报告格式（${FORMAT_NAMES.join('、')}；默认 text），写到标准输出，或用“=文件”写到文件；可重复，写出多份报告`,
    en: `report format (${FORMAT_NAMES.join(', ')}; default: text), to stdout or, with =FILE, to a file; repeat for more`,
  },
  outputFlags: { zh: '-o, --output <文件>', en: '-o, --output <file>' },
  output: {
    zh: '把未带“=文件”的 --format 报告（或文本报告）写到此文件',
    en: 'write the report given by --format without =FILE (or the text report) to this file',
  },
  langFlags: { zh: '--lang <语言>', en: '--lang <lang>' },
  lang: { zh: '报告语言（默认按 LC_ALL/LC_MESSAGES/LANG 环境变量）', en: 'report language (default: from LC_ALL/LC_MESSAGES/LANG)' },
  asOfFlags: { zh: '--as-of <日期>', en: '--as-of <date>' },
  asOf: { zh: '按此日期判断，格式 YYYY-MM-DD（默认：今天）', en: 'judge as of this date, YYYY-MM-DD (default: today)' },
  failOnFlags: { zh: '--fail-on <严重程度>', en: '--fail-on <severity>' },
  failOn: { zh: '达到此严重程度即判定本次检查失败', en: 'lowest severity that fails the run' },
  verbose: { zh: '同时列出因不是资料而跳过的文件，并显示参数来源', en: 'also list files skipped as not being dossiers' },
  quiet: {
    zh: '文本报告只列出不通过的资料及其错误（汇总仍计入全部）',
    en: 'text report: only failing dossiers and their errors (the summary counts all)',
  },
  maxFileSizeFlags: { zh: '--max-file-size <大小>', en: '--max-file-size <size>' },
  maxFileSize: { zh: '拒绝超过此大小的文件，单位为字节，或带 k/m（默认 16m）', en: 'refuse files larger than this, in bytes or with k/m (default: 16m)' },
  color: { zh: '强制使用颜色', en: 'force colour' },
  noColor: { zh: '不使用颜色', en: 'no colour' },
  ruleFlags: { zh: '--rule <规则id>', en: '--rule <rule-id>' },
  rule: {
    zh: '只运行此规则；可重复（无法读取的文件总会报告）',
    en: 'run only this rule; repeat for more (findings about unreadable files are always reported)',
  },
  debug: { zh: '显示运行失败的规则的堆栈信息', en: 'print stack traces of rules that failed' },
  allowEmpty: {
    zh: '找不到任何资料时不视为错误（默认以退出码 2 结束）',
    en: 'a run that finds no dossier is not an error (by default it exits 2)',
  },
  jobsFlags: { zh: '--jobs <线程数>', en: '--jobs <n>' },
  jobs: {
    zh: `用这么多个线程检查（默认：文件数达到 ${PARALLEL_THRESHOLD} 个时用全部处理器核心，否则 1 个）`,
    en: `check on this many threads (default: the number of cores from ${PARALLEL_THRESHOLD} files up, else 1)`,
  },
  cache: {
    zh: '沿用上次 --cache 运行后未改动的资料的结果（其佐证材料、规则和选项也须未变）',
    en: 'reuse the results of dossiers unchanged since the last run with --cache (their evidence files, the rules and the options too)',
  },
  cacheLocationFlags: { zh: '--cache-location <路径>', en: '--cache-location <path>' },
  cacheLocation: {
    zh: `缓存文件，或存放它的文件夹（默认 ./${CACHE_FILE_NAME}）；与 --cache 一起使用`,
    en: `the cache file, or a folder for it (default: ./${CACHE_FILE_NAME}); used with --cache`,
  },
  stdinFilenameFlags: { zh: '--stdin-filename <文件名>', en: '--stdin-filename <name>' },
  stdinFilename: {
    zh: '报告中从 "-" 读入的资料所用的名称（佐证材料在其旁边查找）；默认 <stdin>',
    en: 'the name reports give the dossier read from "-" (evidence is found beside it); default: <stdin>',
  },
  shardFlags: { zh: '--shard <第几份/共几份>', en: '--shard <i/n>' },
  shard: {
    zh: '把资料文件稳定地分成若干份，只检查其中一份（第几份从 1 起），以便在多个持续集成任务间分担',
    en: 'check only the i-th of n stable slices of the dossier files (1-based), to split a run across CI jobs',
  },
  configFlags: { zh: '--config <文件>', en: '--config <file>' },
  config: {
    zh: '审查方配置文件（默认：当前或上级文件夹中的 dossier-check.config.yaml）',
    en: "the reviewer's configuration (default: dossier-check.config.yaml here or in a folder above)",
  },
  noConfig: { zh: '不使用配置文件', en: 'use no configuration file' },
  waiversFlags: { zh: '--waivers <文件>', en: '--waivers <file>' },
  waivers: { zh: '审查方的豁免文件（默认：配置中的 waivers）', en: "the reviewer's waivers (default: the configuration's `waivers`)" },
  example: {
    zh: '检查随附的示例资料（dossier-check init --example 可写出一份副本）',
    en: 'check the example dossier shipped with the tool (dossier-check init --example writes a copy)',
  },
} as const satisfies Record<string, Localized>;

export const RULES_TEXTS = {
  description: { zh: '列出规则目录：规则 id、严重程度、条款、标题', en: 'print the rule catalogue: id, severity, clause, title' },
  formatFlags: { zh: '--format <格式>', en: '--format <format>' },
  format: { zh: '目录格式', en: 'catalogue format' },
  lang: { zh: '语言', en: 'language' },
  config: {
    zh: '审查方配置文件，其规则包中的规则一并列出（默认：按 check 的方式查找）',
    en: "the reviewer's configuration, whose rule packs are listed too (default: found as check finds it)",
  },
  noConfig: { zh: '只列出内置规则', en: 'list the built-in rules only' },
} as const satisfies Record<string, Localized>;

export const EXPLAIN_TEXTS = {
  description: {
    zh: '解释一条规则：依据的条款、检查什么、如何改正，以及一个通过和一个不通过的例子',
    en: 'explain a rule: the clause, what is checked, how to fix, a passing and a failing example',
  },
  ruleId: { zh: '<规则id>', en: '<rule-id>' },
  ruleIdDescription: { zh: '规则 id，即 dossier-check rules 列出的', en: 'a rule id, as `dossier-check rules` lists them' },
  lang: { zh: '语言', en: 'language' },
  config: {
    zh: '审查方配置文件，其规则包中的规则也可解释（默认：按 check 的方式查找）',
    en: "the reviewer's configuration, whose rule packs' rules can be explained too (default: found as check finds it)",
  },
  noConfig: { zh: '只解释内置规则', en: 'explain the built-in rules only' },
} as const satisfies Record<string, Localized>;

export const SEAL_TEXTS = {
  description: {
    zh: '把每个佐证材料的 SHA-256 写入资料文件（唯一会改写资料文件的命令）',
    en: 'record the SHA-256 of each evidence file into the dossier (the only command that writes a dossier)',
  },
  files: { zh: '<文件...>', en: '<files...>' },
  filesDescription: { zh: '资料文件', en: 'dossier files' },
  dryRun: { zh: '只显示将要改动的内容，不写入', en: 'show what would change; write nothing' },
  lang: { zh: '语言', en: 'language' },
} as const satisfies Record<string, Localized>;

export const VERIFY_REPORT_TEXTS = {
  description: {
    zh: '按报告所列文件重新计算 JSON 报告的审计指纹并核对',
    en: "recompute a JSON report's audit fingerprint against the files it names",
  },
  report: { zh: '<报告>', en: '<report>' },
  reportDescription: { zh: '由 check --format json 生成的报告', en: 'a report written by check --format json' },
  baseFlags: { zh: '--base <文件夹>', en: '--base <dir>' },
  base: {
    zh: '生成报告时所在的文件夹：报告中的文件名相对于它（默认：当前文件夹）',
    en: 'the folder the report was made in: its file names are relative to it (default: .)',
  },
  config: { zh: '用于比较的配置文件（默认：按 check 的方式查找）', en: 'the configuration to compare with (default: found as check finds it)' },
  noConfig: { zh: '按不使用配置文件比较', en: 'compare with no configuration' },
  waivers: { zh: '用于比较的豁免文件', en: 'the waivers file to compare with' },
  lang: { zh: '语言', en: 'language' },
} as const satisfies Record<string, Localized>;

export const SCHEMA_TEXTS = {
  description: { zh: '输出资料的 JSON Schema 格式定义', en: 'print the dossier JSON Schema' },
} as const satisfies Record<string, Localized>;

/** The messages of the usage errors and failures `run.ts` reports itself; `{…}` is filled in. */
export const RUN_MESSAGES = {
  unknownRule: { zh: '未知的规则“{id}”{hint}（dossier-check rules 列出全部规则）', en: 'unknown rule "{id}"{hint} (dossier-check rules lists them)' },
  didYouMean: { zh: '；是否想写“{nearest}”？', en: '; did you mean "{nearest}"?' },
  stdinFilenameWithoutStdin: {
    zh: '--stdin-filename 为从 "-" 读入的资料命名，但路径中没有 "-"',
    en: '--stdin-filename names the dossier read from "-", but "-" is not among the paths',
  },
  stdinFilenameEmpty: { zh: '--stdin-filename 须给出文件名', en: '--stdin-filename expects a file name' },
  noSuchPath: { zh: '文件或文件夹不存在：{paths}', en: 'no such file or folder: {paths}' },
  reportOverwritesDossier: {
    zh: '报告 {file} 会覆盖一份正在检查的资料；请写到别处',
    en: 'the report {file} would overwrite a dossier being checked; write it elsewhere',
  },
  noDossier: {
    zh: '在 {where} 中没有找到资料（{why}；--allow-empty 可接受这种情况）',
    en: 'no dossier found in {where} ({why}; --allow-empty accepts this)',
  },
  noYaml: { zh: '没有 .yaml 或 .yml 文件', en: 'no .yaml or .yml file' },
  skippedOne: { zh: '1 个 YAML 文件不是资料，已跳过{verbose}', en: '1 YAML file skipped as not a dossier{verbose}' },
  skippedMany: { zh: '{count} 个 YAML 文件不是资料，已跳过{verbose}', en: '{count} YAML files skipped as not dossiers{verbose}' },
  verboseNames: { zh: '；--verbose 可列出这些文件', en: '; --verbose names them' },
} as const satisfies Record<string, Localized>;
