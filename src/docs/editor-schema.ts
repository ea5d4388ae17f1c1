import { ENUM_LABELS, nodeAtPointer } from '../dossier/enum-labels.js';

/**
 * The parts of `schemas/dossier.schema.json` written for editors rather than by hand. The schema's authors write its
 * bilingual `title`s and `description`s ("发文日期 / Issue date"), `examples`, `defaultSnippets` and the
 * `patternErrorMessage`s; `npm run generate` derives from them, and from `src/dossier/enum-labels.ts`, what an editor
 * with YAML support (yaml-language-server, VS Code's YAML extension) shows:
 * - `enumDescriptions` and `markdownEnumDescriptions` beside each enumerated value (`国有 · state-owned`);
 * - a `markdownDescription` on every field: its Chinese name and description, then the English ones, with
 *   "required" where the field is, and the form of a date. An editor shows it on hover and beside a completion, and
 *   prefers it to `description`.
 * Derived keys are removed and written afresh on every run, so the output depends only on what was written by hand.
 */

type JsonNode = { [key: string]: unknown };

/** The keys this module writes: never edited by hand. */
export const DERIVED_EDITOR_KEYS = ['enumDescriptions', 'markdownEnumDescriptions', 'markdownDescription'] as const;

/**
 * Keywords that only editors read. JSON Schema validators reject unknown keywords in strict mode (Ajv), so the
 * validator is compiled from a copy without them; they never change what is valid.
 */
export const EDITOR_KEYWORDS = [...DERIVED_EDITOR_KEYS, 'defaultSnippets', 'patternErrorMessage'] as const;

const HAN = /[\u4e00-\u9fff]/;

interface Bilingual {
  zh: string;
  en: string;
}

/**
 * A bilingual schema text, "中文 / English", split into its languages. A text in one language (the enum lists
 * written in Chinese only) leaves the other empty; a text in neither (`SHA-256`) serves both.
 */
export function splitBilingual(text: string): Bilingual {
  const separator = text.indexOf(' / ');
  if (separator >= 0) return { zh: text.slice(0, separator).trim(), en: text.slice(separator + 3).trim() };
  return HAN.test(text) ? { zh: text.trim(), en: '' } : { zh: text.trim(), en: text.trim() };
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The `$defs` entry a local `$ref` names, if any. */
function referenced(schema: JsonNode, node: JsonNode): JsonNode | undefined {
  const ref = asString(node.$ref);
  if (!ref?.startsWith('#/$defs/')) return undefined;
  return nodeAtPointer(schema, ref.slice(1));
}

/**
 * The markdown an editor shows for one field:
 *
 *     **发文日期**（必填）：日期，格式 YYYY-MM-DD，如 2016-05-01。
 *
 *     **Issue date** (required): A date in the form YYYY-MM-DD, e.g. 2016-05-01.
 *
 * The definition a field refers to lends its description when the field has none of its own, and always when it is a
 * date, so that every date field names its form. Undefined for a node with neither title nor description.
 */
export function fieldMarkdown(schema: JsonNode, node: JsonNode, required: boolean): string | undefined {
  const target = referenced(schema, node);
  const title = asString(node.title) ?? asString(target?.title);
  const own = asString(node.description);
  const lent = asString(target?.description);
  const isDate = target?.format === 'date' || node.format === 'date';
  const descriptions = [own, own === undefined || isDate ? lent : undefined].filter((text): text is string => text !== undefined);
  if (title === undefined && descriptions.length === 0) return undefined;
  const name = title === undefined ? { zh: '', en: '' } : splitBilingual(title);
  const texts = descriptions.map(splitBilingual);
  const line = (language: keyof Bilingual, mark: string, colon: string) => {
    const head = name[language] === '' ? '' : `**${name[language]}**${mark}`;
    const body = texts
      .map((text) => text[language])
      .filter((text) => text !== '')
      .join(' ');
    return head === '' ? body : body === '' ? head : `${head}${colon}${body}`;
  };
  const zh = line('zh', required ? '（必填）' : '', '：');
  const en = line('en', required ? ' (required)' : '', ': ');
  // A text in neither language (`SHA-256`) is the same in both: once is enough.
  return [...new Set([zh, en])].filter((text) => text !== '').join('\n\n');
}

/** Rewrites a node's keys: derived ones dropped, then `extra` placed after the description (or title), in order. */
function rewrite(node: JsonNode, extra: [string, unknown][]): void {
  const kept = Object.entries(node).filter(([key]) => !(DERIVED_EDITOR_KEYS as readonly string[]).includes(key));
  const anchor = kept.some(([key]) => key === 'description') ? 'description' : kept.some(([key]) => key === 'title') ? 'title' : undefined;
  const placed: [string, unknown][] = anchor === undefined ? [...extra] : [];
  for (const entry of kept) {
    placed.push(entry);
    if (entry[0] === anchor) placed.push(...extra.filter(([key]) => key === 'markdownDescription'));
    if (entry[0] === 'enum') placed.push(...extra.filter(([key]) => key !== 'markdownDescription'));
  }
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, Object.fromEntries(placed));
}

/** Every schema object node of the schema, with the `required` list of the object that holds it as a property. */
function* schemaNodes(node: unknown, required = false): Generator<[JsonNode, boolean]> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) yield* schemaNodes(item);
    return;
  }
  const object = node as JsonNode;
  yield [object, required];
  const requiredHere = Array.isArray(object.required) ? (object.required as unknown[]) : [];
  for (const [key, child] of Object.entries(object)) {
    // Snippet bodies and examples are data, not schemas.
    if (key === 'defaultSnippets' || key === 'examples' || key === 'enum' || key === 'const') continue;
    if (key === 'properties' && typeof child === 'object' && child !== null) {
      for (const [name, property] of Object.entries(child as JsonNode)) yield* schemaNodes(property, requiredHere.includes(name));
    } else if (key === '$defs' && typeof child === 'object' && child !== null) {
      for (const definition of Object.values(child as JsonNode)) yield* schemaNodes(definition);
    } else if (key === 'items' || key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      yield* schemaNodes(child);
    }
  }
}

/** The dossier schema with every derived editor key written afresh (see the module comment). */
export function renderDossierSchema(schemaText: string): string {
  const schema = JSON.parse(schemaText) as JsonNode;
  const enumLabels = new Map<JsonNode, Readonly<Record<string, Bilingual>>>();
  for (const { at, labels } of Object.values(ENUM_LABELS)) {
    const node = nodeAtPointer(schema, at);
    if (node && Array.isArray(node.enum)) enumLabels.set(node, labels);
  }
  // Derived keys are computed from the nodes as written, before any is rewritten.
  const rewrites: [JsonNode, [string, unknown][]][] = [];
  for (const [node, required] of schemaNodes(schema)) {
    const extra: [string, unknown][] = [];
    const markdown = fieldMarkdown(schema, node, required);
    if (markdown !== undefined) extra.push(['markdownDescription', markdown]);
    const labels = enumLabels.get(node);
    if (labels) {
      const label = (value: unknown) => labels[String(value)];
      const values = node.enum as unknown[];
      extra.push(['enumDescriptions', values.map((v) => (label(v) ? `${label(v)!.zh} · ${label(v)!.en}` : ''))]);
      extra.push(['markdownEnumDescriptions', values.map((v) => (label(v) ? `**${label(v)!.zh}** · ${label(v)!.en}` : ''))]);
    }
    rewrites.push([node, extra]);
  }
  for (const [node, extra] of rewrites) rewrite(node, extra);
  return `${JSON.stringify(schema, null, 2)}\n`;
}
