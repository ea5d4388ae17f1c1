import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A folder of pack files for one test file, removed when its tests are done. */
export function packFolder(): (name: string, text: string) => string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-check-packs-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return (name, text) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
}

/**
 * A declarative pack of one rule, with the rule's entries given as YAML lines (indented under `- `); a `message` among
 * them replaces the default one.
 */
export function onePack(ruleLines: string, head = 'pack: { id: bank, name: Bank, policy: 信贷政策 }'): string {
  const message = ruleLines.includes('    message:') ? '' : '    message: { zh: 消息, en: Message }\n';
  return `${head}\nrules:\n  - id: bank/rule\n    severity: error\n    title: { zh: 标题, en: Title }\n${message}${ruleLines}`;
}
