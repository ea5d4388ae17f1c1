import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { EDITOR_KEYWORDS } from '../docs/editor-schema.js';
import type { Dossier } from '../dossier/types.js';
import type { MessageValue } from '../engine/messages.js';
import { formatPath } from '../engine/paths.js';
import type { DataPath, Localized } from '../engine/types.js';
import type { PolicyRule, RulePackSource } from '../rules/define-rule.js';
import { parseDataPath, valueAt } from './data-path.js';
import { DERIVED_KEY, derivedFigures, dossierPathOf } from './derived-figures.js';
import { PackError, type PackPosition } from './pack-error.js';
import { PACK_SCHEMA_MESSAGES, type PackDefinition, type PackRuleDefinition, packSchema } from './pack-schema.js';
import { type PackYaml, parsePackYaml } from './pack-yaml.js';
import { firstIssue } from './schema-issue.js';

/** The one message of a declarative rule. */
export const REQUIREMENT_MESSAGE_ID = 'requirementNotMet';

/** The dossier schema, by its `$id` and as `dossier`, so a fragment can `$ref: dossier#/$defs/amount`. */
const DOSSIER_SCHEMA_URL = new URL('../../schemas/dossier.schema.json', import.meta.url);
let dossierSchema: { $id: string; properties: Record<string, unknown> } | undefined;
function readDossierSchema() {
  dossierSchema ??= JSON.parse(readFileSync(DOSSIER_SCHEMA_URL, 'utf8')) as { $id: string; properties: Record<string, unknown> };
  return dossierSchema;
}

/**
 * One Ajv per pack: draft 2020-12 and strict about the schema itself, like the dossier schema, so a misspelt
 * keyword (`minimun`) is an error rather than a requirement silently never checked. Two strict checks are off, on
 * purpose: a fragment describes a part of a dossier that has already passed the dossier schema, so repeating
 * `type: object` at every level (`strictTypes`) and declaring every `required` key under `properties`
 * (`strictRequired`) would add words and catch nothing.
 */
function packAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  // The dossier schema's own vocabulary, so its definitions can be referred to.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addKeyword({ keyword: 'x-dossier-reference', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-dossier-unique-ids', schemaType: 'boolean' });
  // What only editors read (labels, help, snippets): annotations that never change what is valid.
  for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword({ keyword });
  const schema = readDossierSchema();
  ajv.addSchema(schema);
  ajv.addSchema(schema, 'dossier');
  return ajv;
}

/** A declarative pack's rules, with where each rule's id is written (for a clash found later). */
export interface LoadedDeclarativePack {
  rules: PolicyRule[];
  idPositions: Map<string, PackPosition>;
}

/** Compiles a YAML pack (its text) into rules. Throws a `PackError` at the line of the first problem. */
export function compileDeclarativePack(text: string, file: string, source: RulePackSource): LoadedDeclarativePack {
  const yaml = parsePackYaml(text, file);
  const pack = validatePack(yaml, file);
  const ajv = packAjv();
  const rules: PolicyRule[] = [];
  const idPositions = new Map<string, PackPosition>();
  for (const [index, rule] of pack.rules.entries()) {
    const at = (...path: DataPath) => yaml.positionOf(['rules', index, ...path]);
    if (!rule.id.startsWith(`${pack.pack.id}/`)) {
      throw new PackError(
        file,
        { zh: `规则 id ${rule.id} 须以本包的 id 开头：${pack.pack.id}/…`, en: `rule id ${rule.id} must start with the pack's id: ${pack.pack.id}/…` },
        at('id'),
      );
    }
    if (idPositions.has(rule.id)) {
      const first = idPositions.get(rule.id)!;
      throw new PackError(
        file,
        { zh: `规则 id ${rule.id} 重复（第 ${first.line} 行已有）`, en: `rule id ${rule.id} is used twice (first on line ${first.line})` },
        at('id'),
      );
    }
    idPositions.set(rule.id, at('id'));
    const policy = rule.citation ?? pack.pack.policy;
    if (policy === undefined) {
      throw new PackError(
        file,
        {
          zh: '规则须有 citation（所依据的本行政策），或在 pack.policy 中写明',
          en: 'a rule needs a citation (the bank policy it enforces), or the pack a policy',
        },
        at(),
      );
    }
    checkPlaceholders(rule, (language) => at('message', language), file);
    const when = rule.when === undefined ? undefined : compileFragment(ajv, rule.when, yaml, ['rules', index, 'when'], file);
    const require = compileFragment(ajv, rule.require, yaml, ['rules', index, 'require'], file);
    rules.push(declarativeRule(rule, policy, source, when, require));
  }
  return { rules, idPositions };
}

/** The pack's shape, checked with zod; the first problem is thrown in both languages, at its place in the file. */
function validatePack(yaml: PackYaml, file: string): PackDefinition {
  const issue = firstIssue(packSchema, yaml.data, PACK_SCHEMA_MESSAGES);
  if (!issue) return packSchema.parse(yaml.data);
  const at = issue.unknownKey === undefined ? yaml.positionOf(issue.path) : yaml.positionOf([...issue.path, issue.unknownKey], 'key');
  const shown = formatPath(issue.path);
  const unknown: Localized = { zh: `未知的键 ${issue.unknownKey}`, en: `unknown key ${issue.unknownKey}` };
  const detail = issue.unknownKey === undefined ? issue.detail : unknown;
  throw new PackError(file, { zh: `${shown || '（顶层）'}：${detail.zh}`, en: `${shown || '(top level)'}: ${detail.en}` }, at);
}

