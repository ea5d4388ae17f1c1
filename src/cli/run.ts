import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { checkSources, type SourceInput } from '../engine/check.js';
import { exitCode, EXIT, type FailOn } from '../engine/exit-code.js';
import { discoverFiles, displayName, evidenceReader, readBytes } from '../engine/sources.js';
import { SCHEMA_URL } from '../engine/validate.js';
import { TOOL } from '../engine/version.js';
import type { Lang } from '../engine/types.js';
import { FORMAT_NAMES, FORMATTERS, type FormatName } from '../report/formatters.js';
import { formatRuleCatalogue, RULE_CATALOGUE_FORMATS, type RuleCatalogueFormat } from '../report/rule-catalogue.js';
import { formatExplanation } from '../report/explain.js';
import type { Rule } from '../rules/define-rule.js';
import { RULES_BY_ID } from '../rules/registry.js';
import { closestMatch } from '../engine/suggest.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { colorFor, langFromEnv, parseAsOf } from './options.js';

interface CheckFlags {
  format: FormatName;
  rule?: string[];
  lang?: Lang;
  asOf?: string;
  failOn: FailOn;
  verbose?: boolean;
  color?: boolean;
  debug?: boolean;
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
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(add --help for usage)')
    .showSuggestionAfterError(true);

  program
    .command('check')
    .description('check dossier files and folders (default: .); "-" reads standard input')
    .argument('[paths...]', 'dossier files or folders')
    .addOption(new Option('--format <format>', 'report format').choices(FORMAT_NAMES).default('text'))
    .addOption(new Option('--lang <lang>', 'report language (default: from LC_ALL/LC_MESSAGES/LANG)').choices(['zh', 'en']))
    .option('--as-of <date>', 'judge as of this date, YYYY-MM-DD (default: today)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warning', 'none']).default('error'))
    .option('--verbose', 'also list files skipped as not being dossiers')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--rule <rule-id...>', 'run only these rules (findings about unreadable files are always reported)')
    .option('--debug', 'print stack traces of rules that failed')
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

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.toolFailure;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`dossier-check: ${error.message}\n(add --help for usage)\n`);
      return EXIT.toolFailure;
    }
    throw error;
  }
  return code;
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

  const stdin = requested.includes(STDIN) ? await io.readStdin() : undefined;
  function* inputs(): Generator<SourceInput> {
    if (stdin) yield { file: '<stdin>', bytes: stdin };
    for (const file of files) {
      const read = readBytes(file);
      const name = displayName(file, io.cwd);
      yield read.ok ? { file: name, bytes: read.bytes, evidence: evidenceReader(file) } : { file: name, error: read.reason };
    }
  }

  const only = flags.rule ? new Set(flags.rule.map((id) => knownRule(id).meta.id)) : undefined;
  const report = checkSources(inputs(), { asOf, ...(only ? { only } : {}), ...(rules ? { rules } : {}) });
  const lang = flags.lang ?? langFromEnv(io.env);
  io.stdout.write(FORMATTERS[flags.format](report, { lang, color: colorFor(flags.color, io), verbose: flags.verbose ?? false }));
  if (flags.debug) {
    for (const dossier of report.dossiers) for (const trace of dossier.debug ?? []) io.stderr.write(`${dossier.file}: ${trace}\n`);
  }
  return exitCode(report, flags.failOn);
}
