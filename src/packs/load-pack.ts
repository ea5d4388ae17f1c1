import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Localized } from '../engine/types.js';
import type { PolicyRule, Rule, RulePackSource } from '../rules/define-rule.js';
import { compileDeclarativePack } from './declarative.js';
import { loadModulePack } from './module-pack.js';
import { PackError, type PackPosition } from './pack-error.js';

export { PackError } from './pack-error.js';

/** Far more than any pack needs: a pack is a page of rules, not data. */
const MAX_PACK_SIZE = 1024 * 1024;

export interface LoadRulePackOptions {
  /** The name errors show for the file (e.g. relative to the configuration); the path itself when absent. */
  shownAs?: string;
}

/** Where each YAML pack rule's id is written, so a clash found across packs is reported at its line. */
const idPositions = new WeakMap<Rule, PackPosition>();

/**
 * Loads one rule pack: a YAML file of declarative rules (`.yaml`, `.yml`) or an ES module of rules made with
 * `defineRule` (`.js`, `.mjs`), imported only now that it is named. The rules are ordinary rules, to be run with the
 * built-in ones (`checkSources(inputs, { asOf, rules: [...DOSSIER_RULES, ...packRules] })`). Anything wrong with the
 * pack, including an id that a built-in rule has, throws one `PackError` naming the file and, where the file has
 * one, the line.
 */
export async function loadRulePack(path: string, options: LoadRulePackOptions = {}): Promise<Rule[]> {
  const file = options.shownAs ?? path;
  const absolute = resolve(path);
  const bytes = await readPack(absolute, file);
  const source: RulePackSource = { file: basename(path), sha256: createHash('sha256').update(bytes).digest('hex') };
  const extension = extname(path).toLowerCase();
  let rules: PolicyRule[];
  if (extension === '.yaml' || extension === '.yml') {
    const compiled = compileDeclarativePack(decode(bytes, file), file, source);
    rules = compiled.rules;
    for (const rule of rules) {
      const at = compiled.idPositions.get(rule.meta.id);
      if (at) idPositions.set(rule, at);
    }
  } else if (extension === '.js' || extension === '.mjs') {
    rules = await loadModulePack(absolute, file, source);
  } else {
    throw new PackError(file, {
      zh: '不是规则包：声明式规则包为 .yaml 或 .yml 文件，规则模块为 .js 或 .mjs 文件',
      en: 'not a rule pack: a declarative pack is a .yaml or .yml file, a rule module a .js or .mjs file',
    });
  }
  const builtIn = await builtInRuleIds();
  const seen = new Set<string>();
  for (const rule of rules) {
    if (builtIn.has(rule.meta.id)) throw clash(file, rule, { zh: '与内置规则同名', en: 'is the id of a built-in rule' });
    if (seen.has(rule.meta.id)) throw clash(file, rule, { zh: '在本包中出现两次', en: 'is used twice in this pack' });
    seen.add(rule.meta.id);
  }
  return rules;
}

/**
 * Loads several packs, in order, into one rule list; a rule id used by two packs is refused at the second. What a
 * configuration's `packs: [...]` calls.
 */
export async function loadRulePacks(packs: readonly (string | { path: string; shownAs?: string })[]): Promise<Rule[]> {
  const rules: Rule[] = [];
  const owner = new Map<string, string>();
  for (const pack of packs) {
    const { path, shownAs } = typeof pack === 'string' ? { path: pack, shownAs: undefined } : pack;
    const file = shownAs ?? path;
    for (const rule of await loadRulePack(path, shownAs === undefined ? {} : { shownAs })) {
      const first = owner.get(rule.meta.id);
      if (first !== undefined) throw clash(file, rule, { zh: `已由规则包 ${first} 定义`, en: `is already defined by the pack ${first}` });
      owner.set(rule.meta.id, file);
      rules.push(rule);
    }
  }
  return rules;
}

function clash(file: string, rule: Rule, why: Localized): PackError {
  const id = rule.meta.id;
  return new PackError(file, { zh: `规则 id ${id} ${why.zh}`, en: `rule id ${id} ${why.en}` }, idPositions.get(rule));
}

async function builtInRuleIds(): Promise<ReadonlySet<string>> {
  // Loaded when a pack is: a run without packs never needs the registry for this.
  const { RULES_BY_ID } = await import('../rules/registry.js');
  return new Set(RULES_BY_ID.keys());
}

/** A regular file of reasonable size; a FIFO or a device is refused without being opened, so nothing hangs. */
async function readPack(absolute: string, file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new PackError(file, { zh: '不是普通文件', en: 'not a regular file' });
    size = info.size;
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError(file, { zh: '文件不存在或无法读取', en: 'no such file, or it cannot be read' });
  }
  if (size > MAX_PACK_SIZE) throw new PackError(file, { zh: `文件超过 ${MAX_PACK_SIZE} 字节`, en: `larger than ${MAX_PACK_SIZE} bytes` });
  try {
    return await readFile(absolute);
  } catch {
    throw new PackError(file, { zh: '文件无法读取', en: 'the file cannot be read' });
  }
}

function decode(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PackError(file, { zh: '不是 UTF-8 文本', en: 'not UTF-8 text' }, { line: 1, column: 1 });
  }
}
