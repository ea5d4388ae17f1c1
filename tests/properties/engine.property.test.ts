import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkSources } from '../../src/engine/check.js';
import { exitCode } from '../../src/engine/exit-code.js';
import { FORMATTERS } from '../../src/report/formatters.js';
import { ROOT } from '../support/run-cli.js';

/**
 * Whatever the bytes, the engine returns a report (never throws), the exit code is 0 or 1 (a 2 would mean a rule
 * crashed), and a second run gives byte-identical output. 10,000 cases in all; FC_RUNS scales them for a soak.
 */
const SCALE = Number(process.env.FC_RUNS ?? 1);
const runs = (n: number) => Math.round(n * SCALE);
/** Generous: a slow or busy machine must not turn thousands of passing cases into a timeout. */
const TIMEOUT = 15 * 60_000 * SCALE;

const FIXTURES = join(ROOT, 'fixtures/dossiers');
const VALID = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('pass-'))
  .map((name) => readFileSync(join(FIXTURES, name)));
const VALID_DATA = VALID.map((bytes) => parse(bytes.toString('utf8')) as unknown);

function runOnce(bytes: Uint8Array): string {
  const report = checkSources([{ file: 'case.yaml', bytes, explicit: true }], { asOf: '2016-12-31' });
  expect(report.dossiers.length + report.skipped.length).toBe(1);
  const code = exitCode(report, 'error');
  expect([0, 1], JSON.stringify(report.dossiers[0]?.findings.filter((f) => f.ruleId === 'internal-error'))).toContain(code);
  const context = { lang: 'zh' as const, color: new Chalk({ level: 0 }), verbose: true };
  return FORMATTERS.json(report, context) + FORMATTERS.text(report, { ...context, lang: 'en' });
}

function holds(bytes: Uint8Array): void {
  const first = runOnce(bytes);
  expect(runOnce(bytes)).toBe(first);
}

type Json = unknown;
type Path = (string | number)[];

/** Every path into a value, so a mutation can pick any place in the dossier. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

function getAt(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)?.[key], value);
}

function setAt(value: Json, path: Path, replacement: Json | typeof DROP): Json {
  if (path.length === 0) return replacement === DROP ? null : replacement;
  const copy = structuredClone(value) as Record<string | number, Json>;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path.at(-1)!;
  if (replacement === DROP) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key];
  } else {
    (parent as Record<string | number, Json>)[key] = replacement;
  }
  return copy;
}
const DROP = Symbol('drop');

/** Values people put in wrong places: other types, near-miss dates and amounts, valid values of other fields. */
const strayValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 2016, '', 'yes', '2016-02-30', '2016年5月1日', '5亿元', '20%', '__proto__', [], {}),
  fc.constantFrom<Json>(
    '2016-01-01',
    '2018-06-30',
    '2030-12-31',
    'monetized',
    'built-housing',
    'bridge-loan',
    'agricultural-development-bank',
    'eia-filing',
    'doc-fsr',
    'agr-pos',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

const mutation = fc
  .record({
    dossier: fc.nat(VALID_DATA.length - 1),
    seed: fc.nat(),
    changes: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.constant(DROP), fc.constant('swap' as const), strayValue)), { minLength: 1, maxLength: 4 }),
  })
  .map(({ dossier, changes }) => {
    let data: Json = VALID_DATA[dossier];
    for (const [pick, other, change] of changes) {
      const paths = pathsOf(data).filter((path) => path.length > 0);
      if (paths.length === 0) break;
      const path = paths[pick % paths.length]!;
      if (change === 'swap') {
        // Shuffled values: the value of another place put here.
        data = setAt(data, path, structuredClone(getAt(data, paths[other % paths.length]!)));
      } else {
        data = setAt(data, path, change);
      }
    }
    return Buffer.from(stringify(data, { aliasDuplicateObjects: false }), 'utf8');
  });

describe('the engine on any input', () => {
  it(
    'mutated valid dossiers (dropped keys, wrong types, shuffled values): a report, exit 0 or 1, the same twice',
    () => {
      fc.assert(fc.property(mutation, holds), { numRuns: runs(4000) });
    },
    TIMEOUT,
  );

  it(
    'valid dossiers truncated at any byte',
    () => {
      const truncated = fc.nat(VALID.length - 1).chain((i) => fc.nat(VALID[i]!.length).map((end) => VALID[i]!.subarray(0, end)));
      fc.assert(fc.property(truncated, holds), { numRuns: runs(3000) });
    },
    TIMEOUT,
  );

  it(
    'random bytes, random text and random YAML-looking text',
    () => {
      const yamlish = fc
        .array(
          fc.constantFrom(
            'dossierFormat: 1\n',
            'project:\n',
            '  - ',
            ': ',
            '[',
            ']',
            '{',
            '}',
            '&a ',
            '*a',
            '<<: ',
            '"',
            "'",
            '\t',
            '\r\n',
            '#',
            '---\n',
            '!tag ',
            '测试',
            '  ',
            '\n',
          ),
          { maxLength: 60 },
        )
        .map((parts) => Buffer.from(parts.join(''), 'utf8'));
      const input = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => Buffer.from(s, 'utf8')),
        yamlish,
      );
      fc.assert(fc.property(input, holds), { numRuns: runs(3000) });
    },
    TIMEOUT,
  );
});
