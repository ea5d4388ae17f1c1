import { readFileSync } from 'node:fs';
import { type Command, CommanderError, Option } from 'commander';
import { EXIT } from '../engine/exit-codes.js';
import type { Lang, Localized } from '../engine/types.js';
import { TOOL } from '../engine/version.js';
import { ConfigurationError } from '../config/configuration-error.js';
import { RULE_CATALOGUE_FORMATS, type RuleCatalogueFormat } from '../report/format-names.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import type { Rule } from '../rules/define-rule.js';
import type { CheckFlags } from './check-command.js';
import { CHECK_TEXTS, EXPLAIN_TEXTS, PROGRAM_TEXTS, RULES_TEXTS, SCHEMA_TEXTS, SEAL_TEXTS, VERIFY_REPORT_TEXTS } from './cli-texts.js';
import { languageOfArguments, localizedProgram, usageHint } from './command-language.js';
import { ToolFailure, UsageError } from './errors.js';
import { addInitCommand, examplePaths } from './init.js';
import type { CliIo } from './io.js';
import { langFromEnv } from './options.js';

// The commands are declared here, complete with their options and help; what each one does is imported when it runs,
// so `--help`, `--version` and a usage error load no more than the declarations.

/**
 * Runs the command line and returns the exit code; never calls `process.exit`. `rules` replaces the built-in
 * dossier rules, for embedding the checker with rules of one's own.
 */
