import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { formatPath } from '../engine/paths.js';
import type { Localized } from '../engine/types.js';
import { defineRule, type PolicyRule, type PolicyRuleDefinition, type RulePackSource } from '../rules/define-rule.js';
import { PackError, type PackPosition } from './pack-error.js';
import { MAX_CITATION_LENGTH, NAMESPACED_RULE_ID } from './pack-schema.js';
import { firstIssue } from './schema-issue.js';

/** The messages of this module's own checks, by code (see `firstIssue`). */
const MODULE_MESSAGES = {
  ruleId: { zh: '规则 id 须带命名空间，如 branch/watch-list', en: 'a rule id is namespaced, such as branch/watch-list' },
  messageId: { zh: '消息 id 须为单词，如 tooHigh', en: 'a message id is a word such as tooHigh' },
  noMessage: { zh: '规则未声明任何消息', en: 'the rule declares no message' },
  undeclaredSeverity: { zh: 'messageSeverity 中有规则未声明的消息', en: 'messageSeverity names a message the rule does not declare' },
  warningInWarningRule: { zh: '只有错误级规则才能把部分消息降为警告', en: 'only an error rule may report some messages as warnings' },
  check: { zh: 'check 不是函数', en: 'check is not a function' },
  text: { zh: '须为非空文字', en: 'non-empty text' },
} as const satisfies Record<string, Localized>;
type ModuleMessage = keyof typeof MODULE_MESSAGES;

const text = z
  .string({ error: 'text' satisfies ModuleMessage })
  .trim()
  .min(1, { error: 'text' satisfies ModuleMessage });
const localized = z.strictObject({ zh: text, en: text });

/** A bank's rule as a module exports it: what `defineRule` accepts (or gave back), and nothing a clause rule has. */
const policyRuleShape = z.object({
  meta: z
    .strictObject({
      id: z.string().regex(NAMESPACED_RULE_ID, { error: 'ruleId' satisfies ModuleMessage }),
      severity: z.enum(['error', 'warning']),
      policy: text.max(MAX_CITATION_LENGTH),
      title: localized,
      description: localized,
      fix: localized,
      messages: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: 'messageId' satisfies ModuleMessage }), localized),
      messageSeverity: z.record(z.string(), z.literal('warning')).optional(),
      // Filled by `defineRule`: a bank's rule covers no check line of the notice.
      covers: z.tuple([]).optional(),
      examples: z.strictObject({ pass: z.string(), fail: z.string() }).optional(),
    })
    .refine((meta) => Object.keys(meta.messages).length > 0, { error: 'noMessage' satisfies ModuleMessage, path: ['messages'] })
    .refine((meta) => Object.keys(meta.messageSeverity ?? {}).every((id) => Object.hasOwn(meta.messages, id)), {
      error: 'undeclaredSeverity' satisfies ModuleMessage,
      path: ['messageSeverity'],
    })
    .refine((meta) => meta.messageSeverity === undefined || meta.severity === 'error', {
      error: 'warningInWarningRule' satisfies ModuleMessage,
      path: ['messageSeverity'],
    }),
  check: z.custom<PolicyRuleDefinition['check']>((value) => typeof value === 'function', { error: 'check' satisfies ModuleMessage }),
});

/** The meta keys of a rule on the notice: a bank's rule has none of them, so none of its findings looks like one. */
const NOTICE_KEYS = ['clause', 'rests', 'basis', 'appliesWhen'] as const;

/**
 * Imports an ES module pack and returns its rules. Every export is a rule made with `defineRule` (or an array of
 * them, for a default export): anything else is refused rather than skipped, so a mistyped export cannot quietly
 * drop a rule. The module runs with the checker's own rights: a pack is code the reviewer chose to trust.
 */
export async function loadModulePack(absolutePath: string, file: string, source: RulePackSource): Promise<PolicyRule[]> {
  let namespace: Record<string, unknown>;
  try {
    namespace = (await import(pathToFileURL(absolutePath).href)) as Record<string, unknown>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PackError(file, { zh: `模块无法加载：${detail}`, en: `the module does not load: ${detail}` }, positionInStack(error, absolutePath));
  }
  const rules: PolicyRule[] = [];
  const seen = new Set<unknown>();
  for (const [name, value] of Object.entries(namespace)) {
    const exported = name === 'default' && Array.isArray(value) ? value.map((item, i) => [`default[${i}]`, item] as const) : [[name, value] as const];
    for (const [label, candidate] of exported) {
      // One rule exported twice (by name and in the default list) is one rule.
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      rules.push(asRule(candidate, label, file, source));
    }
  }
  if (rules.length === 0) {
    throw new PackError(file, {
      zh: '模块未导出任何规则（规则用 defineRule 定义并导出）',
      en: 'the module exports no rule (define rules with defineRule and export them)',
    });
  }
  return rules;
}

function asRule(candidate: unknown, exportName: string, file: string, source: RulePackSource): PolicyRule {
  const refuse = (detail: Localized): never => {
    throw new PackError(file, { zh: `导出 ${exportName} 不是规则：${detail.zh}`, en: `export ${exportName} is not a rule: ${detail.en}` });
  };
  const meta = (candidate as { meta?: unknown } | null)?.meta;
  if (meta !== null && typeof meta === 'object') {
    const claimed = NOTICE_KEYS.find((key) => Object.hasOwn(meta, key));
    if (claimed) {
      refuse({
        zh: `银行自定规则引用本行政策（meta.policy），不能有 meta.${claimed}：那是通知条款的规则才有的`,
        en: `a bank's rule cites its policy (meta.policy) and has no meta.${claimed}, which only rules on the notice have`,
      });
    }
  }
  const issue = firstIssue(policyRuleShape, candidate, MODULE_MESSAGES);
  if (issue) {
    const path = issue.unknownKey === undefined ? issue.path : [...issue.path, issue.unknownKey];
    const detail: Localized = issue.unknownKey === undefined ? issue.detail : { zh: '未知的键', en: 'unknown key' };
    const where = formatPath(path);
    refuse({ zh: `${where ? `${where}：` : ''}${detail.zh}`, en: `${where ? `${where}: ` : ''}${detail.en}` });
  }
  const rule = candidate as PolicyRuleDefinition;
  // `defineRule` completes what it was given; a rule it already completed is completed again to the same effect.
  const defined = defineRule(rule);
  return { meta: { ...defined.meta, pack: source }, check: defined.check };
}

/** Where a module's own code threw while loading, from the first frame of the stack that is in the module. */
function positionInStack(error: unknown, absolutePath: string): PackPosition | undefined {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const url = pathToFileURL(absolutePath).href;
  for (const line of stack.split('\n')) {
    const at = line.indexOf(url);
    if (at < 0) continue;
    const match = /^:(\d+)(?::(\d+))?/.exec(line.slice(at + url.length));
    if (match) return { line: Number(match[1]), column: Number(match[2] ?? 1) };
  }
  return undefined;
}
