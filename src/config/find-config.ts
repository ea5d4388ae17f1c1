import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The names a configuration file is found by, in order of preference within one folder. */
export const CONFIG_FILE_NAMES = ['dossier-check.config.yaml', 'dossier-check.config.yml'] as const;

/** The first `dossier-check.config.yaml` (or `.yml`) in `cwd` or a folder above it. */
export function findConfigFile(cwd: string): string | undefined {
  let folder = cwd;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(folder, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
