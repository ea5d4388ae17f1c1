// Bundles the command line into dist/bundle/ with esbuild, so a start loads a few files instead of some 170 modules.
// `tsc` still builds dist/ (the library API and its types); this runs after it, from `npm run build`.
//
// Code a run served from the cache does not need (the YAML parser, the rules, the other formats, `explain`, chalk)
// is reached through dynamic `import()`, and with `splitting` each such import becomes a chunk loaded only when it
// runs; what the common runs do need is kept in a few chunks (see COMMON_PATH).
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaultOutdir = `${root}dist/bundle`;

/**
 * Each entry becomes `dist/bundle/<name>.js`. A worker thread needs a file of its own, so a worker module is an entry
 * beside the command line; one that does not exist yet is skipped, so the list can name it ahead of time.
 */
const ENTRIES = {
  'dossier-check': 'src/cli/main.ts',
  'check-worker': 'src/cli/check-worker.ts',
};

/** Node's own modules by the names packages use for them: `node:fs`, and `fs`, `buffer`, `process` without the prefix. */
const BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((name) => name.replace(/[/]/g, '\\/')).join('|')})$`);

/**
 * Node's own modules as `process.getBuiltinModule` gives them (Node 20.16 and later). An ES import of a built-in
 * module builds its whole namespace, and for `node:fs` or `node:crypto` that runs the getters that load `fs/promises`
 * and WebCrypto, some milliseconds of a start that needs neither; the module object itself loads nothing more. It
 * also serves the bundled CommonJS packages' `require` calls, which an ES bundle has no `require` for.
 *
 * Commander loads `node:child_process` only to run executable subcommands, which this tool has none of: it gets the
 * module on first use.
 */
const nodeBuiltins = {
  name: 'node-builtins',
  setup(build) {
    build.onResolve({ filter: BUILTIN }, ({ path, importer, kind }) => ({
      path: path.replace(/^node:/, ''),
      namespace:
        /[\\/]node_modules[\\/]commander[\\/]/.test(importer) && /child_process$/.test(path)
          ? 'node-builtin-on-use'
          : kind === 'import-statement' && !GETTERS_IMPORTED.has(path.replace(/^node:/, ''))
            ? 'node-builtin-esm'
            : 'node-builtin',
    }));
    build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, ({ path }) => ({
      contents: `module.exports = process.getBuiltinModule(${JSON.stringify(`node:${path}`)});`,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'node-builtin-esm' }, ({ path }) => ({ contents: builtinAsEsModule(`node:${path}`), loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'node-builtin-on-use' }, ({ path }) => ({
      contents: `module.exports = new Proxy({}, { get: (_target, key) => process.getBuiltinModule(${JSON.stringify(`node:${path}`)})[key] });`,
      loader: 'js',
    }));
  },
};

/**
 * Built-in modules the code imports a getter property of (`TextDecoder` of `node:util`): these stay CommonJS modules,
 * whose properties are read when used.
 */
const GETTERS_IMPORTED = new Set(['util']);

/**
 * A built-in module for ES `import`s: its functions and values as named exports, read once. As a CommonJS module
 * (what `require` gets), each ES module importing it would copy every property onto an object of its own at start,
 * some hundred properties for `node:fs` in each of dozens of modules. Only plain values are exported: a property
 * with a getter (`fs.promises`) runs code when read, so an import of one fails the build rather than load it early.
 */
function builtinAsEsModule(name) {
  const real = process.getBuiltinModule(name);
  const names = Object.entries(Object.getOwnPropertyDescriptors(real))
    .filter(([key, descriptor]) => 'value' in descriptor && /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default')
    .map(([key]) => key);
  return `const $builtin = process.getBuiltinModule(${JSON.stringify(name)});\nexport default $builtin;\nexport const { ${names.join(', ')} } = $builtin;\n`;
}

/**
 * `yaml` from its ES build for bundlers (`yaml/browser`), which is the same parser without the Node build's lookup of
 * `process.env.LOG_TOKENS` for every token and `LOG_STREAM` for every document: reading `process.env` calls into the
 * operating system's environment each time, and on these files it was about a fifth of the whole run's CPU time.
 * Its one other difference, a warning printed with `console.warn` rather than `process.emitWarning`, is for keys
 * that are collections, which the loader refuses before converting any data.
 */
const yamlWithoutEnvironmentLookups = {
  name: 'yaml-without-environment-lookups',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: `${root}node_modules/yaml/browser/index.js` }));
  },
};

/**
 * The modules the common runs need, the command declarations and `check` with its text report (all that a run served
 * from the result cache loads), in a few large files rather than some forty small ones: each file costs a read, a
 * compile and a link, about half a millisecond at every start.
 *
 * esbuild puts a module into a chunk by the set of entries that reach it, and every `import()` is an entry, so a
 * module the start needs that an `import()`ed module also imports became a chunk of its own. Here every `import()`
 * outside the engine first imports these modules (COMMON_PATH), so they are all reached by the same entries and share
 * a few chunks: what the start needs, what `check` adds, and what of each a worker thread needs too. Sound, since
 * these modules only declare things when evaluated: importing one sooner changes when it loads, nothing else; and
 * an `import()` passes on the module's named exports, which is all the code takes from one. The engine's `import()`s
 * are left alone: a worker thread runs them, and needs nothing of the command line.
 */
const COMMON_PATH = ['src/cli/run.ts', 'src/cli/check-command.ts', 'src/report/load-formatter.ts', 'src/report/text.ts'];

const commonPath = {
  name: 'common-path',
  setup(build) {
    build.onResolve({ filter: /^common-path$/ }, () => ({ path: 'common-path', namespace: 'common-path' }));
    build.onLoad({ filter: /.*/, namespace: 'common-path' }, () => ({
      contents: COMMON_PATH.map((source) => `import ${JSON.stringify(`${root}${source}`)};`).join('\n'),
      resolveDir: root,
      loader: 'js',
    }));
    build.onResolve({ filter: /.*/ }, async ({ kind, path, importer, resolveDir }) => {
      if (kind !== 'dynamic-import' || /[\\/]src[\\/]engine[\\/]/.test(importer)) return undefined;
      const resolved = await build.resolve(path, { kind: 'import-statement', importer, resolveDir });
      if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
      return { path: resolved.path, namespace: 'after-common-path' };
    });
    build.onLoad({ filter: /.*/, namespace: 'after-common-path' }, ({ path }) => ({
      contents: `import 'common-path';\nexport * from ${JSON.stringify(path)};`,
      resolveDir: dirname(path),
      loader: 'js',
    }));
  },
};

export async function bundle(overrides = {}) {
  const outdir = overrides.outdir ?? defaultOutdir;
  rmSync(outdir, { recursive: true, force: true });
  const entryPoints = Object.entries(ENTRIES)
    .filter(([, source]) => existsSync(`${root}${source}`))
    .map(([out, source]) => ({ out, in: `${root}${source}` }));
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Every chunk sits in dist/bundle/ itself, two levels below the package root as dist/engine/*.js is, so a path
    // computed from `import.meta.url` (the schema file's) resolves the same from the bundle as from dist/.
    chunkNames: 'chunk-[hash]',
    plugins: [commonPath, nodeBuiltins, yamlWithoutEnvironmentLookups],
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
    ...overrides,
  });
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
