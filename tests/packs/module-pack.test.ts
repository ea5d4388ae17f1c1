import { describe, expect, it } from 'vitest';
import { loadRulePack, PackError } from '../../src/packs/load-pack.js';
import { packFolder } from './pack-files.js';

const write = packFolder();

/** A module rule as a bank writes it, before `defineRule` completes it (modules here do not import the package). */
const RULE = `{
  meta: {
    id: 'branch/watch-list',
    severity: 'error',
    policy: '分行《授信名单管理办法》第三条',
    title: { zh: '实施主体不在关注名单上', en: 'The implementing entity is not on the watch list' },
    description: { zh: '关注名单上的主体不予放款。', en: 'No loan to an entity on the watch list.' },
    fix: { zh: '报分行授信审批。', en: 'Refer to the branch credit committee.' },
    messages: { listed: { zh: '{name} 在关注名单上', en: '{name} is on the watch list' } },
  },
  *check(dossier) {
    if (dossier.entity.name.includes('测试')) yield { messageId: 'listed', path: ['entity', 'name'], data: { name: dossier.entity.name } };
  },
}`;

async function loadError(path: string): Promise<PackError> {
  const error = await loadRulePack(path, { shownAs: 'branch.mjs' }).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(PackError);
  return error as PackError;
}

describe('a rule module', () => {
  it('gives its exported rules, completed as defineRule completes them and marked with their pack', async () => {
    const rules = await loadRulePack(write('good.mjs', `export const watchList = ${RULE};\n`));
    expect(rules).toHaveLength(1);
    const { meta } = rules[0]!;
    expect(meta).toMatchObject({ id: 'branch/watch-list', policy: '分行《授信名单管理办法》第三条', covers: [], examples: { pass: '', fail: '' } });
    expect(meta.pack).toEqual({ file: 'good.mjs', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(meta.clause).toBeUndefined();
  });

  it('takes a default export that is a list of rules, and a rule exported twice once', async () => {
    const second = RULE.replace("'branch/watch-list'", "'branch/second'");
    const rules = await loadRulePack(write('list.js', `export const a = ${RULE};\nexport default [a, ${second}];\n`));
    expect(rules.map((rule) => rule.meta.id).sort()).toEqual(['branch/second', 'branch/watch-list']);
  });

  it('refuses an export that is not a rule, naming it', async () => {
    const error = await loadError(write('garbage.mjs', `export const rule = ${RULE};\nexport const limit = 42;\n`));
    expect(error.message).toBe('rule pack branch.mjs: export limit is not a rule: Invalid input: expected object, received number');
    expect(error.localized.zh).toMatch(/^规则包 branch\.mjs：导出 limit 不是规则：无效输入/);
  });

  it('refuses a rule without the bank’s policy', async () => {
    const error = await loadError(write('unpolicied.mjs', `export const rule = ${RULE.replace(/policy: .*\n/, '')};\n`));
    expect(error.message).toMatch(/export rule is not a rule: meta\.policy: /);
  });

  it('refuses a rule that claims a clause of the notice', async () => {
    const error = await loadError(write('clause.mjs', `export const rule = ${RULE.replace("severity: 'error',", "severity: 'error', clause: 'N-4.4',")};\n`));
    expect(error.message).toMatch(/a bank's rule cites its policy \(meta\.policy\) and has no meta\.clause/);
  });

  it('refuses an id without a namespace, an id used twice and a check that is no function', async () => {
    expect((await loadError(write('bare.mjs', `export const rule = ${RULE.replace("'branch/watch-list'", "'watch-list'")};\n`))).message).toMatch(
      /meta\.id: a rule id is namespaced, such as branch\/watch-list/,
    );
    expect((await loadError(write('twice.mjs', `export const a = ${RULE};\nexport const b = ${RULE};\n`))).message).toMatch(
      /rule id branch\/watch-list is used twice in this pack/,
    );
    expect((await loadError(write('nocheck.mjs', `export const rule = { ...${RULE}, check: 1 };\n`))).message).toMatch(/check: check is not a function/);
  });

  it('refuses a module that exports nothing', async () => {
    expect((await loadError(write('empty.mjs', 'const unused = 1;\n'))).message).toMatch(/the module exports no rule/);
  });

  it('refuses a module that throws while loading, at the line where it threw', async () => {
    const error = await loadError(write('throws.mjs', `export const rule = ${RULE};\n\nthrow new Error('no network here');\n`));
    expect(error.message).toMatch(/^rule pack branch\.mjs(:\d+:\d+)?: the module does not load: no network here$/);
  });
});
