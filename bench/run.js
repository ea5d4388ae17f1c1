// `npm run bench`: the performance measures, each a ratio of commands run alternately in one run (A B A B …, so both
// see the same state of a shared machine), with peak RSS and CPU time from the OS (`/usr/bin/time -v`, or the
// process's own `resourceUsage()` through bench/usage-probe.js where that is missing), never heap counters.
// Prints the machine, a Markdown table (measure | measured | target | met?) and writes bench/results.json.
//
// Environment: BENCH_QUICK=1 (N = 100 and 1,000, 3 runs, 2,000 files in one folder), BENCH_RUNS (alternated rounds,
// default 5), BENCH_FOLDER=1 or 0 (run or skip the 20,000-file folder;
// by default it runs when the batch rate predicts under 3 minutes for it), BENCH_FOLDER_RUNS (default 1), BENCH_SEED (default 9),
// BENCH_HOSTILE=0 (skip the hostile inputs), BENCH_KEEP=1 (keep the generated dossiers), BENCH_BIN (another build).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDossiers } from './generate-dossiers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_BIN measures another build of the checker (its `check --help` decides which options are measured).
const bin = process.env.BENCH_BIN ?? join(root, 'bin/dossier-check.js');
const floorScript = join(root, 'bench/parse-floor.js');
const probe = join(root, 'bench/usage-probe.js');
const node = process.execPath;
const GNU_TIME = '/usr/bin/time';
const hasTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', node, '-e', '0']).status === 0;

const env = process.env;
const quick = env.BENCH_QUICK === '1';
const runs = Number(env.BENCH_RUNS ?? (quick ? 3 : 5));
const seed = Number(env.BENCH_SEED ?? 9);
const folderRuns = Number(env.BENCH_FOLDER_RUNS ?? 1);
const sizes = quick ? { sample: 100, batch: 100, large: 1000, folder: 2000 } : { sample: 100, batch: 1000, large: 10000, folder: 20000 };
// A date at which every generated dossier is judged as intended (approvals valid, programme running).
const asOf = '2017-12-31';
const MiB = 1024;

const started = process.hrtime.bigint();
const tmp = mkdtempSync(join(tmpdir(), 'dossier-check-bench-'));
const progress = (line) => process.stderr.write(`bench: ${line}\n`);

// ---- measuring one process ----

/**
 * Runs `node ARGS` once: wall time, CPU time (user + system, all threads) and peak RSS of the process, and its exit
 * status. `stdout` is a file to write the output to (else it is discarded).
 */
function measure(args, stdout) {
  const usageFile = join(tmp, 'usage.txt');
  const argv = hasTime ? [GNU_TIME, ['-v', '-o', usageFile, node, ...args]] : [node, ['--import', probe, ...args]];
  const out = stdout ? openSync(stdout, 'w') : 'ignore';
  const start = process.hrtime.bigint();
  const child = spawnSync(argv[0], argv[1], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (typeof out === 'number') closeSync(out);
  // The checker exits 1 when a dossier fails, which generated sets always hold; 2 is a failure of the tool.
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.toString().slice(0, 2000)}`);
  }
  const text = readFileSync(usageFile, 'utf8');
  let cpuMs;
  let rssKiB;
  if (hasTime) {
    const field = (name) => Number(text.match(new RegExp(`${name}: ([\\d.]+)`))?.[1]);
    cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
    rssKiB = field('Maximum resident set size \\(kbytes\\)');
  } else {
    const usage = JSON.parse(text);
    cpuMs = (usage.user + usage.system) / 1000;
    rssKiB = usage.maxRSS;
  }
  return { wallMs, cpuMs, rssKiB };
}

/**
 * Runs each command once untimed (to fill the page cache; skipped for sets just written, which are in it already),
 * then `rounds` rounds of all commands in turn. Returns, per command, its samples.
 */
function alternate(commands, rounds, label, warmUp = true) {
  if (warmUp) for (const command of Object.values(commands)) measure(command.args, command.stdout);
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    progress(`${label}: round ${round + 1} of ${rounds}`);
    for (const [name, command] of Object.entries(commands)) samples[name].push(measure(command.args, command.stdout));
  }
  return samples;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median over rounds of A's metric divided by B's in the same round: a drift of the machine cancels out. */
const pairedRatio = (a, b, metric) => median(a.map((sample, i) => sample[metric] / b[i][metric]));
const med = (samples, metric) => median(samples.map((sample) => sample[metric]));

const fmt = {
  x: (value) => `${value.toFixed(2)}×`,
  ms: (value) => `${value.toFixed(0)} ms`,
  s: (value) => `${(value / 1000).toFixed(1)} s`,
  mib: (kib) => `${(kib / MiB).toFixed(0)} MiB`,
  n: (value) => value.toLocaleString('en-US'),
};

// ---- the machine and the build ----

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = {
  cpu,
  cores: availableParallelism(),
  node: process.version,
  os: `${type()} ${release()}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  loadAverageAtStart: loadavg()
    .map((value) => value.toFixed(2))
    .join(' '),
  rssFrom: hasTime ? '/usr/bin/time -v' : 'process.resourceUsage() (bench/usage-probe.js)',
};

