// Benchmarks, reported as ratios measured in the same run (absolute times depend on the machine):
//   cold start   one `dossier-check check FILE` against a bare `node -e ""`, both as fresh processes
//   throughput   the engine per dossier against the YAML parser alone on the same text, in one process
//   memory       heap after checking 10x as many dossiers (should stay flat: results are kept, sources are not)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseAllDocuments } from 'yaml';
import { checkSources } from '../dist/engine/check.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/dossier-check.js`;
const fixture = `${root}fixtures/dossiers/pass-built-housing.yaml`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeProcess(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function timeLoop(fn, iterations) {
  for (let i = 0; i < Math.min(200, iterations); i++) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}

const runs = Number(process.env.BENCH_RUNS ?? 15);
const bare = timeProcess(['-e', ''], runs);
const cold = timeProcess([bin, 'check', fixture, '--as-of', '2016-12-31'], runs);

const dossiers = readdirSync(`${root}fixtures/dossiers`)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(`${root}fixtures/dossiers/${name}`));
const iterations = Number(process.env.BENCH_ITERATIONS ?? 2000);
const engine = timeLoop((i) => checkSources([{ file: 'x.yaml', bytes: dossiers[i % dossiers.length] }], { asOf: '2016-12-31' }), iterations);
const texts = dossiers.map((bytes) => bytes.toString('utf8'));
const parser = timeLoop((i) => parseAllDocuments(texts[i % texts.length], { lineCounter: new LineCounter() })[0].toJS(), iterations);

function heapAfter(count) {
  const inputs = Array.from({ length: count }, (_, i) => ({ file: `d${i}.yaml`, bytes: dossiers[i % dossiers.length] }));
  globalThis.gc?.();
  const report = checkSources(inputs, { asOf: '2016-12-31' });
  globalThis.gc?.();
  const used = process.memoryUsage().heapUsed;
  return { used, findings: report.dossiers.length };
}
const small = heapAfter(500);
const large = heapAfter(5000);

const rows = [
  ['cold start: check one dossier / bare node', `${(cold / bare).toFixed(1)}x`, `${cold.toFixed(0)} ms / ${bare.toFixed(0)} ms`],
  ['throughput: engine / YAML parser alone, per dossier', `${(engine / parser).toFixed(2)}x`, `${engine.toFixed(2)} ms / ${parser.toFixed(2)} ms`],
  [
    'heap after 5,000 / after 500 dossiers (reports kept)',
    `${(large.used / small.used).toFixed(2)}x`,
    `${(large.used / 1e6).toFixed(0)} MB / ${(small.used / 1e6).toFixed(0)} MB`,
  ],
];
console.log('| measure | ratio | measured |\n| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

// Hostile inputs: work per MiB of each class, against the parser alone on an ordinary file of the same size.
const { benchHostile } = await import('./hostile.js');
console.log('\n| hostile input (about 1 MiB) | work per MiB | / YAML parser per MiB | under 1 s per MiB |\n| --- | --- | --- | --- |');
for (const row of benchHostile()) console.log(`| ${row.join(' | ')} |`);
