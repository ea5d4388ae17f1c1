import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDITOR_KEYWORDS, fieldMarkdown, splitBilingual } from '../../src/docs/editor-schema.js';
import { ROOT } from '../support/run-cli.js';

type JsonNode = { [key: string]: unknown };

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8')) as JsonNode;
const HAN = /[\u4e00-\u9fff]/;

/** Every schema node with its JSON Pointer, and whether it is a property (a field the author fills). */
function nodes(node: unknown, pointer = '', property = false): { pointer: string; node: JsonNode; property: boolean }[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const object = node as JsonNode;
  const found = [{ pointer, node: object, property }];
  for (const [key, child] of Object.entries(object)) {
    if (key === 'properties' || key === '$defs') {
      for (const [name, value] of Object.entries(child as JsonNode)) found.push(...nodes(value, `${pointer}/${key}/${name}`, key === 'properties'));
    } else if (key === 'items') {
      found.push(...nodes(child, `${pointer}/items`));
    }
  }
  return found;
}

const all = nodes(schema);
const properties = all.filter((entry) => entry.property);

/** An Ajv that accepts the schema's own keywords, as any strict validator would be told to. */
function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  for (const keyword of [...EDITOR_KEYWORDS, 'x-dossier-reference', 'x-dossier-unique-ids']) ajv.addKeyword({ keyword });
  return ajv;
}

/** What a snippet inserts once each placeholder keeps its default, each scalar read as YAML reads it. */
function filled(body: unknown): unknown {
  if (typeof body === 'string') {
    const text = body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1');
    return parse(text.startsWith('^') ? text.slice(1) : text) as unknown;
  }
  if (Array.isArray(body)) return body.map(filled);
  if (typeof body === 'object' && body !== null) return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, filled(value)]));
  return body;
}

