import { resolve } from 'node:path';
import type { EvidenceReader, EvidenceTextReader, SourceInput } from '../engine/check.js';
import type { SourceOutcome } from '../engine/check-dossier.js';
import { EXIT, exitCodeFor, type FailOn } from '../engine/exit-code.js';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/read-limits.js';
import { isSelected, narrowsRules } from '../engine/rule-selection.js';
import { discoverFiles, displayName, evidenceAccess, readBytes } from '../engine/sources.js';
import { emptyTally, summaryOf, tallyDossier } from '../engine/summary.js';
import { formatMessage } from '../engine/messages.js';
import type { CheckOptions, DossierResult, Lang, SkippedFile } from '../engine/types.js';
import { TOOL } from '../engine/version.js';
import { checkingOptions } from '../config/effective-configuration.js';
import { loadReviewerSide } from '../config/reviewer-side.js';
import { RULE_PACK_LOADER } from '../config/rule-packs.js';
import { AuditDigest } from '../engine/audit.js';
import { parametersInForce } from '../notice/parameters.js';
import type { FormatContext } from '../report/format-context.js';
import type { FormatName } from '../report/format-names.js';
import { NO_COLOR } from '../report/no-color.js';
import type { StreamingFormatter } from '../report/report-stream.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import type { Rule, RuleMeta } from '../rules/define-rule.js';
import { auditSettingsOf } from './audit-settings.js';
import type { FileCheckSettings } from './check-file.js';
import { RUN_MESSAGES } from './cli-texts.js';
import { UsageError } from './errors.js';
import { githubStepSummary } from './github-step-summary.js';
import type { CliIo } from './io.js';
import { boundHeapGrowth } from './heap-growth.js';
import { colorFor, defaultJobs, parseAsOf, parseJobs, parseSize } from './options.js';
import { reportTargets } from './output-targets.js';
import { ProgressLine, wantsProgress } from './progress.js';
import { ReportOutputs } from './report-outputs.js';
import { cacheContext, cacheFilePath, ResultCache } from './result-cache.js';
import { knownRule } from './rule-lookup.js';
import { inShard, parseShard } from './shard.js';
import type { PoolTask } from './worker-pool.js';

// `check`, imported when the command runs: `--help`, `--version` and the other commands never load it. The YAML
// parser, the validator, the rules and the formatters are imported when a run needs them: a run whose dossiers all
// come from the cache never loads them.