const help = spawnSync(node, [bin, 'check', '--help'], { encoding: 'utf8' }).stdout;
const supports = { cache: /--cache\b/.test(help), cacheLocation: /--cache-location\b/.test(help), jobs: /--jobs\b/.test(help) };
const NA = 'n/a (not supported by this build)';
progress(
  `options of this build: ${Object.entries(supports)
    .map(([name, on]) => `${name} ${on ? 'yes' : 'no'}`)
    .join(', ')}`,
);

// ---- the dossiers ----

function generate(count, flat) {
  const dir = join(tmp, `${flat ? 'flat' : 'tree'}-${count}`);
  const start = Date.now();
  const expected = generateDossiers({ seed, count, dir, flat });
  progress(`generated ${fmt.n(count)} dossiers${flat ? ' in one folder' : ''} in ${fmt.s(Date.now() - start)}`);
  return { dir, expected, count };
}

const sample = generate(sizes.sample, false);
const batch = sizes.batch === sizes.sample ? sample : generate(sizes.batch, false);
const large = generate(sizes.large, false);

const checkArgs = (paths, ...extra) => [bin, 'check', ...paths, '--as-of', asOf, ...extra];
const batchArgs = (paths, ...extra) => checkArgs(paths, '--format', 'json', ...extra);
const jobs1 = supports.jobs ? ['--jobs', '1'] : [];
const cacheArgs = (name) => (supports.cache ? ['--cache', ...(supports.cacheLocation ? ['--cache-location', join(tmp, `cache-${name}`)] : [])] : []);

// The generated mix, checked by the real checker: every dossier meant to pass passes (a warning at most), every one
// meant to fail fails with the intended rule among its findings, and none fails for a reason not intended. A scan's
// "cannot be verified from the file" is information, which every scan gets and which judges nothing.
function verifyMix(set) {
  const out = join(tmp, 'mix.json');
  measure(batchArgs([set.dir]), out);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const byFile = new Map(report.dossiers.map((dossier) => [dossier.file, dossier]));
  const tally = { pass: 0, warn: 0, fail: 0 };
  const wrong = [];
  for (const intended of set.expected) {
    tally[intended.outcome]++;
    const dossier = byFile.get(join(set.dir, intended.file));
    const rules = new Set(dossier?.findings.filter((finding) => finding.severity !== 'information').map((finding) => finding.ruleId));
    const unintended = [...rules].filter((rule) => rule !== intended.rule);
    const verdict = intended.outcome === 'fail' ? 'fail' : 'pass';
    if (!dossier || dossier.verdict !== verdict || unintended.length > 0 || (intended.rule && !rules.has(intended.rule))) {
      wrong.push(`${intended.file}: meant ${intended.outcome}${intended.rule ? ` (${intended.rule})` : ''}, got ${dossier?.verdict} ${[...rules].join(', ')}`);
    }
  }
  const categories = new Set(set.expected.map((intended) => intended.category)).size;
  const withEvidence = set.expected.filter((intended) => intended.evidence > 0).length;
  return { dossiers: set.expected.length, ...tally, categories, withEvidence, agree: set.expected.length - wrong.length, wrong: wrong.slice(0, 10) };
}
const mix = verifyMix(sample);
progress(`generated mix: ${mix.pass} pass, ${mix.warn} pass with a warning, ${mix.fail} fail; the checker agrees on ${mix.agree} of ${mix.dossiers}`);
for (const line of mix.wrong) progress(`  disagreement: ${line}`);

