import { dirname, join, resolve } from 'node:path';
import type { Rule } from '../rules/define-rule.js';

/** A rule pack to load: its absolute path, and its name as error messages show it. */
export interface PackToLoad {
  path: string;
  shownAs: string;
}

/**
 * Loads rule packs, in order, into rules; a pack that cannot be loaded (or whose rule ids clash with another's) throws
 * an error naming the file and line. The configuration names packs; the loader is given where they are resolved, so
 * this module depends on no pack format.
 */
export type PackLoader = (packs: readonly PackToLoad[]) => Promise<Rule[]>;

/**
 * Rule packs by path relative to the configuration file, as `packs:` lists them, loaded in that order; each is named
 * in errors beside the configuration as shown (`reviewer/banks/capital.pack.yaml`).
 */
export function loadRulePacks(paths: readonly string[], configFile: string, configShown: string, loader: PackLoader): Promise<Rule[]> {
  return loader(paths.map((path) => ({ path: resolve(dirname(configFile), path), shownAs: join(dirname(configShown), path) })));
}

/** The loader of this build: YAML packs of declarative rules and JavaScript rule modules (`src/packs/`). */
export const RULE_PACK_LOADER: PackLoader = async (packs) => {
  const { loadRulePacks: loadPacks } = await import('../packs/load-pack.js');
  return loadPacks(packs);
};
