import { resolve } from 'node:path';
import { displayName } from '../engine/sources.js';
import type { IgnoredConfiguration, Localized } from '../engine/types.js';
import type { Rule } from '../rules/define-rule.js';
import { WaiverRun } from './apply-waivers.js';
import { type EffectiveConfiguration, NO_CONFIGURATION } from './effective-configuration.js';
import { findConfigFile } from './find-config.js';
import type { PackLoader } from './rule-packs.js';
import { checkedFolderHolding, checkedFolders } from './trust-boundary.js';

export interface ReviewerSideRequest {
  cwd: string;
  /** `--config FILE`; `false` for `--no-config`; absent to search upwards from `cwd`. */
  config?: string | false;
  /** `--waivers FILE`, which takes the place of the configuration's `waivers:`. */
  waivers?: string;
  /** The files and folders being checked, as given. */
  checked: readonly string[];
  /** Rules embedded in place of the built-in ones, if any. */
  rules?: readonly Rule[];
  packLoader: PackLoader;
  /** The as-of date of the run when `--as-of` gives it; else the configuration's, else today. */
  asOf: (configured: string | undefined) => string;
}

export interface ReviewerSide {
  configuration: EffectiveConfiguration;
  asOf: string;
  /** Absent when no waivers file applies. */
  waivers?: WaiverRun;
  /** Files found or given but not applied, for the report to state. */
  ignored: IgnoredConfiguration[];
  /** The dossier rules of the run when they are not the built-in ones: embedded rules, or the packs' added. */
  rules?: readonly Rule[];
}

const INSIDE_CHECKED: Localized = {
  zh: '该文件位于被检查的文件夹内；配置和豁免只能来自审查方，不能随受检资料提供',
  en: 'it lies inside a folder being checked; configuration and waivers come from the reviewer, never with the dossiers',
};

/**
 * The reviewer's side of a run: the configuration (given, or found upwards from the working folder) and the waivers,
 * each refused when it lies in a folder being checked. Rule ids are checked against the rules the run has, so the
 * rule registry is loaded only when a configuration or waivers file names one.
 */
export async function loadReviewerSide(request: ReviewerSideRequest): Promise<ReviewerSide> {
  const { cwd } = request;
  const folders = checkedFolders(request.checked, cwd);
  const ignored: IgnoredConfiguration[] = [];
  const refused = (path: string) => {
    if (checkedFolderHolding(path, folders) === undefined) return false;
    ignored.push({ file: displayName(path, cwd), reason: INSIDE_CHECKED });
    return true;
  };
  let known: KnownRules | undefined;
  const knownOnce = async () => (known ??= await knownRules(request.rules));

  let configuration = NO_CONFIGURATION;
  const configPath = request.config === false ? undefined : request.config === undefined ? findConfigFile(cwd) : resolve(cwd, request.config);
  if (configPath !== undefined && !refused(configPath)) {
    // zod and the schema are loaded only when there is a file to read.
    const { readConfiguration } = await import('./load-config.js');
    configuration = await readConfiguration(configPath, displayName(configPath, cwd), { ...(await knownOnce()), packLoader: request.packLoader });
  }
  const asOf = request.asOf(configuration.asOf);

  const waiversPath = request.waivers === undefined ? configuration.waivers?.path : resolve(cwd, request.waivers);
  let waivers: WaiverRun | undefined;
  if (waiversPath !== undefined && !refused(waiversPath)) {
    const known = await knownOnce();
    const { readWaivers } = await import('./waivers.js');
    const knownRuleIds = new Set([...known.knownRules, ...configuration.packRules].map((rule) => rule.meta.id));
    waivers = new WaiverRun(readWaivers(waiversPath, displayName(waiversPath, cwd), { knownRuleIds, inputRuleIds: known.inputRuleIds }), asOf);
  }
  const rules = configuration.packRules.length > 0 ? [...(await knownOnce()).knownRules, ...configuration.packRules] : request.rules;
  return { configuration, asOf, ...(waivers ? { waivers } : {}), ignored, ...(rules ? { rules } : {}) };
}

/**
 * The rules the reviewer's configuration adds with its packs, for the commands that list or explain rules (`rules`,
 * `explain`): the configuration given, or found upwards from `cwd`; none with `--no-config` or without a file.
 */
export async function configuredPackRules(request: Pick<ReviewerSideRequest, 'cwd' | 'config' | 'packLoader'>): Promise<readonly Rule[]> {
  const { cwd } = request;
  const configPath = request.config === false ? undefined : request.config === undefined ? findConfigFile(cwd) : resolve(cwd, request.config);
  if (configPath === undefined) return [];
  const { readConfiguration } = await import('./load-config.js');
  const configuration = await readConfiguration(configPath, displayName(configPath, cwd), { ...(await knownRules(undefined)), packLoader: request.packLoader });
  return configuration.packRules;
}

interface KnownRules {
  knownRules: readonly Rule[];
  inputRuleIds: ReadonlySet<string>;
}

async function knownRules(embedded: readonly Rule[] | undefined): Promise<KnownRules> {
  const { DOSSIER_RULES, INPUT_RULES } = await import('../rules/registry.js');
  return { knownRules: embedded ?? DOSSIER_RULES, inputRuleIds: new Set(Object.values<Rule>(INPUT_RULES).map((rule) => rule.meta.id)) };
}
