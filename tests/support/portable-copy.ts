import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/**
 * A copy of the built tool with only its runtime dependencies, in a world-readable temporary folder, so it can be
 * run as another user (the clone itself may sit in a folder only its owner can enter).
 */
export function portableCopy(): string {
  const target = mkdtempSync(join(tmpdir(), 'dossier-check-copy-'));
  chmodSync(target, 0o755); // mkdtemp makes it private
  for (const entry of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(ROOT, entry), join(target, entry), { recursive: true });
  const copied = new Set<string>();
  const copyDependency = (name: string) => {
    if (copied.has(name)) return;
    copied.add(name);
    const source = join(ROOT, 'node_modules', name);
    if (!existsSync(source)) return;
    cpSync(source, join(target, 'node_modules', name), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) copyDependency(dependency);
  };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies)) copyDependency(dependency);
  return target;
}
