import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

const BUNDLE = join(ROOT, 'dist/bundle');
const ENTRY = 'dossier-check.js';
const FIXTURE = 'fixtures/dossiers/pass-built-housing.yaml';

/** The source files esbuild wrote into an output file, by the `// path` line it puts before each. */
function sourcesOf(file: string): string[] {
  return [...readFileSync(join(BUNDLE, file), 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((match) => match[1]!);
}

/** The output files a start loads: the entry and every chunk it imports statically, transitively. */
function loadedAtStart(): Set<string> {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const text = readFileSync(join(BUNDLE, file), 'utf8');
    // Static imports only: `import … from "./chunk.js"` at the top level, not `import("./chunk.js")`.
    for (const match of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"\.\/([^"]+)"/gm)) visit(match[1]!);
  };
  visit(ENTRY);
  return loaded;
}

describe('the bundled executable', () => {
  const copy = mkdtempSync(join(tmpdir(), 'dossier-check-bundle-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('runs with no node_modules beside it: every dependency is in the bundle, and the schema is found', () => {
    for (const entry of ['bin', 'dist/bundle', 'schemas', 'package.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    cpSync(join(ROOT, FIXTURE), join(copy, 'dossier.yaml'));
    const bin = join(copy, 'bin/dossier-check.js');

    const check = runCli(['check', 'dossier.yaml', '--as-of', '2016-12-31', '--format', 'json'], { cwd: copy, bin });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).dossiers).toHaveLength(1);

    const schema = runCli(['schema'], { cwd: copy, bin });
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8')));

    const explain = runCli(['explain', 'four-approvals'], { cwd: copy, bin });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('What is checked:');
  });

  it('loads the engine, the formatters, explain, the rule catalogue and chalk only when a command uses them', () => {
    const atStart = [...loadedAtStart()].flatMap(sourcesOf);
    const everywhere = readdirSync(BUNDLE)
      .filter((file) => file.endsWith('.js'))
      .flatMap(sourcesOf);
    expect(atStart).toContain('node_modules/commander/lib/command.js');
    // The YAML parser, the validator and the rules too: a run whose dossiers all come from the cache needs none.
    const lazyModules = [
      'src/engine/check.ts',
      'src/engine/validate.ts',
      'src/rules/registry.ts',
      'node_modules/yaml/browser/dist/parse/parser.js',
      'src/report/text.ts',
      'src/report/explain.ts',
      'src/report/rule-catalogue.ts',
      'node_modules/chalk/source/index.js',
    ];
    for (const lazy of lazyModules) {
      expect(everywhere).toContain(lazy);
      expect(atStart).not.toContain(lazy);
    }
  });

  it('loads a few files, not dozens, at start and for a run served from the cache', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-check-files-'));
    try {
      const check = ['check', join(ROOT, FIXTURE), '--as-of', '2016-12-31', '--no-config', '--cache', '--cache-location', `${folder}/`];
      expect(runCli(check).code).toBe(0);
      // Each file is a read, a compile and a link: the count is what grows when a chunk splits into many.
      expect(bundleFilesLoaded(['--version']).length).toBeLessThanOrEqual(5);
      expect(bundleFilesLoaded(check).length).toBeLessThanOrEqual(12);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** The files of dist/bundle/ a run loads, as a module loader hook sees them. */
function bundleFilesLoaded(args: readonly string[]): string[] {
  const hook = `export async function load(url, context, next) { if (url.includes('/dist/bundle/')) console.error('LOADED', url); return next(url, context); }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  const run = runCli(args, { env: { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(register)}` } });
  expect(run.code).toBe(0);
  const files = [...new Set(run.stderr.split('\n').filter((line) => line.startsWith('LOADED ')))];
  expect(files.length).toBeGreaterThan(0);
  return files;
}