const rows = [];
const raw = {};
const row = (id, measure, measured, target, met) => rows.push({ id, measure, measured, target, met });

// ---- 1. cold start ----

// One generated dossier that passes and names evidence scans, so a cache hit has files to hash as well.
const one = join(sample.dir, (sample.expected.find((intended) => intended.outcome === 'pass' && intended.evidence > 0) ?? sample.expected[0]).file);
const coldRuns = Math.max(runs, quick ? 3 : 9);
{
  const samples = alternate({ bare: { args: ['-e', '0'] }, check: { args: checkArgs([one]) }, floor: { args: [floorScript, one] } }, coldRuns, 'cold start');
  raw.coldStart = samples;
  const overBare = pairedRatio(samples.check, samples.bare, 'wallMs');
  const overFloor = pairedRatio(samples.check, samples.floor, 'wallMs');
  const floorOverBare = pairedRatio(samples.floor, samples.bare, 'wallMs');
  row(
    'coldStart',
    'cold `check` of one dossier / bare `node -e 0`',
    `${fmt.x(overBare)} bare node = ${fmt.x(overFloor)} the parse floor (${fmt.ms(med(samples.check, 'wallMs'))}; bare ${fmt.ms(med(samples.bare, 'wallMs'))}; floor ${fmt.ms(med(samples.floor, 'wallMs'))} = ${fmt.x(floorOverBare)} bare)`,
    '≤ 1.1× the parse floor',
    overFloor <= 1.1,
  );
  rows.at(-1).values = { overBare, overFloor, floorOverBare };
}

// ---- 2. cold start with a cache hit ----

if (supports.cache) {
  const args = checkArgs([one], ...cacheArgs('one'));
  measure(args); // fills the cache
  const samples = alternate({ bare: { args: ['-e', '0'] }, hit: { args } }, coldRuns, 'cache hit');
  raw.cacheHit = samples;
  const overBare = pairedRatio(samples.hit, samples.bare, 'wallMs');
  row(
    'cacheHit',
    'same, when the result cache holds the dossier / bare node',
    `${fmt.x(overBare)} (${fmt.ms(med(samples.hit, 'wallMs'))}; bare ${fmt.ms(med(samples.bare, 'wallMs'))})`,
    '≤ 1.5× bare node',
    overBare <= 1.5,
  );
  rows.at(-1).values = { overBare };
} else row('cacheHit', 'same, when the result cache holds the dossier / bare node', NA, '≤ 1.5× bare node', null);

// ---- 3. batch CPU per dossier ----

let batchRss;
let batchCpuRatio;
{
  const samples = alternate(
    { check: { args: batchArgs([batch.dir], ...jobs1) }, floor: { args: [floorScript, batch.dir] } },
    runs,
    `batch of ${fmt.n(batch.count)}`,
  );
  raw.batch = samples;
  batchCpuRatio = pairedRatio(samples.check, samples.floor, 'cpuMs');
  batchRss = med(samples.check, 'rssKiB');
  const perDossier = (name) => `${(med(samples[name], 'cpuMs') / batch.count).toFixed(2)} ms`;
  row(
    'batchCpu',
    `batch CPU per dossier / parse floor (N = ${fmt.n(batch.count)}${supports.jobs ? ', `--jobs 1`' : ''})`,
    `${fmt.x(batchCpuRatio)} (${perDossier('check')} / ${perDossier('floor')} CPU per dossier, start-up included)`,
    '≤ 1.15×',
    batchCpuRatio <= 1.15,
  );
  rows.at(-1).values = { ratio: batchCpuRatio, checkCpuMs: med(samples.check, 'cpuMs'), floorCpuMs: med(samples.floor, 'cpuMs') };
}

// ---- 4, 6, 7. the large set: memory, --jobs 2 against --jobs 1, a warm cache against a cold run ----

