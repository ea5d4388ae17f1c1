import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDossierSchema } from '../../src/docs/generated-files.js';
import { ENUM_LABELS, type EnumName, enumText, enumTexts, nodeAtPointer } from '../../src/dossier/enum-labels.js';
import { ROOT } from '../support/run-cli.js';

const schemaText = readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8');
const schema = JSON.parse(schemaText) as unknown;

/** Every node of the schema that holds an `enum`, by JSON Pointer. */
function enumNodes(node: unknown, pointer = ''): [string, unknown[]][] {
  if (typeof node !== 'object' || node === null) return [];
  const entries = Array.isArray(node) ? node.map((item, index) => [String(index), item] as const) : Object.entries(node);
  const own: [string, unknown[]][] =
    !Array.isArray(node) && Array.isArray((node as { enum?: unknown }).enum) ? [[pointer, (node as { enum: unknown[] }).enum]] : [];
  return [...own, ...entries.flatMap(([key, child]) => enumNodes(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`))];
}

const names = Object.keys(ENUM_LABELS) as EnumName[];

describe('the labels of enumerated values', () => {
  const nodes = enumNodes(schema);

  it('finds the enums of the schema (the walk is not vacuous)', () => {
    expect(nodes.length).toBeGreaterThan(10);
  });

  for (const [pointer, values] of nodes) {
    it(`labels every value at ${pointer}, in Chinese and English, and no other`, () => {
      const name = names.find((candidate) => ENUM_LABELS[candidate].at === pointer);
      expect(name, `no entry of src/dossier/enum-labels.ts is at ${pointer}`).toBeDefined();
      const labels = ENUM_LABELS[name!].labels as Readonly<Record<string, { zh: string; en: string }>>;
      expect(Object.keys(labels).sort()).toEqual(values.map(String).sort());
      for (const label of Object.values(labels)) {
        expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(label.en).not.toMatch(/[\u4e00-\u9fff]/);
        expect(label.en.trim()).not.toBe('');
      }
    });
  }

  it('has no entry for a place of the schema without an enum', () => {
    for (const name of names) expect(Array.isArray(nodeAtPointer(schema, ENUM_LABELS[name].at)?.enum), name).toBe(true);
  });

  it('are in the schema, so an editor shows them (run `npm run generate`)', () => {
    expect(schemaText).toBe(renderDossierSchema(schemaText));
    const ownership = nodeAtPointer(schema, ENUM_LABELS.ownership.at)!;
    expect(ownership.enumDescriptions).toEqual([
      '国有 · state-owned',
      '集体所有 · collectively owned',
      '民营 · private',
      '混合所有制 · mixed ownership',
      '外商投资 · foreign-invested',
    ]);
    expect((ownership.markdownEnumDescriptions as string[])[0]).toBe('**国有** · state-owned');
  });

  it('name a value in a message as the label and then the value in Chinese, the value in English', () => {
    expect(enumText('guaranteeKind', 'backstop-letter')).toEqual({ zh: '兜底函（backstop-letter）', en: 'backstop-letter' });
    expect(enumTexts('purchaseScope', ['commercial-housing', 'revenue-infrastructure'])).toEqual({
      zh: '配套建设的商品房（commercial-housing）、经营性基础设施（revenue-infrastructure）',
      en: 'commercial-housing, revenue-infrastructure',
    });
    // A value the schema would have refused is shown as it is rather than dropped.
    expect(enumText('guaranteeKind', 'letter')).toEqual({ zh: 'letter', en: 'letter' });
  });
});
