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

export function semanticProblems(data: unknown, schema: SchemaNode): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const root = data as Record<string, unknown> | null;
  const resolve = (node: SchemaNode): SchemaNode => resolveRef(schema, node);
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

  const walk = (value: unknown, node: SchemaNode, path: (string | number)[]) => {
    const schemaNode = resolve(node);
    const collection = schemaNode['x-dossier-reference'];
    if (typeof collection === 'string' && typeof value === 'string') {
      if (!idsOf(collection).has(value)) problems.push({ kind: 'reference', path, collection, id: value });
    }
    if (schemaNode.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isIsoDate(value)) {
      problems.push({ kind: 'date', path, value });
    }
    if (Array.isArray(value)) {
      if (schemaNode['x-dossier-unique-ids'] === true) {
        const seen = new Set<unknown>();
        value.forEach((entry, index) => {
          const id = (entry as { id?: unknown } | null)?.id;
          if (id === undefined) return;
          if (seen.has(id)) problems.push({ kind: 'duplicateId', path: [...path, index, 'id'], id });
          seen.add(id);
        });
      }
      const items = schemaNode.items as SchemaNode | undefined;
      if (items)
        value.forEach((entry, index) => {
          walk(entry, items, [...path, index]);
        });
    } else if (value !== null && typeof value === 'object') {
      const properties = (schemaNode.properties ?? {}) as Record<string, SchemaNode>;
      for (const [key, child] of Object.entries(value)) {
        if (Object.hasOwn(properties, key)) walk(child, properties[key]!, [...path, key]);
      }
    }
  };
  walk(data, schema, []);
  return problems;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}
