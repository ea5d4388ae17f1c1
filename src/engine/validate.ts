import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { SUPPORTED_FORMATS } from '../dossier/types.js';
import { INPUT_RULES } from '../rules/registry.js';
import type { PendingFinding } from './load.js';
import type { MessageData } from './messages.js';
import { pointerToPath } from './paths.js';
import { closestMatch } from './suggest.js';

export const SCHEMA_URL = new URL('../../schemas/dossier.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

/** The schema is compiled once per process, on first use. */
function validator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  ajv.addFormat('date', isIsoDate);
  ajv.addKeyword({
    keyword: 'x-dossier-reference',
    schemaType: 'string',
    // Reports an id that names no entry of the collection, e.g. a document id missing from `documents`.
    validate: function reference(collection: string, id: unknown, _parent: unknown, context?: { rootData: unknown }) {
      const entries = (context?.rootData as Record<string, unknown> | undefined)?.[collection];
      return Array.isArray(entries) && entries.some((entry) => (entry as { id?: unknown } | null)?.id === id);
    },
    errors: false,
  });
  ajv.addKeyword({
    keyword: 'x-dossier-unique-ids',
    schemaType: 'boolean',
    validate: (_enabled: boolean, list: unknown) => !Array.isArray(list) || duplicateIdIndex(list) < 0,
    errors: false,
  });
  compiled = ajv.compile(schema);
  return compiled;
}

/** A real calendar date in ISO form. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function duplicateIdIndex(list: readonly unknown[]): number {
  const seen = new Set<unknown>();
  return list.findIndex((entry) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (id === undefined) return false;
    if (seen.has(id)) return true;
    seen.add(id);
    return false;
  });
}

/** Validates dossier data against format v1; each problem is a finding at the offending value. */
export function validateDossier(data: unknown): PendingFinding[] {
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
  const validate = validator();
  if (validate(data)) return [];
  const findings = (validate.errors ?? []).flatMap((error) => toFinding(error, data));
  return dedupe(findings);
}

function toFinding(error: ErrorObject, root: unknown): PendingFinding[] {
  const path = pointerToPath(error.instancePath, root);
  const value = valueAt(root, path);
  const { schemaViolation, documentReference } = INPUT_RULES;
  const at = { path };
  const finding = (messageId: string, data: MessageData = {}): PendingFinding[] => [
    { rule: schemaViolation, messageId, data, at },
  ];
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return finding('required', { property: String(params.missingProperty) });
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = closestMatch(property, known);
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
      return finding('type', { expected: String(params.type), actual: describe(value) });
    case 'enum':
    case 'const': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      return finding('enum', { actual: describe(value), allowed: allowed.map(String).join(', ') });
    }
    case 'format':
      return finding('date', { actual: describe(value) });
    case 'pattern':
      return finding('pattern', { actual: describe(value), expected: String(params.pattern) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return finding('range', { actual: describe(value), limit: `${params.comparison} ${params.limit}` });
    case 'minItems':
    case 'maxItems':
      return finding('count', { limit: `${error.keyword === 'minItems' ? '>=' : '<='} ${params.limit}` });
    case 'uniqueItems':
      return finding('duplicateItems');
    case 'minLength':
      return finding('empty');
    case 'x-dossier-reference': {
      const collection = (error.parentSchema as Record<string, unknown> | undefined)?.['x-dossier-reference'];
      const messageId = collection === 'agreements' ? 'missingAgreement' : 'missing';
      return [{ rule: documentReference, messageId, data: { id: describe(value) }, at }];
    }
    case 'x-dossier-unique-ids': {
      const list = value as unknown[];
      const index = duplicateIdIndex(list);
      const id = (list[index] as { id: unknown }).id;
      return [{ rule: documentReference, messageId: 'duplicateId', data: { id: describe(id) }, at: { path: [...path, index, 'id'] } }];
    }
    default:
      return finding('other', { detail: error.message ?? error.keyword });
  }
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
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
