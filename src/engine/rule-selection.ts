import type { RuleMeta } from '../rules/define-rule.js';
import type { CheckOptions } from './types.js';

/**
 * Whether a run's options select a dossier rule: named by `--rule` when any is, and not turned off by the reviewer's
 * configuration. The engine runs a selected rule (while its dated parameter is in force); the reports list the same
 * rules as those the run applied, so both ask here.
 */
export function isSelected(meta: Pick<RuleMeta, 'id'>, options: Pick<CheckOptions, 'only' | 'ruleSettings'>): boolean {
  if (options.only && !options.only.has(meta.id)) return false;
  const settings = options.ruleSettings;
  return !(settings && Object.hasOwn(settings, meta.id) && settings[meta.id] === 'off');
}

/** Whether the options narrow the rules a run applies: `--rule`, or a rule the configuration turns off. */
export function narrowsRules(options: Pick<CheckOptions, 'only' | 'ruleSettings'>): boolean {
  return options.only !== undefined || Object.values(options.ruleSettings ?? {}).includes('off');
}
