import { isIsoDate } from '../dossier/dates.js';

/**
 * The checks of the schema that JSON Schema itself cannot state, driven by annotations in the schema so the
 * schema stays the one description of the format: `x-dossier-reference` (the value is the id of an entry of a
 * top-level collection), `x-dossier-unique-ids` (ids in a list are unique) and `format: date` (a real calendar
 * date). Walks the data alongside the schema, descending only where the data has the shape the schema expects.
 */
export type SemanticProblem =
  | { kind: 'reference'; path: (string | number)[]; collection: string; id: unknown }
  | { kind: 'duplicateId'; path: (string | number)[]; id: unknown }
  | { kind: 'date'; path: (string | number)[]; value: string };

type SchemaNode = Record<string, unknown>;

/** A schema node with its local `$ref` (`#/$defs/…`) merged in, siblings of the reference winning. */
function resolveRef(schema: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
  const target = (schema.$defs as Record<string, SchemaNode>)[ref.slice('#/$defs/'.length)];
  return target ? { ...resolveRef(schema, target), ...withoutRef(node) } : node;
}

/** The schema that describes the value at a data path (through `properties` and `items`), if any. */
export function schemaAt(schema: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolveRef(schema, schema);
  for (const segment of path) {
    if (!node) return undefined;
    const next: unknown = typeof segment === 'number' ? node.items : (node.properties as Record<string, unknown> | undefined)?.[segment];
    node = next && typeof next === 'object' ? resolveRef(schema, next as SchemaNode) : undefined;
  }
  return node;
}

/**
 * What the walk needs of one schema node, with its `$ref` resolved and its children compiled in turn. Built once
 * per schema node and kept for every later dossier: resolving references (merging the referenced node into a new
 * object) for each value of each dossier cost more than validating it.
 */
interface CompiledNode {
  reference: string | undefined;
  date: boolean;
  uniqueIds: boolean;
  items: CompiledNode | undefined;
  properties: Map<string, CompiledNode> | undefined;
}

/** Compiled nodes of each schema, by the (unresolved) node they were compiled from. */
const compiledSchemas = new WeakMap<SchemaNode, WeakMap<SchemaNode, CompiledNode>>();

function compile(schema: SchemaNode, node: SchemaNode): CompiledNode {
  let compiled = compiledSchemas.get(schema);
  if (!compiled) {
    compiled = new WeakMap();
    compiledSchemas.set(schema, compiled);
  }
  const known = compiled.get(node);
  if (known) return known;
  const resolved = resolveRef(schema, node);
  const reference = resolved['x-dossier-reference'];
  const result: CompiledNode = {
    reference: typeof reference === 'string' ? reference : undefined,
    date: resolved.format === 'date',
    uniqueIds: resolved['x-dossier-unique-ids'] === true,
    items: undefined,
    properties: undefined,
  };
  // Kept before the children are compiled: a recursive definition then meets itself and stops.
  compiled.set(node, result);
  const items = resolved.items;
  if (items && typeof items === 'object') result.items = compile(schema, items as SchemaNode);
  const properties = resolved.properties;
  if (properties && typeof properties === 'object') {
    result.properties = new Map();
    for (const [key, child] of Object.entries(properties as Record<string, unknown>)) {
      if (child && typeof child === 'object') result.properties.set(key, compile(schema, child as SchemaNode));
    }
  }
  return result;
}

export function semanticProblems(data: unknown, schema: SchemaNode): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const root = data as Record<string, unknown> | null;
  // The ids of each referenced collection, gathered once: searching the list per reference is quadratic.
  const idsByCollection = new Map<string, Set<unknown>>();
  const idsOf = (collection: string): Set<unknown> => {
    let ids = idsByCollection.get(collection);
    if (!ids) {
      const entries = Object.hasOwn(root ?? {}, collection) ? root?.[collection] : undefined;
      ids = new Set(Array.isArray(entries) ? entries.map((entry) => (entry as { id?: unknown } | null)?.id) : []);
      idsByCollection.set(collection, ids);
    }
    return ids;
  };

  // One path, extended and shortened as the walk goes; copied only into a problem, which is rare.
  const path: (string | number)[] = [];
  const walk = (value: unknown, node: CompiledNode) => {
    if (typeof value === 'string') {
      if (node.reference !== undefined && !idsOf(node.reference).has(value))
        problems.push({ kind: 'reference', path: [...path], collection: node.reference, id: value });
      if (node.date && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isIsoDate(value)) problems.push({ kind: 'date', path: [...path], value });
    } else if (Array.isArray(value)) {
      if (node.uniqueIds) {
        const seen = new Set<unknown>();
        value.forEach((entry, index) => {
          const id = (entry as { id?: unknown } | null)?.id;
          if (id === undefined) return;
          if (seen.has(id)) problems.push({ kind: 'duplicateId', path: [...path, index, 'id'], id });
          seen.add(id);
        });
      }
      const items = node.items;
      if (items) {
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          walk(value[index], items);
          path.pop();
        }
      }
    } else if (value !== null && typeof value === 'object' && node.properties) {
      for (const key of Object.keys(value)) {
        const property = node.properties.get(key);
        if (!property) continue;
        path.push(key);
        walk((value as Record<string, unknown>)[key], property);
        path.pop();
      }
    }
  };
  walk(data, compile(schema, schema));
  return problems;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}
