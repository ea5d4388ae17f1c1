import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { checkSources, DEFAULT_MAX_FILE_SIZE, type SourceInput } from '../engine/check.js';
import { exitCode, EXIT, type FailOn } from '../engine/exit-code.js';
import { discoverFiles, displayName, evidenceReaders, type ReadResult, readBytes } from '../engine/sources.js';
import { SCHEMA_URL } from '../engine/validate.js';
import { TOOL } from '../engine/version.js';
import type { CheckOptions, Lang, Report } from '../engine/types.js';
import { parametersInForce } from '../notice/parameters.js';
import { FORMAT_NAMES, RULE_CATALOGUE_FORMATS, type FormatName, type RuleCatalogueFormat } from '../report/format-names.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import type { Rule } from '../rules/define-rule.js';
import { RULES_BY_ID } from '../rules/registry.js';
import { closestMatch } from '../engine/suggest.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { colorFor, langFromEnv, parseAsOf, parseSize } from './options.js';
import { CACHE_FILE_NAME, cacheContext, cacheFilePath, type FileOutcome, ResultCache } from './result-cache.js';

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
  cache?: boolean;
  cacheLocation?: string;
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
    .option('--cache', 'reuse the results of dossiers unchanged since the last run with --cache (their evidence files, the rules and the options too)')
    .option('--cache-location <path>', `the cache file, or a folder for it (default: ./${CACHE_FILE_NAME}); used with --cache`)
    .action(async (paths: string[], flags: CheckFlags) => {
      code = await runCheck(paths, flags, io, rules);
    });

  program
    .command('rules')
    .description('print the rule catalogue: id, severity, clause, title')
    .addOption(new Option('--format <format>', 'catalogue format').choices(RULE_CATALOGUE_FORMATS).default('text'))
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action(async (flags: { format: RuleCatalogueFormat; lang?: Lang }) => {
      // Imported here, as the formatters and `explain` are, so a start loads only what its command uses.
      const { formatRuleCatalogue } = await import('../report/rule-catalogue.js');
      io.stdout.write(formatRuleCatalogue(flags.format, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('explain')
    .description('explain a rule: the clause, what is checked, how to fix, a passing and a failing example')
    .argument('<rule-id>', 'a rule id, as `dossier-check rules` lists them')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action(async (ruleId: string, flags: { lang?: Lang }) => {
      const rule = knownRule(ruleId);
      const { formatExplanation } = await import('../report/explain.js');
      io.stdout.write(formatExplanation(rule, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('schema')
    .description('print the dossier JSON Schema')
    .action(() => {
      io.stdout.write(readFileSync(SCHEMA_URL, 'utf8'));
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
function knownRule(id: string): Rule {
  const rule = RULES_BY_ID.get(id);
  if (rule) return rule;
  const nearest = closestMatch(id, [...RULES_BY_ID.keys()]);
  throw new UsageError(`unknown rule "${id}"${nearest ? `; did you mean "${nearest}"?` : ''} (dossier-check rules lists them)`);
}

async function runCheck(paths: string[], flags: CheckFlags, io: CliIo, rules: readonly Rule[] | undefined): Promise<number> {
  const asOf = flags.asOf === undefined ? io.today() : parseAsOf(flags.asOf);
  const requested = paths.length > 0 ? paths : ['.'];
  const named = requested.filter((path) => path !== STDIN);
  const { files, missing } = discoverFiles(named, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);

  const maxFileSize = flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(flags.maxFileSize);
  const stdin = requested.includes(STDIN) ? await io.readStdin(maxFileSize) : undefined;
  const evidenceReader = evidenceReaders();
  // Files are read one at a time as the engine asks for them, so memory does not grow with their number.
  function* inputs(): Generator<SourceInput> {
    if (stdin) yield stdin.ok ? { file: '<stdin>', bytes: stdin.bytes, explicit: true } : { file: '<stdin>', error: stdin.failure };
    for (const { path, explicit } of files) {
      const read = readBytes(path, maxFileSize);
      const name = displayName(path, io.cwd);
      yield read.ok ? { file: name, bytes: read.bytes, evidence: evidenceReader(path), explicit } : { file: name, error: read.failure };
    }
  }

  const only = flags.rule && flags.rule.length > 0 ? new Set(flags.rule.map((id) => knownRule(id).meta.id)) : undefined;
  const options: CheckOptions = { asOf, maxFileSize, ...(only ? { only } : {}), ...(rules ? { rules } : {}) };
  const report = flags.cache ? await checkWithCache(files, stdin, options, flags.cacheLocation, io) : checkSources(inputs(), options);
  if (report.dossiers.length === 0 && !flags.allowEmpty) {
    io.stderr.write(noDossierFound(requested, report, flags.verbose ?? false));
    return EXIT.toolFailure;
  }
  const lang = flags.lang ?? langFromEnv(io.env);
  const context = { lang, color: await colorFor(flags.color, io), verbose: flags.verbose ?? false, quiet: flags.quiet ?? false };
  const { FORMATTERS } = await import('../report/formatters.js');
  io.stdout.write(FORMATTERS[flags.format](report, context));
  if (flags.debug) {
    for (const dossier of report.dossiers) {
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
  return exitCode(report, flags.failOn);
}

// ---- `--cache`: a wrapper around the check of each file; the cache's logic is all in result-cache.ts. ----

/**
 * Checks the files through the result cache: a file whose entry still holds is not checked again, and the engine
 * (with the YAML parser, the validator and the rules) is loaded only for the first file that is. Standard input and
 * files that cannot be read are always checked.
 */
async function checkWithCache(
  files: readonly { path: string; explicit: boolean }[],
  stdin: ReadResult | undefined,
  options: CheckOptions,
  location: string | undefined,
  io: CliIo,
): Promise<Report> {
  const context = cacheContext({ ...options, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
  const cache = new ResultCache(cacheFilePath(location, io.cwd), context, (line) => io.stderr.write(`${line}\n`));
  const evidenceReader = evidenceReaders();
  const checkOne = async (input: SourceInput): Promise<FileOutcome> => {
    const engine = await import('../engine/check.js');
    const { dossiers, skipped } = engine.checkSources([input], options);
    return dossiers[0] ? { kind: 'dossier', result: dossiers[0] } : { kind: 'skipped', skipped: skipped[0]! };
  };
  const outcomes: FileOutcome[] = [];
  if (stdin) outcomes.push(await checkOne(stdin.ok ? { file: '<stdin>', bytes: stdin.bytes, explicit: true } : { file: '<stdin>', error: stdin.failure }));
  for (const { path, explicit } of files) {
    const read = readBytes(path, options.maxFileSize);
    const name = displayName(path, io.cwd);
    const outcome = read.ok
      ? await cache.check({ path, name, explicit, bytes: read.bytes }, evidenceReader(path), (evidence) =>
          checkOne({ file: name, bytes: read.bytes, evidence, explicit }),
        )
      : await checkOne({ file: name, error: read.failure });
    outcomes.push(outcome);
  }
  cache.save();
  const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    tool: TOOL,
    asOf: options.asOf,
    parameters: parametersInForce(options.asOf),
    dossiers: outcomes.flatMap((outcome) => (outcome.kind === 'dossier' ? [outcome.result] : [])).sort(byFile),
    skipped: outcomes.flatMap((outcome) => (outcome.kind === 'skipped' ? [outcome.skipped] : [])).sort(byFile),
  };
}

/**
 * A run that checked no dossier says so instead of reporting "0 dossiers, all passed", as ESLint does for a pattern
 * that matches nothing: one line, and with `--verbose` the files that were skipped, one per line.
 */
function noDossierFound(paths: readonly string[], report: Report, verbose: boolean): string {
  const where = paths.map(escapeForTerminal).join(', ');
  const count = report.skipped.length;
  const why =
    count === 0
      ? 'no .yaml or .yml file'
      : `${count === 1 ? '1 YAML file' : `${count} YAML files`} skipped as not ${count === 1 ? 'a dossier' : 'dossiers'}${verbose ? '' : '; --verbose names them'}`;
  const lines = [`dossier-check: no dossier found in ${where} (${why}; --allow-empty accepts this)`];
  if (verbose) for (const skipped of report.skipped) lines.push(`  ${escapeForTerminal(skipped.file)}: ${escapeForTerminal(skipped.reason.en)}`);
  return `${lines.join('\n')}\n`;
}
