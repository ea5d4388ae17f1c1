import * as z from 'zod';
import type { Localized } from '../engine/types.js';
import { parseDataPath } from './data-path.js';

/** A namespace: the pack's id, and the part of each of its rule ids before the slash. */
export const NAMESPACE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A bank rule's id: `namespace/rule-name`, kebab-case on both sides. The slash keeps it apart from every built-in
 * id (which has none), in reports, in `--rule`, and in a waiver.
 */
export const NAMESPACED_RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Long enough for a policy's title and article; short enough for a report line. */
export const MAX_CITATION_LENGTH = 300;

/**
 * Messages of the checks this module adds to zod's, by code: the schema refers to them by code, and a problem is
 * shown in both languages from this table (zod's own messages come in English and, from its Chinese locale, Chinese).
 */
export const PACK_SCHEMA_MESSAGES = {
  namespace: { zh: '须为小写字母、数字和连字符，如 bank', en: 'lowercase letters, digits and hyphens, such as bank' },
  ruleId: { zh: '规则 id 须带命名空间，如 bank/capital-25', en: 'a rule id is namespaced, such as bank/capital-25' },
  dataPath: {
    zh: '不是数据路径，应写作 project.projectCapital 或 agreements[0].term',
    en: 'not a data path; write it as project.projectCapital or agreements[0].term',
  },
  fragment: { zh: '须为 JSON Schema（映射或 true/false）', en: 'a JSON Schema (a map, or true or false)' },
  text: { zh: '须为非空文字', en: 'non-empty text' },
} as const satisfies Record<string, Localized>;

export type PackSchemaMessage = keyof typeof PACK_SCHEMA_MESSAGES;

const text = z
  .string({ error: 'text' satisfies PackSchemaMessage })
  .trim()
  .min(1, { error: 'text' satisfies PackSchemaMessage });
const localized = z.strictObject({ zh: text, en: text });
/** A JSON Schema fragment: compiled by Ajv after this shape check, which only tells a schema from a typo. */
const fragment = z.union([z.boolean(), z.record(z.string(), z.unknown())], { error: 'fragment' satisfies PackSchemaMessage });

export const packRuleSchema = z.strictObject({
  id: z.string().regex(NAMESPACED_RULE_ID, { error: 'ruleId' satisfies PackSchemaMessage }),
  severity: z.enum(['error', 'warning']),
  title: localized,
  /** `{value}` is the value pointed at; `{project.name}`, `{derived.projectCapitalPercent}` any value of the data. */
  message: localized,
  /** The bank's policy this rule enforces, in the bank's words; the pack's `policy` when absent. */
  citation: text.max(MAX_CITATION_LENGTH).optional(),
  /** What is checked; the title when absent. */
  description: localized.optional(),
  /** How to fix a finding; when absent, a pointer to the bank's policy. */
  fix: localized.optional(),
  /** The rule applies only to dossiers that match this; to all when absent. */
  when: fragment.optional(),
  /** What a dossier the rule applies to must match. */
  require: fragment,
  /** Where every finding points; by default where the dossier fails `require`. */
  path: z
    .string()
    .refine((value) => parseDataPath(value) !== undefined, { error: 'dataPath' satisfies PackSchemaMessage })
    .optional(),
  examples: z.strictObject({ pass: z.string(), fail: z.string() }).optional(),
});

export const packSchema = z.strictObject({
  pack: z.strictObject({
    id: z.string().regex(NAMESPACE, { error: 'namespace' satisfies PackSchemaMessage }),
    name: z.union([text, localized]),
    /** The policy every rule of the pack cites unless it gives its own `citation`. */
    policy: text.max(MAX_CITATION_LENGTH).optional(),
  }),
  rules: z.array(packRuleSchema).min(1),
});

export type PackDefinition = z.infer<typeof packSchema>;
export type PackRuleDefinition = z.infer<typeof packRuleSchema>;
