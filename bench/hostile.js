// Hostile inputs, one per class the engine guards against, each about 1 MiB: the work per MiB of each, and its
// ratio to the YAML parser alone on an ordinary file of the same size, measured in the same run. The target is
// under a second of work per MiB for every class; a quadratic path shows up here as minutes.
import { LineCounter, parseAllDocuments } from 'yaml';
import { checkSources } from '../dist/engine/check.js';

const MiB = 1024 * 1024;
const HEADER = 'dossierFormat: 1\n';

/** Repeats `unit` (with `i` for a counter) until the text reaches about one MiB. */
function fill(prefix, unit, suffix = '') {
  let text = prefix;
  for (let i = 0; text.length < MiB; i++) text += unit(i);
  return text + suffix;
}

const CLASSES = [
  ['a run of spaces in a date', () => `${HEADER}loan:\n  applicationDate: "2016${' '.repeat(MiB)}年5月1日"\n`],
  ['a run of spaces in an amount', () => `${HEADER}loan:\n  amount: "1${' '.repeat(MiB)}亿元"\n`],
  ['a run of spaces before a duplicate key', () => `${HEADER}project: 1\n"project${' '.repeat(MiB)}": 2\nproject: 3\n`],
  ['unknown keys (one map)', () => fill(HEADER, (i) => `k${i}: 1\n`)],
  ['duplicate keys', () => fill(`${HEADER}project:\n`, () => '  a: 1\n')],
  ['nested explicit keys (? ? ?)', () => fill(HEADER, () => '? ')],
  ['nested sequences on one line (- - -)', () => fill(HEADER, () => '- ')],
  ['open flow brackets', () => fill(`${HEADER}x: `, () => '[')],
  ['brackets inside quotes', () => fill(`${HEADER}x: "`, () => '{[', '"\n')],
  ['brackets inside a block scalar', () => fill(`${HEADER}x: |\n`, () => '  [[[[{{{{\n')],
  ['one long key', () => `${HEADER}? ${'k'.repeat(MiB)}\n: 1\n`],
  ['control characters and bidi overrides', () => fill(`${HEADER}project:\n  name: "`, () => '\\e[2J\\x9b\\u202e\\a', '"\n')],
  ['aliases', () => fill(`${HEADER}a: &a [x]\nb: [`, () => '*a, ', '*a]\n')],
];

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

export function benchHostile(runs = 3) {
  const ordinary = fill(HEADER, (i) => `  - { id: d${i}, kind: other, title: 文件${i} }\n`).replace(HEADER, `${HEADER}documents:\n`);
  const rows = [];
  for (const [name, make] of CLASSES) {
    const text = make();
    const bytes = new TextEncoder().encode(text);
    const sizeMiB = bytes.length / MiB;
    const checkMs = [];
    const parseMs = [];
    // Alternated, so both see the same state of the machine.
    for (let i = 0; i < runs; i++) {
      checkMs.push(time(() => checkSources([{ file: 'hostile.yaml', bytes }], { asOf: '2020-01-01' })));
      parseMs.push(time(() => parseAllDocuments(ordinary, { lineCounter: new LineCounter() })[0].toJS()));
    }
    const perMiB = median(checkMs) / sizeMiB;
    const parsePerMiB = median(parseMs) / (ordinary.length / MiB);
    rows.push([name, `${(perMiB / 1000).toFixed(2)} s`, `${(perMiB / parsePerMiB).toFixed(2)}x`, perMiB < 1000 ? 'yes' : 'NO']);
  }
  return rows;
}
