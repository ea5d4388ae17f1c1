import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompletionItem, type Diagnostic, documentationText, type Hover, hoverText, LspClient, type Position } from '../support/lsp-client.js';
import { ROOT } from '../support/run-cli.js';

/**
 * The dossier schema in the editor people use: the YAML language server behind VS Code's YAML extension (and
 * other editors' YAML support), started as the editor starts it and spoken to over its protocol. The settings are
 * those docs/editor.md tells the user to write; the display language is Chinese, as a Chinese VS Code reports it.
 */

const SERVER = join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
const SCHEMA = join(ROOT, 'schemas/dossier.schema.json');
const FIXTURES = join(ROOT, 'fixtures/dossiers');

let workspace: string;
let client: LspClient;
let version = 0;

/** Opens a document in the workspace (the file need not exist: an editor sends the text). */
function open(path: string, text: string): string {
  const uri = pathToFileURL(join(workspace, path)).href;
  client.forgetDiagnostics(uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return uri;
}

/** The position of `needle` in the text (0-based, as the protocol counts), `offset` characters into it. */
function positionOf(text: string, needle: string, offset = 0): Position {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

const hover = async (uri: string, position: Position) =>
  hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));

async function completion(uri: string, position: Position): Promise<CompletionItem[]> {
  const result = await client.request<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', {
    textDocument: { uri },
    position,
  });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

const builtHousing = readFileSync(join(FIXTURES, 'pass-built-housing.yaml'), 'utf8');

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'dossier-editor-'));
  mkdirSync(join(workspace, 'dossiers'));
  // As docs/editor.md says to do without the package installed: a copy of the schema in the repository.
  mkdirSync(join(workspace, 'schemas'));
  copyFileSync(SCHEMA, join(workspace, 'schemas/dossier.schema.json'));
  client = new LspClient(process.execPath, [SERVER, '--stdio'], { cwd: workspace });
  // The settings of docs/editor.md: the schema for dossier files only. No schema store: a test reaches no network.
  client.settings = {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      schemaStore: { enable: false },
      schemas: { './schemas/dossier.schema.json': ['dossiers/**/*.yaml', 'dossiers/**/*.yml'] },
    },
  };
  const uri = pathToFileURL(workspace).href;
  await client.request('initialize', {
    processId: process.pid,
    locale: 'zh-cn',
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'dossiers' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } },
        publishDiagnostics: {},
      },
    },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: null });
  // The server validates an opened document without waiting for the settings it has asked for, so a document opened
  // too early is first checked without the schema. Once a dossier lacking its required parts is reported, the
  // settings have taken effect, and "no diagnostic" below means the schema found nothing.
  const probe = open('dossiers/settings-applied.yaml', 'dossierFormat: 1\n');
  await client.diagnostics(probe, (published) => published.length > 0);
});