export async function run(argv: readonly string[], io: CliIo, rules?: readonly Rule[]): Promise<number> {
  let code: number = EXIT.ok;
  // Help and messages are in one language, decided before the program is built; a configuration's `lang` later
  // sets the language of what a check prints after reading it.
  const lang = languageOfArguments(argv, () => langFromEnv(io.env));
  const messages = { lang };
  const program = localizedProgram('dossier-check', lang, TOOL.version)
    .description(PROGRAM_TEXTS.description[lang])
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's error (already in the run's language) becomes the one line every usage error of this tool has.
      outputError: (text, write) => write(`${oneLine(text)}\n`),
    })
    .showSuggestionAfterError(true);
  let usage = usageHint(program, lang);
  program.hook('preAction', (_program, command) => {
    usage = usageHint(command, lang);
  });
  const langOption = (description: Localized) => new Option(CHECK_TEXTS.langFlags[lang], description[lang]).choices(['zh', 'en']);

  const check = CHECK_TEXTS;
  program
    .command('check')
    .description(check.description[lang])
    .argument(check.paths[lang], check.pathsDescription[lang])
    // Repeatable, and checked by `reportTargets` rather than by `choices`: `NAME=FILE` is not a choice.
    .option(check.formatFlags[lang], check.format[lang], collect, [])
    .option(check.outputFlags[lang], check.output[lang])
    .addOption(langOption(check.lang))
    .option(check.asOfFlags[lang], check.asOf[lang])
    .addOption(new Option(check.failOnFlags[lang], check.failOn[lang]).choices(['error', 'warning', 'none']).default('error'))
    .addOption(new Option('--verbose', check.verbose[lang]).conflicts('quiet'))
    .addOption(new Option('--quiet', check.quiet[lang]))
    .option(check.maxFileSizeFlags[lang], check.maxFileSize[lang])
    .option('--color', check.color[lang])
    .option('--no-color', check.noColor[lang])
    // Repeatable rather than variadic, so `--rule x path/` does not take the path for a rule.
    .option(check.ruleFlags[lang], check.rule[lang], collect, [])
    .option('--debug', check.debug[lang])
    .option('--allow-empty', check.allowEmpty[lang])
    .option(check.jobsFlags[lang], check.jobs[lang])
    .option('--cache', check.cache[lang])
    .option(check.cacheLocationFlags[lang], check.cacheLocation[lang])
    .option(check.stdinFilenameFlags[lang], check.stdinFilename[lang])
    .option(check.shardFlags[lang], check.shard[lang])
    .option(check.configFlags[lang], check.config[lang])
    .option('--no-config', check.noConfig[lang])
    .option(check.waiversFlags[lang], check.waivers[lang])
    .option('--example', check.example[lang])
    .action(async (paths: string[], flags: CheckFlags, command: Command) => {
      // The configuration supplies what the command line leaves at its default.
      const given = (name: string) => command.getOptionValueSource(name) !== 'default' && command.getOptionValueSource(name) !== undefined;
      const checked = flags.example ? examplePaths(paths) : paths;
      const { runCheck } = await import('./check-command.js');
      code = await runCheck(checked, flags, io, rules, given, messages);
    });

  addInitCommand(program, io, lang, (exit) => {
    code = exit;
  });

  program
    .command('rules')
    .description(RULES_TEXTS.description[lang])
    .addOption(new Option(RULES_TEXTS.formatFlags[lang], RULES_TEXTS.format[lang]).choices(RULE_CATALOGUE_FORMATS).default('text'))
    .addOption(langOption(RULES_TEXTS.lang))
    .option(CHECK_TEXTS.configFlags[lang], RULES_TEXTS.config[lang])
    .option('--no-config', RULES_TEXTS.noConfig[lang])
    .action(async (flags: { format: RuleCatalogueFormat; lang?: Lang; config?: string | false }) => {
      const { configuredRules } = await import('./rule-lookup.js');
      const packRules = await configuredRules(flags.config, io);
      const { formatRuleCatalogue } = await import('../report/rule-catalogue.js');
      io.stdout.write(formatRuleCatalogue(flags.format, flags.lang ?? lang, packRules));
    });

  program
    .command('explain')
    .description(EXPLAIN_TEXTS.description[lang])
    .argument(EXPLAIN_TEXTS.ruleId[lang], EXPLAIN_TEXTS.ruleIdDescription[lang])
    .addOption(langOption(EXPLAIN_TEXTS.lang))
    .option(CHECK_TEXTS.configFlags[lang], EXPLAIN_TEXTS.config[lang])
    .option('--no-config', EXPLAIN_TEXTS.noConfig[lang])
    .action(async (ruleId: string, flags: { lang?: Lang; config?: string | false }) => {
      // A built-in rule needs no configuration read; a pack's rule does.
      const { configuredRules, knownRule } = await import('./rule-lookup.js');
      const rule = await knownRule(ruleId, ruleId.includes('/') ? await configuredRules(flags.config, io) : []);
      const { formatExplanation } = await import('../report/explain.js');
      io.stdout.write(formatExplanation(rule, flags.lang ?? lang));
    });

  program
    .command('schema')
    .description(SCHEMA_TEXTS.description[lang])
    .action(async () => {
      const { SCHEMA_URL } = await import('../engine/validate.js');
      io.stdout.write(readFileSync(SCHEMA_URL, 'utf8'));
    });

  program
    .command('seal')
    .description(SEAL_TEXTS.description[lang])
    .argument(SEAL_TEXTS.files[lang], SEAL_TEXTS.filesDescription[lang])
    .option('--dry-run', SEAL_TEXTS.dryRun[lang])
    .addOption(langOption(SEAL_TEXTS.lang))
    .action(async (files: string[], flags: { dryRun?: boolean; lang?: Lang }) => {
      const { runSeal } = await import('./seal.js');
      code = runSeal(files, { dryRun: flags.dryRun ?? false, lang: flags.lang ?? lang }, io);
    });

  program
    .command('verify-report')
    .description(VERIFY_REPORT_TEXTS.description[lang])
    .argument(VERIFY_REPORT_TEXTS.report[lang], VERIFY_REPORT_TEXTS.reportDescription[lang])
    .option(VERIFY_REPORT_TEXTS.baseFlags[lang], VERIFY_REPORT_TEXTS.base[lang])
    .option(CHECK_TEXTS.configFlags[lang], VERIFY_REPORT_TEXTS.config[lang])
    .option('--no-config', VERIFY_REPORT_TEXTS.noConfig[lang])
    .option(CHECK_TEXTS.waiversFlags[lang], VERIFY_REPORT_TEXTS.waivers[lang])
    .addOption(langOption(VERIFY_REPORT_TEXTS.lang))
    .action(async (report: string, flags: { base?: string; config?: string | false; waivers?: string; lang?: Lang }) => {
      const { runVerifyReport } = await import('./verify-report.js');
      const { lang: chosen, ...rest } = flags;
      code = await runVerifyReport(report, { lang: chosen ?? lang, ...rest }, io, rules);
    });

  for (const command of program.commands) command.showHelpAfterError(usageHint(command, lang));
  program.showHelpAfterError(usageHint(program, lang));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.toolFailure;
    }
    if (error instanceof UsageError) {
      // The message may echo what the user typed (a path, a rule id): shown escaped, like all text we did not write.
      io.stderr.write(`dossier-check: ${escapeForTerminal(error.localized[messages.lang])}\n${usage}\n`);
      return EXIT.toolFailure;
    }
    if (error instanceof ToolFailure || error instanceof ConfigurationError) {
      io.stderr.write(`dossier-check: ${escapeForTerminal(error.localized[messages.lang])}\n`);
      return EXIT.toolFailure;
    }
    throw error;
  }
  return code;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Commander's error, of one or more lines, as the one line `dossier-check: …` every usage error is printed as. */
function oneLine(text: string): string {
  const joined = text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .join(' ');
  // Commander quotes the unknown option or argument as typed.
  return `dossier-check: ${escapeForTerminal(joined)}`;
}
