import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Localized } from '../engine/types.js';
import { ToolFailure } from './errors.js';

// What `init` offers, read from the package's files: by its help and by the command when it runs.

// Computed from this module's place, two levels below the package root in dist/cli/ and in dist/bundle/ alike.
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMA_FILE = join(PACKAGE_ROOT, 'schemas', 'dossier.schema.json');

/** The example dossier the package ships: a shantytown project resettling in built housing that passes every check. */
export const EXAMPLE_FILE = join(PACKAGE_ROOT, 'examples', 'shantytown-built-housing.yaml');

/** One enumerated value of the schema with its label as the editor shows it (`城镇棚户区 · urban shantytown`). */
export interface Choice {
  value: string;
  label: Localized;
}

export interface SchemaChoices {
  categories: Choice[];
  modes: Choice[];
}

type SchemaNode = { enum?: string[]; enumDescriptions?: string[]; properties?: Record<string, SchemaNode>; items?: SchemaNode };

/**
 * The categories and modes as the schema enumerates them, so `init` offers exactly what a dossier may say. Read when
 * the command runs or shows its help, not at every start of the tool.
 */
export function schemaChoices(): SchemaChoices {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $defs: Record<string, SchemaNode> };
  const category = schema.$defs.project?.properties?.category;
  const mode = schema.$defs.resettlement?.properties?.modes?.items;
  if (!category?.enum || !mode?.enum)
    throw new ToolFailure({ zh: '资料格式定义中没有项目类别或安置方式', en: 'the dossier schema has no project categories or resettlement modes' });
  return { categories: choicesOf(category), modes: choicesOf(mode) };
}

function choicesOf(node: SchemaNode): Choice[] {
  return (node.enum ?? []).map((value, index) => {
    // The schema labels each value `中文 · English`.
    const [zh = value, en = value] = (node.enumDescriptions?.[index] ?? '').split(' · ');
    return { value, label: { zh: zh || value, en: en || value } };
  });
}

export function listChoices(choices: readonly Choice[], lang: Lang): string {
  return choices.map((choice) => (lang === 'zh' ? `${choice.value}（${choice.label.zh}）` : choice.value)).join(lang === 'zh' ? '、' : ', ');
}
