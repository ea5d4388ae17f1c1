import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BASE_DOSSIER, replaceOnce } from './dossier-text.js';

/** A dossier whose first-home down payment of `percent`% was set on 2016-06-01: below the national 25% then. */
export function dossierWithDownPayment(percent: number, projectId = 'TEST-001'): string {
  const text = replaceOnce(
    BASE_DOSSIER,
    'disclosure: d-disclosure }',
    `disclosure: d-disclosure, mortgage: { firstHomeDownPaymentPercent: ${percent}, date: 2016-06-01 } }`,
  );
  return replaceOnce(text, 'id: TEST-001', `id: ${projectId}`);
}

/** A temporary folder (links resolved, as the checker resolves them) with files written by relative path. */
export function workspace(files: Record<string, string>): { root: string; path: (relative: string) => string; remove: () => void } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'dossier-check-reviewer-')));
  for (const [relative, text] of Object.entries(files)) {
    const full = join(root, relative);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { root, path: (relative) => join(root, relative), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The configuration of the parameter tests: a local 20% floor from 2016-03-01 with its document. */
export const LOCAL_FLOOR_CONFIG = `parameters:
  firstHomeDownPaymentMinPercent:
    value: 20
    document: { number: 并政办发〔2016〕8号, issuer: 太原市人民政府办公厅, date: 2016-03-01 }
`;