afterAll(async () => {
  await client?.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('yaml-language-server with the dossier schema', () => {
  const passing = readdirSync(FIXTURES).filter((name) => name.startsWith('pass-') && name.endsWith('.yaml'));

  it('finds the passing example dossiers (the loop below is not vacuous)', () => {
    expect(passing.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of passing) {
    it(`reports nothing on ${name}, a valid dossier, and knows its fields`, async () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const uri = open(`dossiers/${name}`, text);
      expect(await client.diagnostics(uri)).toEqual([]);
      // The schema did apply: without it there would be nothing to report either.
      expect(await hover(uri, positionOf(text, 'dossierFormat:'))).toContain('资料格式版本');
    });
  }

  describe('a dossier with four mistakes', () => {
    const text = builtHousing
      .replace('  responsibleGovernment:', '  responsibleGovernmnt:')
      .replace('category: shantytown', 'category: shanty-town')
      .replace('issued: 2016-01-22', 'issued: 2016年1月22日')
      .replace('  ownership: state-owned\n', '');
    let diagnostics: Diagnostic[];

    beforeAll(async () => {
      const uri = open('dossiers/four-mistakes.yaml', text);
      diagnostics = await client.diagnostics(uri, (published) => published.length > 0);
    });

    const on = (line: number) => diagnostics.filter((diagnostic) => diagnostic.range.start.line === line);

    it('reports each mistake, and only those', () => {
      expect(diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b)).toEqual(
        [
          positionOf(text, 'responsibleGovernmnt').line,
          positionOf(text, 'shanty-town').line,
          positionOf(text, '2016年1月22日').line,
          positionOf(text, '\nentity:', 1).line,
        ].sort((a, b) => a - b),
      );
    });

    it('reports the misspelt key on its line, naming it', () => {
      const [typo] = on(positionOf(text, 'responsibleGovernmnt').line);
      expect(typo?.message).toContain('responsibleGovernmnt');
      expect(typo?.range.start.character).toBe(2);
    });

    it('reports the wrong enumerated value on its line, with the values allowed', () => {
      const [value] = on(positionOf(text, 'shanty-town').line);
      expect(value?.message).toContain('shantytown');
      expect(value?.message).toContain('urban-village');
      // The field is named in Chinese where the server names its source.
      expect(value?.source).toContain('项目类别');
    });

    it('reports a date written the Chinese way on its line, saying in Chinese how to write it', () => {
      const [date] = on(positionOf(text, '2016年1月22日').line);
      expect(date?.message).toContain('日期须写作 YYYY-MM-DD，如 2016-05-01');
      expect(date?.range.start.character).toBe(positionOf(text, '2016年1月22日').character);
    });

    it('reports the missing required field on the line of the mapping that lacks it', () => {
      const [missing] = on(positionOf(text, '\nentity:', 1).line);
      expect(missing?.message).toContain('ownership');
      expect(missing?.source).toContain('实施主体');
    });
  });

  it('shows a field’s Chinese name and description on hover over its key', async () => {
    const uri = open('dossiers/hover.yaml', builtHousing);
    const shown = await hover(uri, positionOf(builtHousing, 'issued: 2016-01-18', 2));
    expect(shown).toContain('发文日期');
    expect(shown).toContain('日期，格式 YYYY-MM-DD，如 2016-05-01');
    expect(shown).toContain('Issue date');
  });

  it('shows the Chinese label of an enumerated value on hover over the value', async () => {
    const uri = open('dossiers/hover-value.yaml', builtHousing);
    const shown = await hover(uri, positionOf(builtHousing, 'state-owned', 3));
    expect(shown).toContain('所有制');
    expect(shown).toMatch(/`state-owned`: \*\*国有\*\* · state-owned/);
  });

  it('offers the enumerated values with their Chinese labels on completion', async () => {
    const text = builtHousing.replace('  ownership: state-owned\n', '  ownership: \n');
    const uri = open('dossiers/complete.yaml', text);
    const items = await completion(uri, positionOf(text, '  ownership: ', '  ownership: '.length));
    const labels = new Map(items.map((item) => [item.label, documentationText(item)]));
    expect([...labels.keys()]).toEqual(expect.arrayContaining(['state-owned', 'collective', 'private', 'mixed', 'foreign-invested']));
    expect(labels.get('state-owned')).toContain('国有');
    expect(labels.get('collective')).toContain('集体所有');
  });

  /** The completion items offered at the `|` of `typed`, written in place of `replaced`. */
  async function offeredAt(name: string, replaced: string, typed: string): Promise<Map<string, CompletionItem>> {
    const inserted = typed.replace('|', '');
    const text = builtHousing.replace(replaced, inserted);
    const uri = open(`dossiers/${name}.yaml`, text);
    const items = await completion(uri, positionOf(text, inserted, typed.indexOf('|')));
    return new Map(items.map((item) => [item.label, item]));
  }

  it('offers snippets for a document, a component and the loan where each belongs', async () => {
    const documents = await offeredAt('snippet-document', '\ndocuments:\n', '\ndocuments:\n  - |\n');
    expect([...documents.keys()]).toContain('文件 · document');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an editor snippet's placeholder, not a template
    expect(documents.get('文件 · document')?.insertText).toContain('issued: ${6:2016-05-01}');
    const components = await offeredAt('snippet-component', '\ncomponents:\n', '\ncomponents:\n  - |\n');
    expect([...components.keys()]).toEqual(expect.arrayContaining(['建设类组成部分 · construction component', '拆迁组成部分 · demolition component']));
    expect(components.get('建设类组成部分 · construction component')?.insertText).toContain('landPreReview:');
    const loanStart = builtHousing.indexOf('\nloan:');
    const loan = await offeredAt('snippet-loan', builtHousing.slice(loanStart, builtHousing.indexOf('\nfundSupervision:')), '\nloan:\n  |\n');
    expect([...loan.keys()]).toContain('贷款 · loan');
    expect(loan.get('贷款 · loan')?.insertText).toContain('applicationDate:');
  });

  it('offers a dossier skeleton in an empty dossier file, which the schema accepts once inserted', async () => {
    const uri = open('dossiers/new.yaml', '\n');
    const items = await completion(uri, { line: 0, character: 0 });
    const skeleton = items.find((item) => item.label === '资料骨架 · dossier skeleton');
    expect(skeleton, items.map((item) => item.label).join(', ')).toBeDefined();
    // What the editor leaves once the user has tabbed through every placeholder, keeping each default.
    const inserted = skeleton!.insertText!.replace(/\$\{\d+:([^}]*)\}/g, '$1');
    expect(inserted).toMatch(/^dossierFormat: 1\nproject:\n {2}id: 项目编号\n/);
    const filled = open('dossiers/new-filled.yaml', inserted);
    expect(await client.diagnostics(filled)).toEqual([]);
    expect(await hover(filled, positionOf(inserted, 'loan:'))).toContain('贷款');
  });

  it('leaves other YAML files alone: the settings name dossier files only', async () => {
    const workflow = 'name: build\non:\n  push:\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    const uri = open('.github/workflows/ci.yaml', workflow);
    expect(await client.diagnostics(uri)).toEqual([]);
    expect(await hover(uri, positionOf(workflow, 'name:'))).toBe('');
  });

  it('applies the schema to a file anywhere through the modeline, a path relative to the file', async () => {
    const schemaPath = relative(join(workspace, 'elsewhere'), SCHEMA);
    const text = `# yaml-language-server: $schema=${schemaPath}\n${builtHousing.replace('  responsibleGovernment:', '  responsibleGovernmnt:')}`;
    const uri = open('elsewhere/my-dossier.yaml', text);
    const diagnostics = await client.diagnostics(uri, (published) => published.length > 0);
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([positionOf(text, 'responsibleGovernmnt').line]);
  });
});
