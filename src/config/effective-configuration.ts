import { createHash } from 'node:crypto';
import type { FailOn } from '../engine/exit-code.js';
import type { CheckOptions, Lang, RuleSetting } from '../engine/types.js';
import type { ParameterOverrides } from '../notice/parameters.js';
import type { FormatName } from '../report/format-names.js';
import type { Rule } from '../rules/define-rule.js';

/** What a configuration file decides, resolved: ready to be handed to the engine, the report and the cache. */
export interface EffectiveConfiguration {
  /** The file as the report shows it; absent when no configuration applies. */
  file?: string;
  ruleSettings: Readonly<Record<string, RuleSetting>>;
  parameterOverrides: ParameterOverrides;
  asOf?: string;
  format?: FormatName;
  lang?: Lang;
  failOn?: FailOn;
  /** The waivers file, absolute, and as written in the configuration with its line. */
  waivers?: { path: string; line: number };
  /** The rules of the packs the configuration names, in order. */
  packRules: readonly Rule[];
  /** The packs as written (relative to the configuration): part of the configuration's hash. */
  packs: readonly string[];
}

export const NO_CONFIGURATION: EffectiveConfiguration = { ruleSettings: {}, parameterOverrides: {}, packRules: [], packs: [] };

/**
 * The configuration as canonical JSON (keys sorted at every level; places in the file left out, since moving a
 * line changes nothing): what the report's audit fingerprint and the result cache key on.
 */
export function canonicalConfiguration(configuration: EffectiveConfiguration): string {
  const parameters = Object.fromEntries(
    Object.entries(configuration.parameterOverrides).map(([name, values]) => [
      name,
      (values ?? []).map(({ from, value, source }) => ({ from, value, source })),
    ]),
  );
  return canonicalJson({
    rules: configuration.ruleSettings,
    parameters,
    asOf: configuration.asOf ?? null,
    format: configuration.format ?? null,
    lang: configuration.lang ?? null,
    failOn: configuration.failOn ?? null,
    packs: configuration.packs,
  });
}

/** SHA-256 (hex) of the canonical JSON of the effective configuration; the same for no configuration and an empty one. */
export function configurationHash(configuration: EffectiveConfiguration): string {
  return createHash('sha256').update(canonicalConfiguration(configuration)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What of the configuration the engine needs, as plain data (for worker threads); empty settings are left out. */
export function checkingOptions(configuration: EffectiveConfiguration): Pick<CheckOptions, 'ruleSettings' | 'parameterOverrides'> {
  return {
    ...(Object.keys(configuration.ruleSettings).length > 0 ? { ruleSettings: configuration.ruleSettings } : {}),
    ...(Object.keys(configuration.parameterOverrides).length > 0 ? { parameterOverrides: configuration.parameterOverrides } : {}),
  };
}
