import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { isIsoDate } from '../dossier/dates.js';
import { enumsBySchemaNode, enumTexts, type EnumName } from '../dossier/enum-labels.js';
import { SUPPORTED_FORMATS } from '../dossier/types.js';
import { INPUT_RULES } from '../rules/registry.js';
import type { PendingFinding } from './load.js';
import type { MessageData } from './messages.js';
import type { Localized } from './types.js';
import { pointerToPath } from './paths.js';
import validateSchema from './generated/dossier-validator.js';
import { schemaAt, semanticProblems, type SemanticProblem } from './schema-semantics.js';
import { closestMatch } from './suggest.js';
import { MAX_FINDINGS_PER_RULE } from './finding-limits.js';

export const SCHEMA_URL = new URL('../../schemas/dossier.schema.json', import.meta.url);

type SchemaNode = Record<string, unknown>;

/** The compiled validator checks; the schema itself is read only to explain errors and for the semantic pass. */
const validate = validateSchema as unknown as ValidateFunction;

let schemaJson: SchemaNode | undefined;
function schema(): SchemaNode {
  schemaJson ??= JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as SchemaNode;
  return schemaJson;
}

let labelledEnums: ReadonlyMap<object, EnumName> | undefined;
/** The labelled enum a schema node holds, so a message offers `国有（state-owned）` rather than a bare English word. */
function enumOf(node: SchemaNode | undefined): EnumName | undefined {
  labelledEnums ??= enumsBySchemaNode(schema());
  return node && labelledEnums.get(node);
}

/** Longer than any key of the format by a wide margin. */
const MAX_SUGGESTED_KEY_LENGTH = 64;

/** The text the author wrote at a path, to quote back in messages. */
export type SourceAt = (path: readonly (string | number)[]) => string | undefined;

/** Validates dossier data against format v1; each problem is a finding at the offending value. */
export function validateDossier(data: unknown, sourceAt: SourceAt = () => undefined): PendingFinding[] {
  const format = (data as Record<string, unknown> | null)?.dossierFormat;
  if (!SUPPORTED_FORMATS.includes(format as number)) {
    return [
      {
        rule: INPUT_RULES.schemaViolation,
        messageId: 'unsupportedFormat',
        data: { found: JSON.stringify(format ?? null), supported: SUPPORTED_FORMATS.join(', ') },
        at: { path: ['dossierFormat'] },
      },
    ];
  }
  const findings: PendingFinding[] = [];
  if (!validate(data)) {
    const placeOf = placesIn(data);
    // Appended one by one: spreading a hundred thousand findings into one call overflows the stack.
    for (const error of validate.errors ?? []) {
      // Past what the engine lists, a finding is only counted: looking for the nearest known key would be wasted work.
      const listed = findings.length < MAX_FINDINGS_PER_RULE;
      for (const finding of toFinding(error, placeOf(error.instancePath), sourceAt, listed)) findings.push(finding);
    }
  }
  for (const problem of semanticProblems(data, schema())) findings.push(semanticFinding(problem));
  return dedupe(findings);
}

/** Where an error is: its data path, the value there and the schema that describes it. */
interface Place {
  path: (string | number)[];
  value: unknown;
  parent: SchemaNode | undefined;
  /** The keys the schema knows there. */
  known: string[];
}

/** Places by JSON Pointer, each worked out once: a hundred thousand unknown keys of one map share one place. */
function placesIn(root: unknown): (pointer: string) => Place {
  const places = new Map<string, Place>();
  return (pointer) => {
    let place = places.get(pointer);
    if (!place) {
      const path = pointerToPath(pointer, root);
      const parent = schemaAt(schema(), path);
      place = { path, value: valueAt(root, path), parent, known: Object.keys((parent?.properties as object | undefined) ?? {}) };
      places.set(pointer, place);
    }
    return place;
  };
}

function semanticFinding(problem: SemanticProblem): PendingFinding {
  const { schemaViolation, documentReference } = INPUT_RULES;
  switch (problem.kind) {
    case 'reference':
      return {
        rule: documentReference,
        messageId: problem.collection === 'agreements' ? 'missingAgreement' : 'missing',
        data: { id: describe(problem.id) },
        at: { path: problem.path },
      };
    case 'duplicateId':
      return { rule: documentReference, messageId: 'duplicateId', data: { id: describe(problem.id) }, at: { path: problem.path } };
    case 'date':
      return { rule: schemaViolation, messageId: 'date', data: { actual: problem.value }, at: { path: problem.path } };
  }
}