describe('the dossier schema, as editors read it', () => {
  it('has a stable https $id naming the project and the format version', () => {
    expect(schema.$id).toBe('https://dossier-check.invalid/schemas/dossier-v1.schema.json');
    const dossierFormat = (schema.properties as JsonNode).dossierFormat as JsonNode;
    expect(String(schema.$id)).toContain(`v${String(dossierFormat.const)}`);
  });

  it('is valid JSON Schema draft 2020-12 and compiles in strict mode once its own keywords are declared', () => {
    const ajv = strictAjv();
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('names the same editor-only keywords as the validator build, which leaves them out', async () => {
    const { EDITOR_KEYWORDS: stripped, withoutEditorKeywords } = (await import('../../scripts/build-validator.js')) as {
      EDITOR_KEYWORDS: string[];
      withoutEditorKeywords: (node: unknown) => unknown;
    };
    expect([...stripped].sort()).toEqual([...EDITOR_KEYWORDS].sort());
    const text = JSON.stringify(withoutEditorKeywords(schema));
    for (const keyword of EDITOR_KEYWORDS) expect(text).not.toContain(`"${keyword}"`);
    // Property names are the dossier's keys and are kept, whatever they are called.
    expect(withoutEditorKeywords({ properties: { defaultSnippets: { type: 'string', markdownDescription: 'x' } } })).toEqual({
      properties: { defaultSnippets: { type: 'string' } },
    });
  });

  it('walks every field (the walk is not vacuous)', () => {
    expect(properties.length).toBeGreaterThan(150);
  });

  for (const { pointer, node } of properties) {
    it(`describes ${pointer} in Chinese, then in English`, () => {
      const markdown = node.markdownDescription;
      expect(typeof markdown, 'run `npm run generate`').toBe('string');
      const paragraphs = String(markdown).split('\n\n');
      expect(paragraphs[0]).toMatch(HAN);
      expect(paragraphs.at(-1)).toMatch(/[A-Za-z]{3}/);
    });
  }

  it('says the form of every date field in Chinese, with an example', () => {
    const dates = properties.filter(({ node }) => node.$ref === '#/$defs/date');
    expect(dates.length).toBeGreaterThan(10);
    for (const { pointer, node } of dates) {
      expect(String(node.markdownDescription).split('\n\n')[0], pointer).toContain('日期，格式 YYYY-MM-DD，如 2016-05-01');
    }
    // The definition lends its example and its message to every date field (an editor merges a `$ref`'s target in).
    const date = (schema.$defs as JsonNode).date as JsonNode;
    expect(date.examples).toEqual(['2016-05-01']);
    expect(date.patternErrorMessage).toMatch(/^日期须写作 YYYY-MM-DD/);
  });

  it('marks required fields as such in both languages', () => {
    const issued = nodes(schema).find(({ pointer }) => pointer === '/$defs/document/properties/issued')!.node;
    expect(issued.markdownDescription).toBe(
      '**发文日期**（必填）：日期，格式 YYYY-MM-DD，如 2016-05-01。\n\n**Issue date** (required): A date in the form YYYY-MM-DD, e.g. 2016-05-01.',
    );
    const title = nodes(schema).find(({ pointer }) => pointer === '/$defs/document/properties/title')!.node;
    expect(title.markdownDescription).toBe('**标题**\n\n**Title**');
  });

  it('derives a description from the field, lending the definition’s only where the field has none', () => {
    const root = { $defs: { amount: { title: '金额 / Amount', description: '万元。 / In 10,000 yuan.' } } };
    expect(fieldMarkdown(root, { title: '总投资 / Total investment', $ref: '#/$defs/amount' }, false)).toBe(
      '**总投资**：万元。\n\n**Total investment**: In 10,000 yuan.',
    );
    expect(fieldMarkdown(root, { title: '总投资 / Total investment', description: '含利息。 / With interest.', $ref: '#/$defs/amount' }, false)).toBe(
      '**总投资**：含利息。\n\n**Total investment**: With interest.',
    );
    expect(fieldMarkdown(root, { type: 'string' }, false)).toBeUndefined();
    expect(splitBilingual('SHA-256')).toEqual({ zh: 'SHA-256', en: 'SHA-256' });
    expect(splitBilingual('项目类别；shantytown 城镇棚户区')).toEqual({ zh: '项目类别；shantytown 城镇棚户区', en: '' });
  });

  it('gives examples that are valid where they stand', () => {
    const ajv = strictAjv();
    ajv.addSchema(schema);
    const withExamples = all.filter(({ node }) => Array.isArray(node.examples));
    expect(withExamples.length).toBeGreaterThan(20);
    for (const { pointer, node } of withExamples) {
      const validate = ajv.getSchema(`${String(schema.$id)}#${pointer}`)!;
      for (const example of node.examples as unknown[]) expect(validate(example), `${pointer}: ${JSON.stringify(example)}`).toBe(true);
    }
  });

  it('offers snippets for the whole dossier, a document, a component and the loan, each valid once filled in', () => {
    const ajv = strictAjv();
    ajv.addSchema(schema);
    const withSnippets = all.filter(({ node }) => Array.isArray(node.defaultSnippets));
    expect(withSnippets.map(({ pointer }) => pointer).sort()).toEqual(['', '/$defs/component', '/$defs/document', '/$defs/loan']);
    for (const { pointer, node } of withSnippets) {
      const validate = ajv.getSchema(`${String(schema.$id)}#${pointer}`)!;
      for (const snippet of node.defaultSnippets as { label: string; markdownDescription: string; body: unknown }[]) {
        expect(snippet.label).toMatch(HAN);
        expect(snippet.label).toMatch(/[A-Za-z]{3}/);
        expect(snippet.markdownDescription.split('\n\n')[0]).toMatch(HAN);
        expect(validate(filled(snippet.body)), `${pointer} ${snippet.label}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('explains each pattern it enforces in Chinese and English', () => {
    const patterned = all.filter(({ node }) => typeof node.pattern === 'string' || node.format === 'date');
    expect(patterned.length).toBeGreaterThan(4);
    for (const { pointer, node } of patterned) {
      const message = splitBilingual(String(node.patternErrorMessage ?? ''));
      expect(message.zh, pointer).toMatch(HAN);
      expect(message.en, pointer).toMatch(/[A-Za-z]{3}/);
    }
  });
});