/** `{value}`, or a data path of the dossier (or of `derived`): anything else is a mistake of the pack. */
function checkPlaceholders(rule: PackRuleDefinition, positionOf: (language: 'zh' | 'en') => PackPosition, file: string): void {
  const topLevel = new Set([...Object.keys(readDossierSchema().properties), DERIVED_KEY]);
  for (const language of ['zh', 'en'] as const) {
    for (const [, name] of rule.message[language].matchAll(/\{([^{}]*)\}/g)) {
      if (name === 'value') continue;
      const path = name === undefined ? undefined : parseDataPath(name);
      if (path && typeof path[0] === 'string' && topLevel.has(path[0])) continue;
      throw new PackError(
        file,
        {
          zh: `message.${language} 中的占位符 {${name}} 既不是 {value}，也不是资料中的数据路径（如 {project.name}）`,
          en: `the placeholder {${name}} of message.${language} is neither {value} nor a data path of the dossier (such as {project.name})`,
        },
        positionOf(language),
      );
    }
  }
}

/** Compiles a fragment; Ajv's complaint is placed at the key or value it names when the fragment has one. */
function compileFragment(ajv: Ajv2020, fragment: unknown, yaml: PackYaml, path: DataPath, file: string): ValidateFunction {
  try {
    return ajv.compile(fragment as object | boolean);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const named = /"([^"]+)"|reference (\S+)/.exec(detail);
    const at = (named && locateWithin(fragment, path, named[1] ?? named[2] ?? '', yaml)) ?? yaml.positionOf(path, 'key');
    throw new PackError(file, { zh: `JSON Schema 无法编译：${detail}`, en: `the JSON Schema does not compile: ${detail}` }, at);
  }
}

/** The first key, or text value, equal to `name` within a fragment: where Ajv's "unknown keyword" was written. */
function locateWithin(node: unknown, path: DataPath, name: string, yaml: PackYaml): PackPosition | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  for (const [key, value] of Object.entries(node)) {
    const at: DataPath = [...path, Array.isArray(node) ? Number(key) : key];
    if (!Array.isArray(node) && key === name) return yaml.positionOf(at, 'key');
    if (value === name) return yaml.positionOf(at);
    const inner = locateWithin(value, at, name, yaml);
    if (inner) return inner;
  }
  return undefined;
}

const NOT_GIVEN: Localized = { zh: '（未填写）', en: '(not given)' };

/** The rule a pack entry describes: a pure check of the dossier (and its derived figures) against two fragments. */
function declarativeRule(
  rule: PackRuleDefinition,
  policy: string,
  source: RulePackSource,
  when: ValidateFunction | undefined,
  require: ValidateFunction,
): PolicyRule<typeof REQUIREMENT_MESSAGE_ID> {
  const fixedPath = rule.path === undefined ? undefined : parseDataPath(rule.path);
  const placeholders = [...new Set([...`${rule.message.zh}\n${rule.message.en}`.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!))];
  return {
    meta: {
      id: rule.id,
      severity: rule.severity,
      policy,
      title: rule.title,
      description: rule.description ?? rule.title,
      fix: rule.fix ?? { zh: `见本行政策：${policy}`, en: `See the bank's policy: ${policy}` },
      messages: { [REQUIREMENT_MESSAGE_ID]: rule.message },
      covers: [],
      examples: rule.examples ?? { pass: '', fail: '' },
      pack: source,
    },
    *check(dossier: Dossier) {
      const data = { ...dossier, [DERIVED_KEY]: derivedFigures(dossier) };
      if (when && !when(data)) return;
      if (require(data)) return;
      const paths = fixedPath ? [fixedPath] : failingPaths(require.errors ?? [], data);
      const seen = new Set<string>();
      for (const path of paths) {
        const shown = formatPath(path);
        if (seen.has(shown)) continue;
        seen.add(shown);
        const values: Record<string, MessageValue> = {};
        for (const name of placeholders) values[name] = shownValue(name === 'value' ? path : (parseDataPath(name) ?? []), data);
        yield { messageId: REQUIREMENT_MESSAGE_ID, path: dossierPathOf(path), data: values };
      }
    },
  };
}

/**
 * Where the data fails, one path per problem. Errors inside a branch of `anyOf`/`oneOf` or inside `contains` say
 * why each alternative failed; the combinator's own error says the one thing that is wrong, so only it is kept.
 * Likewise an `if` error only repeats that `then` failed.
 */
function failingPaths(errors: readonly ErrorObject[], data: unknown): DataPath[] {
  const relevant = errors.filter((error) => error.keyword !== 'if' && !/\/(?:anyOf|oneOf)\/\d+\/|\/contains\//.test(error.schemaPath));
  return (relevant.length > 0 ? relevant : errors.slice(0, 1)).map((error) => {
    const path = pointerPath(error.instancePath, data);
    // A missing key is pointed at as the key it should be: the locator falls back to the map that lacks it.
    const missing = (error.params as { missingProperty?: unknown }).missingProperty;
    return typeof missing === 'string' ? [...path, missing] : path;
  });
}

/** A JSON Pointer as a data path, telling indexes from keys by the data. */
function pointerPath(pointer: string, data: unknown): DataPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) ? Number(key) : key;
    path.push(segment);
    node = valueAt(node, [segment]);
  }
  return path;
}

/**
 * A value as a message shows it: a list or map as JSON, nothing as "not given", a derived figure to four decimals
 * (24.9988, not 25.00: rounded any coarser, a ratio just below a limit would read as the limit itself).
 */
function shownValue(path: DataPath, data: unknown): MessageValue {
  const value = valueAt(data, path);
  if (value === undefined || value === null) return NOT_GIVEN;
  if (typeof value === 'number') return path[0] === DERIVED_KEY ? Math.round(value * 10_000) / 10_000 : value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