{
  const outputs = { one: join(tmp, 'out-jobs1.json'), two: join(tmp, 'out-jobs2.json'), warm: join(tmp, 'out-warm.json') };
  const commands = { one: { args: batchArgs([large.dir], ...jobs1), stdout: outputs.one } };
  if (supports.jobs) commands.two = { args: batchArgs([large.dir], '--jobs', '2'), stdout: outputs.two };
  // The warm run uses the same options as the cold run it is compared with (the default number of jobs).
  const cold = supports.jobs ? 'two' : 'one';
  if (supports.cache) {
    const args = batchArgs([large.dir], ...(supports.jobs ? ['--jobs', '2'] : []), ...cacheArgs('large'));
    const fill = measure(args);
    raw.cacheFill = fill;
    progress(`cache filled on ${fmt.n(large.count)} dossiers in ${fmt.s(fill.wallMs)}`);
    commands.warm = { args, stdout: outputs.warm };
  }
  const samples = alternate(commands, runs, `${fmt.n(large.count)} dossiers`, false);
  raw.large = samples;

  const rss = med(samples.one, 'rssKiB');
  const perExtra = (rss - batchRss) / (large.count - batch.count);
  row(
    'memory',
    `peak memory at ${fmt.n(large.count)} dossiers${supports.jobs ? ' (`--jobs 1`)' : ''}, and per extra dossier`,
    `${fmt.mib(rss)}, ${perExtra.toFixed(1)} KiB per extra dossier (${fmt.mib(batchRss)} at ${fmt.n(batch.count)})${supports.jobs ? `; ${fmt.mib(med(samples.two, 'rssKiB'))} with \`--jobs 2\`` : ''}`,
    '≤ 130 MiB, ≤ 4 KiB per extra dossier',
    rss <= 130 * MiB && perExtra <= 4,
  );
  rows.at(-1).values = { rssKiB: rss, perExtraKiB: perExtra, batchRssKiB: batchRss, ...(supports.jobs ? { jobs2RssKiB: med(samples.two, 'rssKiB') } : {}) };

  const same = (a, b) => readFileSync(a).equals(readFileSync(b));
  if (supports.jobs) {
    const speedUp = pairedRatio(samples.one, samples.two, 'wallMs');
    const identical = same(outputs.one, outputs.two);
    row(
      'jobs',
      `\`--jobs 2\` vs \`--jobs 1\` at ${fmt.n(large.count)} dossiers`,
      `${fmt.x(speedUp)} faster (${fmt.s(med(samples.two, 'wallMs'))} / ${fmt.s(med(samples.one, 'wallMs'))}); output ${identical ? 'byte-identical' : 'DIFFERS'}`,
      '≥ 1.6× faster, byte-identical output',
      speedUp >= 1.6 && identical,
    );
    rows.at(-1).values = { speedUp, identical };
  } else row('jobs', `\`--jobs 2\` vs \`--jobs 1\` at ${fmt.n(large.count)} dossiers`, NA, '≥ 1.6× faster, byte-identical output', null);

  if (supports.cache) {
    const share = pairedRatio(samples.warm, samples[cold], 'wallMs');
    const identical = same(outputs.warm, outputs[cold]);
    row(
      'warmCache',
      `warm re-run of ${fmt.n(large.count)} unchanged dossiers with \`--cache\` / cold run`,
      `${(share * 100).toFixed(1)}% (${fmt.s(med(samples.warm, 'wallMs'))} / ${fmt.s(med(samples[cold], 'wallMs'))}); output ${identical ? 'byte-identical' : 'DIFFERS'}`,
      '≤ 10%',
      share <= 0.1 && identical,
    );
    rows.at(-1).values = { share, identical, cacheFillWallMs: raw.cacheFill.wallMs };
  } else row('warmCache', `warm re-run of ${fmt.n(large.count)} unchanged dossiers with \`--cache\` / cold run`, NA, '≤ 10%', null);
}

// ---- 5. one folder of many files ----

