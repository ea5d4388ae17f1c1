import { dirname, join } from 'node:path';
import { closestMatch } from '../engine/suggest.js';
import type { RuleSetting } from '../engine/types.js';
import { formatParameterValue } from '../notice/parameter-text.js';
import { type ConfiguredValue, type ParameterName, type ParameterOverrides, parameterEntry } from '../notice/parameters.js';
import type { Rule } from '../rules/define-rule.js';
import { type ConfigInput, type ConfiguredParameterInput, configSchema } from './config-schema.js';
import { loadRulePacks, type PackLoader } from './rule-packs.js';
import type { EffectiveConfiguration } from './effective-configuration.js';
import { unknownRuleText, zodProblem } from './zod-problem.js';
import { problemAt, readReviewerYaml, type ReviewerYaml } from './yaml-file.js';

export interface ReadConfigurationOptions {
  /** The dossier rules a rule setting may name besides the packs' (the built-in ones, or those embedded). */
  knownRules: readonly Rule[];
  /** Ids of the tool's own input checks: they are never turned off or waived. */
  inputRuleIds: ReadonlySet<string>;
  packLoader: PackLoader;
}

/** Reads, validates and resolves a configuration file; any problem is one `ConfigurationError` naming file, line and key. */
export async function readConfiguration(path: string, shown: string, options: ReadConfigurationOptions): Promise<EffectiveConfiguration> {
  const file = readReviewerYaml(path, shown);
  const parsed = configSchema.safeParse(file.data ?? {});
  if (!parsed.success) throw zodProblem(file, parsed.error, configSchema);
  const input = parsed.data;
  const packs = input.packs ?? [];
  const packRules = packs.length > 0 ? await loadRulePacks(packs, path, shown, options.packLoader) : [];
  const known = [...options.knownRules, ...packRules].map((rule) => rule.meta.id);
  return {
    file: shown,
    ruleSettings: ruleSettings(file, input, new Set(known), options.inputRuleIds),
    parameterOverrides: parameterOverrides(file, input),
    ...(input.asOf ? { asOf: input.asOf } : {}),
    ...(input.format ? { format: input.format } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.failOn ? { failOn: input.failOn } : {}),
    ...(input.waivers ? { waivers: { path: join(dirname(path), input.waivers), line: file.lineOf(['waivers']) } } : {}),
    packRules,
    packs,
  };
}

function ruleSettings(file: ReviewerYaml, input: ConfigInput, known: ReadonlySet<string>, inputRuleIds: ReadonlySet<string>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(input.rules ?? {})) {
    if (inputRuleIds.has(id)) {
      throw problemAt(
        file,
        ['rules', id],
        {
          zh: `“${id}”是本工具自身的输入检查：无法读取的资料从不判断，因此不能关闭或更改`,
          en: `"${id}" is one of the tool's own input checks: a dossier that cannot be read is never judged, so it cannot be turned off or changed`,
        },
        'key',
      );
    }
    if (!known.has(id)) {
      const nearest = closestMatch(id, [...known]);
      throw problemAt(file, ['rules', id], unknownRuleText(id, nearest), 'key');
    }
    settings[id] = typeof setting === 'string' ? setting : setting.severity;
  }
  return settings;
}

/**
 * Each configured value, dated from its `from` or its document's date. A value below what the national rule lets
 * local documents set (the down-payment floor under 银发〔2016〕26号) is refused: no local document can set it.
 */
function parameterOverrides(file: ReviewerYaml, input: ConfigInput): ParameterOverrides {
  const overrides: Partial<Record<ParameterName, ConfiguredValue[]>> = {};
  for (const [key, given] of Object.entries(input.parameters ?? {}) as [ParameterName, ConfiguredParameterInput | ConfiguredParameterInput[] | undefined][]) {
    if (given === undefined) continue;
    const entries = Array.isArray(given)
      ? given.map((entry, index) => ({ entry, at: ['parameters', key, index] }))
      : [{ entry: given, at: ['parameters', key] }];
    overrides[key] = entries.map(({ entry, at }) => {
      const from = entry.from ?? entry.document.date;
      const replaced = parameterEntry(key, from);
      if (replaced?.localMinimum !== undefined && typeof entry.value === 'number' && entry.value < (replaced.localMinimum as number)) {
        const value = (lang: 'zh' | 'en') => formatParameterValue(key, entry.value, lang);
        const lowest = (lang: 'zh' | 'en') => formatParameterValue(key, replaced.localMinimum, lang);
        throw problemAt(file, [...at, 'value'], {
          zh: `${value('zh')} 低于 ${lowest('zh')}，即 ${from} 时地方文件可设定的最低值（${replaced.source}）`,
          en: `${value('en')} is below ${lowest('en')}, the lowest a local document may set on ${from} (${replaced.source})`,
        });
      }
      const { number, issuer, date } = entry.document;
      return { from, value: entry.value, source: `${number}（${issuer}，${date}）`, configuration: { file: file.shown, line: file.lineOf([...at, 'value']) } };
    });
  }
  return overrides;
}

export { configurationHash } from './effective-configuration.js';
