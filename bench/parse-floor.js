// The parse floor: what any checker of these dossiers must at least do. Node starts, imports `yaml`, and for every
// YAML file named (or found under a folder named) reads it, runs `parseDocument` and `toJS`, and nothing else.
// `npm run bench` compares the checker with this, run as a separate process on the same files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const isYaml = (name) => name.endsWith('.yaml') || name.endsWith('.yml');
let parsed = 0;
for (const path of process.argv.slice(2)) {
  const files = statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true })
        .filter(isYaml)
        .map((name) => join(path, name))
    : [path];
  for (const file of files) {
    parseDocument(readFileSync(file, 'utf8')).toJS();
    parsed++;
  }
}
if (parsed === 0) process.exitCode = 2;
