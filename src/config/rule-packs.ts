import { dirname, resolve } from 'node:path';
import { ConfigurationError } from './configuration-error.js';
import type { Rule } from '../rules/define-rule.js';

/**
 * Loads one rule pack by its absolute path into rules; a pack that cannot be loaded throws an error naming the file
 * and line. The configuration names packs; the loader is given where they are resolved, so this module depends on
 * no pack format.
 */
export type PackLoader = (path: string) => Promise<Rule[]>;

/** Rule packs by path relative to the configuration file, as `packs:` lists them, loaded in that order. */
export async function loadRulePacks(paths: readonly string[], configFile: string, loader: PackLoader): Promise<Rule[]> {
  const rules: Rule[] = [];
  for (const path of paths) {
    for (const rule of await loader(resolve(dirname(configFile), path))) rules.push(rule);
  }
  return rules;
}

/** The loader of this build: it has no pack format yet, so a configuration naming a pack is refused, not ignored. */
export const RULE_PACK_LOADER: PackLoader = async (path) => {
  throw new ConfigurationError(`${path}: this version of dossier-check cannot load rule packs`);
};
