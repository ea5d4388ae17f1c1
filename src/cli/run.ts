import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { SourceInput } from '../engine/check.js';
import type { SourceOutcome } from '../engine/check-dossier.js';
import { EXIT, exitCodeFor, type FailOn } from '../engine/exit-code.js';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/read-limits.js';
import { discoverFiles, displayName, evidenceReaders, readBytes } from '../engine/sources.js';
import { emptyTally, summaryOf, tallyDossier } from '../engine/summary.js';
import type { CheckOptions, Lang, SkippedFile } from '../engine/types.js';
import { TOOL } from '../engine/version.js';
import { parametersInForce } from '../notice/parameters.js';
import { FORMAT_NAMES, type FormatName, RULE_CATALOGUE_FORMATS, type RuleCatalogueFormat } from '../report/format-names.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import type { Rule } from '../rules/define-rule.js';
import { ConfigurationError } from '../config/configuration-error.js';
import { checkingOptions } from '../config/effective-configuration.js';
import { loadReviewerSide } from '../config/reviewer-side.js';
import { RULE_PACK_LOADER } from '../config/rule-packs.js';
import { AuditDigest } from '../engine/audit.js';
import { auditSettingsOf } from './audit-settings.js';
import type { FileCheckSettings } from './check-file.js';
import { ToolFailure, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { colorFor, defaultJobs, langFromEnv, PARALLEL_THRESHOLD, parseAsOf, parseJobs, parseSize } from './options.js';
import { CACHE_FILE_NAME, cacheContext, cacheFilePath, ResultCache } from './result-cache.js';
import type { PoolTask } from './worker-pool.js';

// The YAML parser, the validator, the rules and the formatters are imported when a run needs them, not at start:
// a run whose dossiers all come from the cache, `schema`, `--help` and usage errors never load them.

interface CheckFlags {
  format: FormatName;
  rule?: string[];
  maxFileSize?: string;
  quiet?: boolean;
  lang?: Lang;
  asOf?: string;
  failOn: FailOn;
  verbose?: boolean;
  color?: boolean;
  debug?: boolean;
  allowEmpty?: boolean;
  jobs?: string;
  cache?: boolean;
  cacheLocation?: string;
  /** A file; `false` for `--no-config`. */
  config?: string | false;
  waivers?: string;
}

const STDIN = '-';

/**
 * Runs the command line and returns the exit code; never calls `process.exit`. `rules` replaces the built-in
 * dossier rules, for embedding the checker with rules of one's own.
 */
export async function run(argv: readonly string[], io: CliIo, rules?: readonly Rule[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dossier-check')
    .description('Check renovation-loan dossiers against 晋政办发〔2015〕122号')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's "error: …\n(Did you mean …?)" becomes the one line every usage error of this tool has.
      outputError: (text, write) => write(`${oneLine(text)}\n`),
    })
    .showSuggestionAfterError(true);
  let usage = usageHint(program);
  program.hook('preAction', (_program, command) => {
    usage = usageHint(command);
  });

  program
    .command('check')
    .description('check dossier files and folders (default: .); "-" reads standard input')
    .argument('[paths...]', 'dossier files or folders')
    .addOption(new Option('--format <format>', 'report format').choices(FORMAT_NAMES).default('text'))
    .addOption(new Option('--lang <lang>', 'report language (default: from LC_ALL/LC_MESSAGES/LANG)').choices(['zh', 'en']))
    .option('--as-of <date>', 'judge as of this date, YYYY-MM-DD (default: today)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warning', 'none']).default('error'))
    .addOption(new Option('--verbose', 'also list files skipped as not being dossiers').conflicts('quiet'))
    .addOption(new Option('--quiet', 'text report: only failing dossiers and their errors (the summary counts all)'))
    .option('--max-file-size <size>', 'refuse files larger than this, in bytes or with k/m (default: 16m)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    // Repeatable rather than variadic, so `--rule x path/` does not take the path for a rule.
    .option('--rule <rule-id>', 'run only this rule; repeat for more (findings about unreadable files are always reported)', collect, [])
    .option('--debug', 'print stack traces of rules that failed')
    .option('--allow-empty', 'a run that finds no dossier is not an error (by default it exits 2)')
    .option('--jobs <n>', `check on this many threads (default: the number of cores from ${PARALLEL_THRESHOLD} files up, else 1)`)
    .option('--cache', 'reuse the results of dossiers unchanged since the last run with --cache (their evidence files, the rules and the options too)')
    .option('--cache-location <path>', `the cache file, or a folder for it (default: ./${CACHE_FILE_NAME}); used with --cache`)
    .option('--config <file>', "the reviewer's configuration (default: dossier-check.config.yaml here or in a folder above)")
    .option('--no-config', 'use no configuration file')
    .option('--waivers <file>', "the reviewer's waivers (default: the configuration's `waivers`)")
    .action(async (paths: string[], flags: CheckFlags, command: Command) => {
      // The configuration supplies what the command line leaves at its default.
      const given = (name: string) => command.getOptionValueSource(name) !== 'default';
      code = await runCheck(paths, flags, io, rules, given);
    });

  program
    .command('rules')
    .description('print the rule catalogue: id, severity, clause, title')
    .addOption(new Option('--format <format>', 'catalogue format').choices(RULE_CATALOGUE_FORMATS).default('text'))
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action(async (flags: { format: RuleCatalogueFormat; lang?: Lang }) => {
      const { formatRuleCatalogue } = await import('../report/rule-catalogue.js');
      io.stdout.write(formatRuleCatalogue(flags.format, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('explain')
    .description('explain a rule: the clause, what is checked, how to fix, a passing and a failing example')
    .argument('<rule-id>', 'a rule id, as `dossier-check rules` lists them')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action(async (ruleId: string, flags: { lang?: Lang }) => {
      const rule = await knownRule(ruleId);
      const { formatExplanation } = await import('../report/explain.js');
      io.stdout.write(formatExplanation(rule, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('schema')
    .description('print the dossier JSON Schema')
    .action(async () => {
      const { SCHEMA_URL } = await import('../engine/validate.js');
      io.stdout.write(readFileSync(SCHEMA_URL, 'utf8'));
    });

  program
    .command('seal')
    .description('record the SHA-256 of each evidence file into the dossier (the only command that writes a dossier)')
    .argument('<files...>', 'dossier files')
    .option('--dry-run', 'show what would change; write nothing')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action(async (files: string[], flags: { dryRun?: boolean; lang?: Lang }) => {
      const { runSeal } = await import('./seal.js');
      code = runSeal(files, { dryRun: flags.dryRun ?? false, lang: flags.lang ?? langFromEnv(io.env) }, io);
    });

  program
    .command('verify-report')
    .description("recompute a JSON report's audit fingerprint against the files it names")
    .argument('<report>', 'a report written by check --format json')
    .option('--base <dir>', 'the folder the report was made in: its file names are relative to it (default: .)')
    .option('--config <file>', 'the configuration to compare with (default: found as check finds it)')
    .option('--no-config', 'compare with no configuration')
    .option('--waivers <file>', 'the waivers file to compare with')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action(async (report: string, flags: { base?: string; config?: string | false; waivers?: string; lang?: Lang }) => {
      const { runVerifyReport } = await import('./verify-report.js');
      const { lang, ...rest } = flags;
      code = await runVerifyReport(report, { lang: lang ?? langFromEnv(io.env), ...rest }, io, rules);
    });

  for (const command of program.commands) command.showHelpAfterError(usageHint(command));
  program.showHelpAfterError(usageHint(program));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.toolFailure;
    }
    if (error instanceof UsageError) {
      // The message may echo what the user typed (a path, a rule id): shown escaped, like all text we did not write.
      io.stderr.write(`dossier-check: ${escapeForTerminal(error.message)}\n${usage}\n`);
      return EXIT.toolFailure;
    }
    if (error instanceof ToolFailure || error instanceof ConfigurationError) {
      io.stderr.write(`dossier-check: ${escapeForTerminal(error.message)}\n`);
      return EXIT.toolFailure;
    }
    throw error;
  }
  return code;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `error: unknown option '--x'\n(Did you mean --y?)` → `dossier-check: unknown option '--x' (did you mean --y?)` */
function oneLine(text: string): string {
  const joined = text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .join(' ')
    .replace(/^error: /, '')
    .replace('(Did you mean', '(did you mean');
  // Commander quotes the unknown option or argument as typed.
  return `dossier-check: ${escapeForTerminal(joined)}`;
}

function usageHint(command: Command): string {
  const name = command.parent ? `dossier-check ${command.name()}` : 'dossier-check';
  return `Usage: ${name} ${command.usage()}\n(add --help for all options)`;
}

/** The rule with this id; an unknown id is a usage error that suggests the nearest one. */
async function knownRule(id: string): Promise<Rule> {
  const { RULES_BY_ID } = await import('../rules/registry.js');
  const { closestMatch } = await import('../engine/suggest.js');
  const rule = RULES_BY_ID.get(id);
  if (rule) return rule;
  const nearest = closestMatch(id, [...RULES_BY_ID.keys()]);
  throw new UsageError(`unknown rule "${id}"${nearest ? `; did you mean "${nearest}"?` : ''} (dossier-check rules lists them)`);
}

async function runCheck(
  paths: string[],
  flags: CheckFlags,
  io: CliIo,
  embedded: readonly Rule[] | undefined,
  given: (option: string) => boolean,
): Promise<number> {
  const requested = paths.length > 0 ? paths : ['.'];
  const named = requested.filter((path) => path !== STDIN);
  const { files, missing } = discoverFiles(named, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const reviewer = await loadReviewerSide({
    cwd: io.cwd,
    checked: named,
    ...(flags.config === undefined ? {} : { config: flags.config }),
    ...(flags.waivers === undefined ? {} : { waivers: flags.waivers }),
    ...(embedded ? { rules: embedded } : {}),
    packLoader: RULE_PACK_LOADER,
    asOf: (configured) => (flags.asOf === undefined ? (configured ?? io.today()) : parseAsOf(flags.asOf)),
  });
  const { asOf, configuration, rules } = reviewer;
  const format = given('format') ? flags.format : (configuration.format ?? flags.format);
  const failOn = given('failOn') ? flags.failOn : (configuration.failOn ?? flags.failOn);

  const maxFileSize = flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(flags.maxFileSize);
  const jobs = flags.jobs === undefined ? undefined : parseJobs(flags.jobs);
  const stdin = requested.includes(STDIN) ? await io.readStdin(maxFileSize) : undefined;
  const only = flags.rule && flags.rule.length > 0 ? [...new Set(await Promise.all(flags.rule.map(async (id) => (await knownRule(id)).meta.id)))] : undefined;
  const configured = checkingOptions(configuration);
  const audit = auditSettingsOf({ cwd: io.cwd, reviewer, ...(flags.waivers === undefined ? {} : { waiversFlag: flags.waivers }), ...(only ? { only } : {}) });
  const digest = new AuditDigest(audit);
  const settings: FileCheckSettings = { cwd: io.cwd, asOf, maxFileSize, ...(only ? { only } : {}), ...configured };
  const options: CheckOptions = { asOf, maxFileSize, ...(only ? { only: new Set(only) } : {}), ...(rules ? { rules } : {}), ...configured };

  // In the order of the report (by the name shown), so each result can be written as soon as it is known.
  const tasks: PoolTask[] = files.map(({ path, explicit }) => ({ path, explicit, name: displayName(path, io.cwd) }));
  if (stdin) {
    const input: SourceInput = stdin.ok ? { file: '<stdin>', bytes: stdin.bytes, explicit: true } : { file: '<stdin>', error: stdin.failure };
    tasks.push({ name: '<stdin>', here: () => checkSourceLazily(input, options) });
  }
  tasks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // A rule set of one's own is code, which cannot be sent to a worker thread; the cache is consulted in this thread.
  const threads = rules || flags.cache ? 1 : (jobs ?? defaultJobs(tasks.length));
  const cache = flags.cache
    ? new ResultCache(cacheFilePath(flags.cacheLocation, io.cwd), cacheContext({ ...options, maxFileSize }), (line) => io.stderr.write(`${line}\n`))
    : undefined;
  // Lazily, one file at a time as the report asks for it: results are not kept.
  const outcomes = threads > 1 ? (await import('./worker-pool.js')).checkInWorkers(tasks, settings, threads) : checkHere(tasks, settings, rules, cache);

  const lang = flags.lang ?? configuration.lang ?? langFromEnv(io.env);
  const context = { lang, color: await colorFor(flags.color, io), verbose: flags.verbose ?? false, quiet: flags.quiet ?? false };
  const { loadStreamingFormatter } = await import('../report/load-formatter.js');
  const writer = (await loadStreamingFormatter(format))(context);
  const out = chunked(io.stdout);
  const tally = emptyTally();
  const skipped: SkippedFile[] = [];
  // The report begins with its first dossier: a run that finds none writes nothing to stdout.
  let begun = false;
  const begin = () => {
    if (!begun) {
      const parameters = parametersInForce(asOf, configured.parameterOverrides);
      out.write(writer.begin({ tool: TOOL, asOf, parameters, ...(reviewer.ignored.length > 0 ? { ignoredConfiguration: reviewer.ignored } : {}), audit }));
    }
    begun = true;
  };
  for await (const outcome of outcomes) {
    if (outcome.kind === 'skipped') {
      skipped.push(outcome.skipped);
      tally.skipped++;
      continue;
    }
    // Waivers apply to every result, checked here, in a worker or taken from the cache, so they are always current.
    const dossier = reviewer.waivers ? reviewer.waivers.apply(outcome.result) : outcome.result;
    tallyDossier(tally, dossier);
    digest.add(dossier);
    begin();
    out.write(writer.dossier(dossier));
    if (flags.debug) {
      for (const trace of dossier.debug ?? []) {
        // Each stack frame keeps its line; everything else is escaped, newlines too: the message can quote the dossier.
        const lines = trace
          .split(/\n(?= {4}at )/)
          .map(escapeForTerminal)
          .join('\n');
        io.stderr.write(`${escapeForTerminal(dossier.file)}: ${lines}\n`);
      }
    }
  }
  cache?.save();
  if (tally.dossiers === 0 && !flags.allowEmpty) {
    io.stderr.write(noDossierFound(requested, skipped, flags.verbose ?? false));
    return EXIT.toolFailure;
  }
  begin();
  const unusedWaivers = reviewer.waivers?.unused() ?? [];
  out.write(writer.end({ summary: summaryOf(tally), skipped, ...(unusedWaivers.length > 0 ? { unusedWaivers } : {}), fingerprint: digest.digest() }));
  out.flush();
  // An unused waiver is a warning of the run, not of a dossier: it fails `--fail-on warning` like any warning.
  return exitCodeFor({ ...tally, warnings: tally.warnings + unusedWaivers.length }, failOn);
}

/** The engine, loaded on the first file that is really checked. */
async function checkSourceLazily(input: SourceInput, options: CheckOptions): Promise<SourceOutcome> {
  const { checkSource } = await import('../engine/check.js');
  return checkSource(input, options);
}

/**
 * Checks the files in this thread, in order. With `--cache`, a file whose entry still holds is not checked again,
 * and the engine is loaded only for the first file that is; standard input and unreadable files are always checked.
 */
async function* checkHere(
  tasks: readonly PoolTask[],
  settings: FileCheckSettings,
  rules: readonly Rule[] | undefined,
  cache: ResultCache | undefined,
): AsyncGenerator<SourceOutcome> {
  let checkOneFile: ((path: string, explicit: boolean) => SourceOutcome) | undefined;
  const checker = async () => {
    checkOneFile ??= (await import('./check-file.js')).fileChecker(settings, rules);
    return checkOneFile;
  };
  const evidence = cache ? evidenceReaders() : undefined;
  for (const task of tasks) {
    if ('here' in task) {
      yield await task.here();
      continue;
    }
    if (!cache || !evidence) {
      yield (await checker())(task.path, task.explicit);
      continue;
    }
    const read = readBytes(task.path, settings.maxFileSize);
    if (!read.ok) {
      yield (await checker())(task.path, task.explicit);
      continue;
    }
    const { path, explicit, name } = task;
    yield await cache.check({ path, name, explicit, bytes: read.bytes }, evidence(path), (recorded) =>
      checkSourceLazily({ file: name, bytes: read.bytes, evidence: recorded, explicit }, cacheOptions(settings, rules)),
    );
  }
}

function cacheOptions(settings: FileCheckSettings, rules: readonly Rule[] | undefined): CheckOptions {
  const { only, ruleSettings, parameterOverrides } = settings;
  return {
    asOf: settings.asOf,
    maxFileSize: settings.maxFileSize,
    ...(only ? { only: new Set(only) } : {}),
    ...(rules ? { rules } : {}),
    ...(ruleSettings ? { ruleSettings } : {}),
    ...(parameterOverrides ? { parameterOverrides } : {}),
  };
}

/** Bytes of report text gathered before a write: one write per dossier would be a system call per dossier. */
const WRITE_CHUNK = 64 * 1024;

function chunked(stream: CliIo['stdout']): { write(text: string): void; flush(): void } {
  let pending = '';
  return {
    write(text) {
      pending += text;
      if (pending.length >= WRITE_CHUNK) {
        stream.write(pending);
        pending = '';
      }
    },
    flush() {
      if (pending !== '') stream.write(pending);
      pending = '';
    },
  };
}

/**
 * A run that checked no dossier says so instead of reporting "0 dossiers, all passed", as ESLint does for a pattern
 * that matches nothing: one line, and with `--verbose` the files that were skipped, one per line.
 */
function noDossierFound(paths: readonly string[], skipped: readonly SkippedFile[], verbose: boolean): string {
  const where = paths.map(escapeForTerminal).join(', ');
  const count = skipped.length;
  const why =
    count === 0
      ? 'no .yaml or .yml file'
      : `${count === 1 ? '1 YAML file' : `${count} YAML files`} skipped as not ${count === 1 ? 'a dossier' : 'dossiers'}${verbose ? '' : '; --verbose names them'}`;
  const lines = [`dossier-check: no dossier found in ${where} (${why}; --allow-empty accepts this)`];
  if (verbose) for (const file of skipped) lines.push(`  ${escapeForTerminal(file.file)}: ${escapeForTerminal(file.reason.en)}`);
  return `${lines.join('\n')}\n`;
}