function toFinding(error: ErrorObject, { path, value, parent, known }: Place, sourceAt: SourceAt, listed: boolean): PendingFinding[] {
  // Looked up only where a message quotes it: a file with many problems at one place must not pay for each.
  const written = () => sourceAt(path)?.trim();
  const { schemaViolation } = INPUT_RULES;
  const at = { path };
  const finding = (messageId: string, data: MessageData = {}): PendingFinding[] => [{ rule: schemaViolation, messageId, data, at }];
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return finding('required', { property: String(params.missingProperty) });
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      if (property === '<<') return [{ rule: schemaViolation, messageId: 'mergeKey', at: { path: [...path, property], target: 'key' } }];
      // A key far longer than every known key is no typo of one; comparing it would cost its length per known key.
      const suggestion = listed && property.length <= MAX_SUGGESTED_KEY_LENGTH ? closestMatch(property, known) : undefined;
      return [
        {
          rule: schemaViolation,
          messageId: suggestion ? 'unknownPropertySuggestion' : 'unknownProperty',
          data: suggestion ? { property, suggestion } : { property },
          at: { path: [...path, property], target: 'key' },
        },
      ];
    }
    case 'type':
      return typeFinding(String(params.type), value, written(), parent, finding);
    case 'enum':
    case 'const': {
      const allowed = ((params.allowedValues as unknown[] | undefined) ?? [params.allowedValue]).map(String);
      const labelled = error.keyword === 'enum' ? enumOf(parent) : undefined;
      return finding('enum', { actual: describe(value), allowed: labelled ? enumTexts(labelled, allowed) : allowed.join(', ') });
    }
    case 'format': {
      const suggestion = typeof value === 'string' ? isoDateFrom(value) : undefined;
      return suggestion ? finding('dateSuggestion', { actual: describe(value), suggestion }) : finding('date', { actual: describe(value) });
    }
    case 'pattern':
      return finding('pattern', { actual: describe(value), expected: String(params.pattern) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      // As written: `-0` is the number 0 once read, and a message saying "0 is out of range: > 0" would puzzle.
      return finding('range', { actual: describe(written() ?? value), limit: `${params.comparison} ${params.limit}` });
    case 'minItems':
    case 'maxItems':
      return finding('count', { limit: `${error.keyword === 'minItems' ? '>=' : '<='} ${params.limit}` });
    case 'uniqueItems':
      return finding('duplicateItems');
    case 'minLength':
      return finding('empty');
    default:
      return finding('other', { detail: error.message ?? error.keyword });
  }
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

/** A value as quoted in a message (`formatMessage` shortens it, as it does every value of every message). */
function describe(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

const YAML11_BOOLEANS: Readonly<Record<string, boolean>> = { yes: true, no: false, on: true, off: false, y: true, n: false };

/**
 * A wrong type, explained by what the author most likely typed: a YAML 1.1 boolean (`yes`), an amount with its
 * unit (`5亿元`), a percentage (`20%`), or digits read as a number where text was meant (`0012`).
 */
function typeFinding(
  expected: string,
  value: unknown,
  written: string | undefined,
  schema: unknown,
  finding: (messageId: string, data?: MessageData) => PendingFinding[],
): PendingFinding[] {
  if (expected === 'boolean' && typeof value === 'string' && value.toLowerCase() in YAML11_BOOLEANS) {
    return finding('yaml11Boolean', { actual: value, suggestion: String(YAML11_BOOLEANS[value.toLowerCase()]) });
  }
  if ((expected === 'number' || expected === 'integer') && typeof value === 'string') {
    const unit = /万元/.test(String((schema as { title?: unknown } | undefined)?.title ?? '')) ? 'wan' : 'plain';
    const suggestion = numberFrom(value, unit);
    if (suggestion !== undefined) return finding('numberAsText', { actual: describe(value), suggestion });
  }
  if (expected === 'string' && typeof value === 'number' && written !== undefined) {
    return finding('textAsNumber', { actual: describe(written), value });
  }
  return finding('type', { expected: TYPE_NAMES[expected] ?? expected, actual: describe(written ?? value) });
}

/** JSON Schema type names as a message shows them: the Chinese report names them in Chinese. */
const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  string: { zh: '文字', en: 'string' },
  number: { zh: '数字', en: 'number' },
  integer: { zh: '整数', en: 'integer' },
  boolean: { zh: '布尔值（true 或 false）', en: 'boolean' },
  array: { zh: '列表', en: 'array' },
  object: { zh: '映射（键: 值）', en: 'object' },
  null: { zh: '空值', en: 'null' },
};

/**
 * Typed numbers and dates are short; longer text is not one, and is not matched at all. The patterns below are
 * anchored, applied to trimmed text, and have no two adjacent parts that can match the same characters, so each
 * runs in time linear in its (bounded) input whatever the text.
 */
const MAX_TYPED_VALUE_LENGTH = 40;

/** `5亿元` → 50000 (in 万元), `1,200万元` → 1200, `3,000,000元` → 300, `20%` → 20, `1,260户` → 1260. */
export function numberFrom(text: string, unit: 'wan' | 'plain'): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_TYPED_VALUE_LENGTH) return undefined;
  const match = /^([0-9][0-9,，]*(?:\.[0-9]+)?)\s*(亿元|亿|万元|万|元|%|％|户|套|人|年)?$/.exec(trimmed);
  if (!match) return undefined;
  const number = Number(match[1]!.replace(/[,，]/g, ''));
  if (!Number.isFinite(number)) return undefined;
  const suffix = match[2] ?? '';
  let scaled = number;
  if (unit === 'wan') {
    if (suffix.startsWith('亿')) scaled = number * 10_000;
    else if (suffix === '元') scaled = number / 10_000;
  } else if (suffix.startsWith('亿') || suffix.startsWith('万')) {
    scaled = number * (suffix.startsWith('亿') ? 100_000_000 : 10_000);
  }
  return String(Math.round(scaled * 1e6) / 1e6);
}

/** `2016年5月1日`, `2016/5/1`, `2016.5.1`, `2016-5-1` → `2016-05-01`, when that is a real date. */
export function isoDateFrom(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_TYPED_VALUE_LENGTH) return undefined;
  const match = /^(\d{4})\s*(?:年|\/|\.|-)\s*(\d{1,2})\s*(?:月|\/|\.|-)\s*(\d{1,2})\s*日?$/.exec(trimmed);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** `$ref` siblings can make Ajv report one problem twice at one place. */
function dedupe(findings: PendingFinding[]): PendingFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = JSON.stringify([finding.rule.meta.id, finding.messageId, finding.data, finding.at]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