// Predicted from the batch above: the checker and the floor on this many files, once each.
const folderEstimateMs = (folderRuns * sizes.folder * (med(raw.batch.check, 'wallMs') + med(raw.batch.floor, 'wallMs'))) / batch.count;
const folderOn = env.BENCH_FOLDER === '1' || (env.BENCH_FOLDER !== '0' && folderEstimateMs < 3 * 60_000);
if (folderOn) {
  const flat = generate(sizes.folder, true);
  const samples = alternate(
    { check: { args: batchArgs([flat.dir], ...jobs1) }, floor: { args: [floorScript, flat.dir] } },
    folderRuns,
    `${fmt.n(flat.count)} files in one folder`,
    false,
  );
  raw.folder = samples;
  const cpuRatio = pairedRatio(samples.check, samples.floor, 'cpuMs');
  const rss = med(samples.check, 'rssKiB');
  row(
    'folder',
    `${fmt.n(flat.count)} files in one folder${supports.jobs ? ' (`--jobs 1`)' : ''}`,
    `${fmt.s(med(samples.check, 'wallMs'))}, ${fmt.mib(rss)} peak; CPU ${fmt.x(cpuRatio)} the parse floor (${folderRuns} run${folderRuns > 1 ? 's' : ''})`,
    'the batch rate above (≤ 1.15× the floor), ≤ 130 MiB',
    cpuRatio <= 1.15 && rss <= 130 * MiB,
  );
  rows.at(-1).values = { wallMs: med(samples.check, 'wallMs'), rssKiB: rss, cpuRatio };
} else {
  const why = env.BENCH_FOLDER === '0' ? 'BENCH_FOLDER=0' : `predicted ${fmt.s(folderEstimateMs)}; BENCH_FOLDER=1 runs it`;
  row('folder', `${fmt.n(sizes.folder)} files in one folder`, `skipped (${why})`, 'the batch rate above (≤ 1.15× the floor), ≤ 130 MiB', null);
}

// ---- the report ----

const order = ['coldStart', 'cacheHit', 'batchCpu', 'memory', 'folder', 'jobs', 'warmCache'];
rows.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const met = (value) => (value === null ? '—' : value ? 'yes' : '**no**');

console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; Node ${machine.node}; ${machine.os}; load average at start ${machine.loadAverageAtStart}`,
);
console.log(
  `Peak RSS and CPU time from ${machine.rssFrom}. Ratios: medians over ${runs} alternated rounds (${coldRuns} for start-up) of A/B in the same round.`,
);
console.log(
  `Dossiers: seed ${seed}, ${fmt.n(batch.count)} and ${fmt.n(large.count)} in folders by city; the checker agrees with the intended outcome of ${mix.agree} of ${mix.dossiers} sampled (${mix.pass} pass, ${mix.warn} warn, ${mix.fail} fail, ${mix.categories} categories, ${mix.withEvidence} with evidence scans).\n`,
);
console.log('| measure | measured | target | met? |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.measure} | ${r.measured} | ${r.target} | ${met(r.met)} |`);

let hostile = [];
if (env.BENCH_HOSTILE !== '0') {
  // Hostile inputs: work per MiB of each class, against the parser alone on an ordinary file of the same size.
  progress('hostile inputs');
  const { benchHostile } = await import('./hostile.js');
  hostile = benchHostile(quick ? 1 : 3);
  console.log('\n| hostile input (about 1 MiB) | work per MiB | / YAML parser per MiB | under 1 s per MiB |\n| --- | --- | --- | --- |');
  for (const line of hostile) console.log(`| ${line.join(' | ')} |`);
}

const total = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`\nThe benchmark took ${(total / 60).toFixed(1)} minutes (${seconds.toFixed(0)} s before the hostile inputs).`);

const results = {
  date: new Date().toISOString(),
  machine,
  build: { version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, supports },
  config: { quick, runs, coldRuns, seed, asOf, sizes, folder: folderOn, folderRuns },
  generatedMix: mix,
  measures: rows,
  hostile: hostile.map(([input, perMiB, overParser, under]) => ({ input, perMiB, overParser, underOneSecond: under === 'yes' })),
  seconds: Math.round(total),
  samples: raw,
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (env.BENCH_KEEP === '1') progress(`dossiers kept in ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
