import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { checkSource, DEFAULT_MAX_FILE_SIZE, type SourceInput } from '../engine/check.js';
import { compareText } from '../engine/check-dossier.js';
import { EXIT, exitCodeFor, type FailOn } from '../engine/exit-code.js';
import { discoverFiles, displayName } from '../engine/sources.js';
import { emptyTally, summaryOf, tallyDossier } from '../engine/summary.js';
import { parametersInForce } from '../notice/parameters.js';
import { SCHEMA_URL } from '../engine/validate.js';
import { TOOL } from '../engine/version.js';
import type { Lang, SkippedFile } from '../engine/types.js';
import { FORMAT_NAMES, type FormatName, STREAMING_FORMATTERS } from '../report/formatters.js';
import { formatRuleCatalogue, RULE_CATALOGUE_FORMATS, type RuleCatalogueFormat } from '../report/rule-catalogue.js';
import { formatExplanation } from '../report/explain.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import type { Rule } from '../rules/define-rule.js';
import { RULES_BY_ID } from '../rules/registry.js';
import { closestMatch } from '../engine/suggest.js';
import { type FileCheckSettings, fileChecker } from './check-file.js';
import { ToolFailure, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { colorFor, defaultJobs, langFromEnv, PARALLEL_THRESHOLD, parseAsOf, parseJobs, parseSize } from './options.js';
import { checkInWorkers, type PoolTask } from './worker-pool.js';

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
    .action(async (paths: string[], flags: CheckFlags) => {
      code = await runCheck(paths, flags, io, rules);
    });

  program
    .command('rules')
    .description('print the rule catalogue: id, severity, clause, title')
    .addOption(new Option('--format <format>', 'catalogue format').choices(RULE_CATALOGUE_FORMATS).default('text'))
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action((flags: { format: RuleCatalogueFormat; lang?: Lang }) => {
      io.stdout.write(formatRuleCatalogue(flags.format, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('explain')
    .description('explain a rule: the clause, what is checked, how to fix, a passing and a failing example')
    .argument('<rule-id>', 'a rule id, as `dossier-check rules` lists them')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action((ruleId: string, flags: { lang?: Lang }) => {
      io.stdout.write(formatExplanation(knownRule(ruleId), flags.lang ?? langFromEnv(io.env)));
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
    if (error instanceof ToolFailure) {
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
  const jobs = flags.jobs === undefined ? undefined : parseJobs(flags.jobs);
  const stdin = requested.includes(STDIN) ? await io.readStdin(maxFileSize) : undefined;
  const only = flags.rule && flags.rule.length > 0 ? [...new Set(flags.rule.map((id) => knownRule(id).meta.id))] : undefined;
  const settings: FileCheckSettings = { cwd: io.cwd, asOf, maxFileSize, ...(only ? { only } : {}) };
  // The one place a file is checked in this thread; workers run the same function on their own files.
  const checkOneFile = fileChecker(settings, rules);

  // In the order of the report (by the name shown), so each result can be written as soon as it is known.
  const tasks: PoolTask[] = files.map(({ path, explicit }) => ({ path, explicit, name: displayName(path, io.cwd) }));
  if (stdin) {
    const input: SourceInput = stdin.ok ? { file: '<stdin>', bytes: stdin.bytes, explicit: true } : { file: '<stdin>', error: stdin.failure };
    tasks.push({
      name: '<stdin>',
      here: () => checkSource(input, { asOf, maxFileSize, ...(only ? { only: new Set(only) } : {}), ...(rules ? { rules } : {}) }),
    });
  }
  tasks.sort((a, b) => compareText(a.name, b.name));
  // A rule set of one's own is code, which cannot be sent to a worker thread.
  const threads = rules ? 1 : (jobs ?? defaultJobs(tasks.length));
  // Lazily, one file at a time as the report asks for it: results are not kept.
  const outcomes =
    threads > 1
      ? checkInWorkers(tasks, settings, threads)
      : (function* () {
          for (const task of tasks) yield 'here' in task ? task.here() : checkOneFile(task.path, task.explicit);
        })();

  const lang = flags.lang ?? langFromEnv(io.env);
  const context = { lang, color: colorFor(flags.color, io), verbose: flags.verbose ?? false, quiet: flags.quiet ?? false };
  const writer = STREAMING_FORMATTERS[flags.format](context);
  const out = chunked(io.stdout);
  const tally = emptyTally();
  const skipped: SkippedFile[] = [];
  // The report begins with its first dossier: a run that finds none writes nothing to stdout.
  let begun = false;
  const begin = () => {
    if (!begun) out.write(writer.begin({ tool: TOOL, asOf, parameters: parametersInForce(asOf) }));
    begun = true;
  };
  for await (const outcome of outcomes) {
    if (outcome.kind === 'skipped') {
      skipped.push(outcome.skipped);
      tally.skipped++;
      continue;
    }
    const dossier = outcome.result;
    tallyDossier(tally, dossier);
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
  if (tally.dossiers === 0 && !flags.allowEmpty) {
    io.stderr.write(noDossierFound(requested, skipped, flags.verbose ?? false));
    return EXIT.toolFailure;
  }
  begin();
  out.write(writer.end({ summary: summaryOf(tally), skipped }));
  out.flush();
  return exitCodeFor(tally, flags.failOn);
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