export interface CheckFlags {
  format: string[];
  output?: string;
  stdinFilename?: string;
  shard?: string;
  example?: boolean;
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
 * Runs `check` and returns its exit code: finds the files, reads the reviewer's side (configuration, waivers, packs),
 * then checks the dossiers (or takes them from the cache) and writes every report as each result is known. From the
 * configuration on, `messages.lang` is the language of the report, for the caller's error messages too.
 */
export async function runCheck(
  paths: string[],
  flags: CheckFlags,
  io: CliIo,
  embedded: readonly Rule[] | undefined,
  given: (option: string) => boolean,
  messages: { lang: Lang },
): Promise<number> {
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const requested = paths.length > 0 ? paths : ['.'];
  const named = requested.filter((path) => path !== STDIN);
  const readsStdin = requested.includes(STDIN);
  if (flags.stdinFilename !== undefined && !readsStdin) throw new UsageError(RUN_MESSAGES.stdinFilenameWithoutStdin);
  if (flags.stdinFilename === '') throw new UsageError(RUN_MESSAGES.stdinFilenameEmpty);
  const { files, missing } = discoverFiles(named, io.cwd);
  if (missing.length > 0) {
    throw new UsageError(formatMessage(RUN_MESSAGES.noSuchPath, { paths: { zh: missing.join('、'), en: missing.join(', ') } }));
  }
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
  // From here on, what the run prints is in the language of its report.
  messages.lang = flags.lang ?? configuration.lang ?? messages.lang;
  const failOn = given('failOn') ? flags.failOn : (configuration.failOn ?? flags.failOn);
  // Where the reports go is settled before any dossier is read: a mistake there is a usage error.
  const formats = flags.format.length === 0 && configuration.format ? [configuration.format] : flags.format;
  const targets = reportTargets(formats, flags.output, io.cwd);
  // Dossiers are only ever read: a report never replaces one.
  const checked = new Set(files.map((file) => file.path));
  const overwrites = targets.find((target) => target.file !== undefined && checked.has(resolve(io.cwd, target.file)));
  if (overwrites) throw new UsageError(formatMessage(RUN_MESSAGES.reportOverwritesDossier, { file: overwrites.file }));

  const maxFileSize = flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(flags.maxFileSize);
  const jobs = flags.jobs === undefined ? undefined : parseJobs(flags.jobs);
  const only =
    flags.rule && flags.rule.length > 0 ? [...new Set(await Promise.all(flags.rule.map(async (id) => (await knownRule(id, rules)).meta.id)))] : undefined;
  const configured = checkingOptions(configuration);
  const settings: FileCheckSettings = { cwd: io.cwd, asOf, maxFileSize, ...(only ? { only } : {}), ...configured };
  const options: CheckOptions = { asOf, maxFileSize, ...(only ? { only: new Set(only) } : {}), ...(rules ? { rules } : {}), ...configured };

  // In the order of the report (by the name shown), so each result can be written as soon as it is known.
  let tasks: PoolTask[] = files.map(({ path, explicit }) => ({ path, explicit, name: displayName(path, io.cwd) }));
  // As ESLint's --stdin-filename: the name the report shows, and the place its evidence files are looked for.
  const stdinPath = flags.stdinFilename === undefined ? undefined : resolve(io.cwd, flags.stdinFilename);
  const stdinName = stdinPath === undefined ? STDIN_NAME : displayName(stdinPath, io.cwd);
  // Read once the report files exist (below), so an unwritable folder is reported before standard input is awaited.
  let stdinInput: SourceInput | undefined;
  if (readsStdin) {
    tasks.push({
      name: stdinName,
      here: () => {
        if (!stdinInput) throw new Error('standard input is checked before it is read');
        return checkSourceLazily(stdinInput, options);
      },
    });
  }
  tasks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Sliced by name before anything is read: a shard reads only its own files.
  if (shard) tasks = tasks.filter((task) => inShard(task.name, shard));
  // A rule set of one's own is code, which cannot be sent to a worker thread; the cache is consulted in this thread.
  const threads = rules || flags.cache ? 1 : (jobs ?? defaultJobs(tasks.length));
  boundHeapGrowth(tasks.length);

  const { lang } = messages;
  const applied = await appliedRules(options);
  const base = { lang, verbose: flags.verbose ?? false, quiet: flags.quiet ?? false, ...(applied ? { rules: applied } : {}) };
  // Colour is for the terminal: a report written to a file never has escape codes, whatever --color says.
  const terminal: FormatContext = { ...base, color: await colorFor(flags.color, io) };
  const plain: FormatContext = { ...base, color: NO_COLOR };
  const progress = wantsProgress(io) ? new ProgressLine(tasks.length, lang, (text) => io.stderr.write(text)) : undefined;
  // Only the formats this run writes are loaded: the JUnit report brings an XML builder, SARIF the rule catalogue.
  const { loadStreamingFormatter } = await import('../report/load-formatter.js');
  const formatters = new Map<FormatName, StreamingFormatter>();
  for (const target of targets) formatters.set(target.format, await loadStreamingFormatter(target.format));
  // Report files are created now, as temporary files: an unwritable folder fails the run before any dossier is read.
  const reports = ReportOutputs.open(
    targets,
    (target) => formatters.get(target.format)!,
    (target) => (target.file === undefined ? terminal : plain),
    io,
    progress && { before: () => progress.clear(), after: () => progress.redraw() },
    await githubStepSummary(targets, io.env, plain),
  );
  // An interrupted run (Ctrl-C, a CI job cancelled) leaves no temporary file behind, and no half report.
  const releaseInterrupt = io.onInterrupt?.(() => reports.abort());
  try {
    if (readsStdin) {
      const stdin = await io.readStdin(maxFileSize);
      stdinInput = stdin.ok
        ? { file: stdinName, bytes: stdin.bytes, explicit: true, ...(stdinPath === undefined ? {} : stdinEvidence(stdinPath)) }
        : { file: stdinName, error: stdin.failure };
    }
    const cache = flags.cache
      ? new ResultCache(cacheFilePath(flags.cacheLocation, io.cwd), cacheContext({ ...options, maxFileSize }), (line) => io.stderr.write(`${line}\n`), lang)
      : undefined;
    // Lazily, one file at a time as the report asks for it: results are not kept.
    const outcomes =
      threads > 1
        ? (await import('./worker-pool.js')).checkInWorkers(tasks, settings, threads - 1, { here: (await import('./check-file.js')).fileChecker(settings) })
        : checkHere(tasks, settings, rules, cache);

    const audit = auditSettingsOf({ cwd: io.cwd, reviewer, ...(flags.waivers === undefined ? {} : { waiversFlag: flags.waivers }), ...(only ? { only } : {}) });
    // One digest for every report of the run: each carries the same fingerprint.
    const digest = new AuditDigest(audit);
    const header = {
      tool: TOOL,
      asOf,
      audit,
      parameters: parametersInForce(asOf, configured.parameterOverrides),
      ...(reviewer.ignored.length > 0 ? { ignoredConfiguration: reviewer.ignored } : {}),
    };
    const tally = emptyTally();
    const skipped: SkippedFile[] = [];
    // `Date.now()`, not `performance.now()`: this needs milliseconds only, and `performance` loads Node's
    // performance-measurement modules on first use, a cost to every run (one served from the cache too).
    let yielded = Date.now();
    for await (const outcome of outcomes) {
      if (outcome.kind === 'skipped') {
        skipped.push(outcome.skipped);
        tally.skipped++;
      } else {
        // Waivers apply to every result, checked here, in a worker or taken from the cache, so they are always current.
        const dossier = reviewer.waivers ? reviewer.waivers.apply(outcome.result) : outcome.result;
        tallyDossier(tally, dossier);
        digest.add(dossier);
        // The reports begin with their first dossier: a run that finds none writes nothing to stdout.
        reports.begin(header);
        reports.dossier(dossier);
        if (flags.debug) writeDebug(dossier, io, progress);
      }
      progress?.update(tally.dossiers + tally.skipped, tally.failed);
      // Checking in this thread never leaves the microtask queue; a signal (Ctrl-C) is handled only once it does.
      if (Date.now() - yielded > YIELD_INTERVAL_MS) {
        await new Promise((resolveLater) => setImmediate(resolveLater));
        yielded = Date.now();
      }
    }
    progress?.finish();
    cache?.save();
    // A shard may hold no dossier although the run as a whole has some: only a run whose paths hold no file at all fails.
    const emptyIsFine = flags.allowEmpty || (shard !== undefined && files.length + (readsStdin ? 1 : 0) > 0);
    if (tally.dossiers === 0 && !emptyIsFine) {
      reports.abort();
      io.stderr.write(noDossierFound(requested, skipped, flags.verbose ?? false, lang));
      return EXIT.toolFailure;
    }
    const unusedWaivers = reviewer.waivers?.unused() ?? [];
    reports.end(header, { summary: summaryOf(tally), skipped, ...(unusedWaivers.length > 0 ? { unusedWaivers } : {}), fingerprint: digest.digest() });
    // An unused waiver is a warning of the run, not of a dossier: it fails `--fail-on warning` like any warning.
    return exitCodeFor({ ...tally, warnings: tally.warnings + unusedWaivers.length }, failOn);
  } catch (error) {
    progress?.finish();
    reports.abort();
    throw error;
  } finally {
    releaseInterrupt?.();
  }
}

/** How long a run checks in this thread before it lets the event loop run (signals, timers). */
const YIELD_INTERVAL_MS = 50;

const STDIN_NAME = '<stdin>';

function writeDebug(dossier: DossierResult, io: CliIo, progress: ProgressLine | undefined): void {
  const traces = dossier.debug ?? [];
  if (traces.length === 0) return;
  progress?.clear();
  for (const trace of traces) {
    // Each stack frame keeps its line; everything else is escaped, newlines too: the message can quote the dossier.
    const lines = trace
      .split(/\n(?= {4}at )/)
      .map(escapeForTerminal)
      .join('\n');
    io.stderr.write(`${escapeForTerminal(dossier.file)}: ${lines}\n`);
  }
  progress?.redraw();
}

/** The engine, loaded on the first file that is really checked. */
async function checkSourceLazily(input: SourceInput, options: CheckOptions): Promise<SourceOutcome> {
  const { checkSourceAsync } = await import('../engine/check.js');
  return checkSourceAsync(input, options);
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
  let checkOneFile: ((path: string, explicit: boolean) => Promise<SourceOutcome>) | undefined;
  const checker = async () => {
    checkOneFile ??= (await import('./check-file.js')).fileChecker(settings, rules);
    return checkOneFile;
  };
  const evidence = cache ? evidenceAccess() : undefined;
  for (const task of tasks) {
    if ('here' in task) {
      yield await task.here();
      continue;
    }
    if (!cache || !evidence) {
      yield await (await checker())(task.path, task.explicit);
      continue;
    }
    const read = readBytes(task.path, settings.maxFileSize);
    if (!read.ok) {
      yield await (await checker())(task.path, task.explicit);
      continue;
    }
    const { path, explicit, name } = task;
    const access = evidence(path);
    // The cache compares evidence by its hash alone: a PDF's text follows from its bytes.
    yield await cache.check({ path, name, explicit, bytes: read.bytes }, access.read, (recorded) =>
      checkSourceLazily({ file: name, bytes: read.bytes, evidence: recorded, evidenceText: access.readWithText, explicit }, cacheOptions(settings, rules)),
    );
  }
}

/** The evidence of the dossier read from standard input, looked for beside the name `--stdin-filename` gives it. */
function stdinEvidence(path: string): { evidence: EvidenceReader; evidenceText: EvidenceTextReader } {
  const { read, readWithText } = evidenceAccess()(path);
  return { evidence: read, evidenceText: readWithText };
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

/**
 * A run that checked no dossier says so instead of reporting "0 dossiers, all passed", as ESLint does for a pattern
 * that matches nothing: one line, and with `--verbose` the files that were skipped, one per line.
 */
function noDossierFound(paths: readonly string[], skipped: readonly SkippedFile[], verbose: boolean, lang: Lang): string {
  const where = paths.map(escapeForTerminal).join(lang === 'zh' ? '、' : ', ');
  const count = skipped.length;
  const names = verbose ? { zh: '', en: '' } : RUN_MESSAGES.verboseNames;
  const why = count === 0 ? RUN_MESSAGES.noYaml : formatMessage(count === 1 ? RUN_MESSAGES.skippedOne : RUN_MESSAGES.skippedMany, { count, verbose: names });
  const lines = [`dossier-check: ${formatMessage(RUN_MESSAGES.noDossier, { where, why })[lang]}`];
  if (verbose) for (const file of skipped) lines.push(`  ${escapeForTerminal(file.file)}: ${escapeForTerminal(file.reason[lang])}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The dossier rules the run applies, for the reports that list them (JUnit's test cases, SARIF's rules), when not the
 * built-in catalogue: a `--rule` selection, rules the configuration turns off, a bank's packs or embedded rules.
 */
async function appliedRules(options: CheckOptions): Promise<readonly RuleMeta[] | undefined> {
  if (!options.rules && !narrowsRules(options)) return undefined;
  const rules = options.rules ?? (await import('../rules/registry.js')).DOSSIER_RULES;
  return rules.filter((rule) => isSelected(rule.meta, options)).map((rule) => rule.meta);
}
