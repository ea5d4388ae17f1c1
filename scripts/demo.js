// Runs the checker on the example dossiers. Failing dossiers are the point of the demo, so their exit code 1 is
// reported in words instead of being passed to npm (which would print an error for it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/dossier-check.js', import.meta.url));
const args = ['check', 'fixtures/dossiers', '--verbose', ...process.argv.slice(2)];
const { status } = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
const meaning = { 0: 'every dossier passed', 1: 'some dossiers fail, as the failing examples should', 2: 'the tool failed' };
console.log(`\ndossier-check ${args.join(' ')} → exit code ${status} (${meaning[status] ?? 'unexpected'})`);
process.exitCode = status === 2 || status === null ? 1 : 0;
