import { configuredPackRules } from '../config/reviewer-side.js';
import { RULE_PACK_LOADER } from '../config/rule-packs.js';
import { formatMessage } from '../engine/messages.js';
import type { Rule } from '../rules/define-rule.js';
import { RUN_MESSAGES } from './cli-texts.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

/** The rules the configuration's packs add, for `rules`, `explain` and `--rule`. */
export async function configuredRules(config: string | false | undefined, io: CliIo): Promise<readonly Rule[]> {
  return configuredPackRules({ cwd: io.cwd, ...(config === undefined ? {} : { config }), packLoader: RULE_PACK_LOADER });
}

/**
 * The rule with this id, built in or among `added` (the configured packs' rules); an unknown id is a usage error that
 * suggests the nearest one.
 */
export async function knownRule(id: string, added: readonly Rule[] = []): Promise<Rule> {
  const { RULES_BY_ID } = await import('../rules/registry.js');
  const { closestMatch } = await import('../engine/suggest.js');
  const rule = RULES_BY_ID.get(id) ?? added.find((candidate) => candidate.meta.id === id);
  if (rule) return rule;
  const nearest = closestMatch(id, [...RULES_BY_ID.keys(), ...added.map((candidate) => candidate.meta.id)]);
  const hint = nearest ? formatMessage(RUN_MESSAGES.didYouMean, { nearest }) : { zh: '', en: '' };
  throw new UsageError(formatMessage(RUN_MESSAGES.unknownRule, { id, hint }));
}
