import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { loadRulePack, loadRulePacks, PackError } from '../../src/packs/load-pack.js';
import { onePack, packFolder } from './pack-files.js';

const write = packFolder();

/** The error loading a pack throws; fails the test when it loads. */
async function loadError(path: string): Promise<PackError> {
  try {
    await loadRulePack(path, { shownAs: 'packs/p.pack.yaml' });
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return error as PackError;
  }
  throw new Error('the pack loaded');
}

const REQUIRE = '    require: { required: [fundSupervision] }\n';

describe('a pack that fails to load is one usage error naming the file and the line', () => {
  it('is a usage error, so the command line prints one line and exits 2', async () => {
    const error = await loadError(write('syntax.pack.yaml', 'pack: { id: bank\n'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).not.toContain('\n');
  });

  it('YAML syntax: at the line of the mistake, in both languages', async () => {
    const error = await loadError(write('indent.pack.yaml', onePack(`${REQUIRE}   bad: indent\n`)));
    expect(error.line).toBe(8);
    expect(error.message).toMatch(/^rule pack packs\/p\.pack\.yaml:8:\d+: YAML syntax: /);
    expect(error.localized.zh).toMatch(/^规则包 packs\/p\.pack\.yaml:8:\d+：YAML 语法错误：/);
  });

  it('a key written twice', async () => {
    const error = await loadError(write('twice.pack.yaml', onePack(`${REQUIRE}    severity: warning\n`)));
    expect(error.line).toBe(8);
    expect(error.message).toMatch(/YAML syntax: Map keys must be unique/);
  });

  it('a value of the wrong kind: at the value, naming its key path', async () => {
    const error = await loadError(write('severity.pack.yaml', onePack(REQUIRE).replace('severity: error', 'severity: fatal')));
    expect({ line: error.line, column: error.column }).toEqual({ line: 4, column: 15 });
    expect(error.message).toMatch(/rules\[0\]\.severity: Invalid option: expected one of "error"\|"warning"/);
    expect(error.localized.zh).toMatch(/rules\[0\]\.severity：无效选项/);
  });

  it('an unknown key: at the key itself', async () => {
    const error = await loadError(write('unknown.pack.yaml', onePack(`${REQUIRE}    requires: {}\n`)));
    expect({ line: error.line, column: error.column }).toEqual({ line: 8, column: 5 });
    expect(error.message).toMatch(/rules\[0\]: unknown key requires$/);
  });

  it('a missing requirement: at the rule', async () => {
    const error = await loadError(write('missing.pack.yaml', onePack('')));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/rules\[0\]\.require: /);
  });

  it('a rule id without a namespace, or outside the pack’s', async () => {
    const bare = await loadError(write('bare.pack.yaml', onePack(REQUIRE).replace('id: bank/rule', 'id: four-approvals')));
    expect(bare.line).toBe(3);
    expect(bare.message).toMatch(/rules\[0\]\.id: a rule id is namespaced, such as bank\/capital-25/);
    const other = await loadError(write('other.pack.yaml', onePack(REQUIRE).replace('id: bank/rule', 'id: branch/rule')));
    expect(other.message).toMatch(/:3:9: rule id branch\/rule must start with the pack's id: bank\//);
  });

  it('an id used twice in one pack: at the second', async () => {
    const rule = onePack(REQUIRE).split('rules:\n')[1]!;
    const error = await loadError(write('dup.pack.yaml', `${onePack(REQUIRE)}${rule}`));
    expect(error.line).toBe(8);
    expect(error.message).toMatch(/rule id bank\/rule is used twice \(first on line 3\)/);
  });

  it('a rule without a citation in a pack without a policy', async () => {
    const error = await loadError(write('uncited.pack.yaml', onePack(REQUIRE, 'pack: { id: bank, name: Bank }')));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/a rule needs a citation/);
  });

  it('a placeholder that names nothing of the dossier', async () => {
    const error = await loadError(write('placeholder.pack.yaml', onePack(REQUIRE).replace('en: Message', "en: 'Message {projct.name}'")));
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/the placeholder \{projct\.name\} of message\.en is neither \{value\} nor a data path/);
  });

  it('a path that is no data path', async () => {
    const error = await loadError(write('path.pack.yaml', onePack(`${REQUIRE}    path: project..name\n`)));
    expect({ line: error.line, column: error.column }).toEqual({ line: 8, column: 11 });
    expect(error.message).toMatch(/rules\[0\]\.path: not a data path/);
  });
});

describe('a JSON Schema fragment that does not compile', () => {
  it('a misspelt keyword: at that keyword (Ajv is strict about the schema)', async () => {
    const error = await loadError(
      write(
        'keyword.pack.yaml',
        onePack('    require:\n      properties:\n        project:\n          properties:\n            households: { minimun: 10 }\n'),
      ),
    );
    expect({ line: error.line, column: error.column }).toEqual({ line: 11, column: 27 });
    expect(error.message).toMatch(/the JSON Schema does not compile: strict mode: unknown keyword: "minimun"/);
  });

  it('a reference to nothing: at the reference', async () => {
    const error = await loadError(write('ref.pack.yaml', onePack("    when: { properties: { loan: { $ref: 'dossier#/$defs/nothing' } } }\n" + REQUIRE)));
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/can't resolve reference dossier#\/\$defs\/nothing/);
  });

  it('a value of a keyword Ajv refuses: at the fragment', async () => {
    const error = await loadError(write('type.pack.yaml', onePack('    require: { type: numbr }\n')));
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/the JSON Schema does not compile: schema is invalid/);
  });
});

describe('rule ids across packs', () => {
  it('refuses a rule id a second pack uses again, naming the second pack and the line', async () => {
    const first = write('first.pack.yaml', onePack(REQUIRE));
    const second = write('second.pack.yaml', `# the same id again\n${onePack(REQUIRE)}`);
    const error = await loadRulePacks([first, { path: second, shownAs: 'second.pack.yaml' }]).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).message).toBe(`rule pack second.pack.yaml:4:9: rule id bank/rule is already defined by the pack ${first}`);
  });

  it('loads distinct packs in order', async () => {
    const first = write('a.pack.yaml', onePack(REQUIRE));
    const second = write('b.pack.yaml', onePack(REQUIRE).replace('id: bank/rule', 'id: bank/other'));
    expect((await loadRulePacks([first, second])).map((rule) => rule.meta.id)).toEqual(['bank/rule', 'bank/other']);
  });
});

describe('what is not a pack', () => {
  it('a file of another kind', async () => {
    const error = await loadError(write('rules.json', '{}'));
    expect(error.message).toMatch(/not a rule pack: a declarative pack is a \.yaml or \.yml file, a rule module a \.js or \.mjs file/);
  });

  it('a file that is not there, and a folder', async () => {
    expect((await loadError(join(dirname(write('x.txt', '')), 'absent.pack.yaml'))).message).toMatch(/no such file/);
    const folder = join(dirname(write('y.txt', '')), 'folder.pack.yaml');
    mkdirSync(folder);
    expect((await loadError(folder)).message).toMatch(/not a regular file/);
  });

  it('a file that is not UTF-8', async () => {
    const path = write('latin1.pack.yaml', '');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Uint8Array.from([0x70, 0x61, 0x63, 0x6b, 0x3a, 0xe9, 0x0a]));
    expect((await loadError(path)).message).toMatch(/:1:1: not UTF-8 text/);
  });
});
