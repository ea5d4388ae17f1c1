import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, renderClauseTextModule, RULE_PAGE_HEADINGS } from '../../src/docs/generated-files.js';
import { CHECK_LINES } from '../../src/notice/check-lines.js';
import { CLAUSES } from '../../src/notice/clauses.js';
import { CLAUSE_TEXT } from '../../src/notice/clause-text.js';
import { parseClauseNotes, parseClauseTexts } from '../../src/notice/notice-text.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { ALL_RULES, INPUT_RULES, MODULE_OF_RULE, RULES_BY_ID } from '../../src/rules/registry.js';
import { ROOT } from '../support/run-cli.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const inputRuleIds = new Set(Object.values(INPUT_RULES).map((rule) => rule.meta.id));

describe('every rule in the registry', () => {
  it('has a unique kebab-case id', () => {
    const ids = ALL_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const { meta } of ALL_RULES) {
    describe(meta.id, () => {
      const module = MODULE_OF_RULE.get(meta.id);

      it('lives in a file named after it, in its module folder', () => {
        expect(existsSync(join(ROOT, `src/rules/${module}/${meta.id}.ts`))).toBe(true);
      });

      if (inputRuleIds.has(meta.id)) {
        it('cites no notice clause: it is the tool’s own input check', () => {
          expect(meta.clause).toBeUndefined();
          expect(meta.rests).toBeUndefined();
        });
      } else {
        it('cites a clause that resolves, with its Chinese text', () => {
          expect(meta.clause).toBeDefined();
          expect(CLAUSES.get(meta.clause!)?.reference).toMatch(/^[一二三四五]\([一二三四五六七八九十]\)$/);
          expect(CLAUSE_TEXT[meta.clause!]).toMatch(/^（[一二三四五六七八九十]）/);
        });
      }

      it('declares every message in both languages', () => {
        const messages = Object.entries(meta.messages);
        expect(messages.length).toBeGreaterThan(0);
        for (const [, text] of messages) {
          expect(text.zh.trim()).not.toBe('');
          expect(text.en.trim()).not.toBe('');
          // Chinese text in the Chinese message, none in the English one (names filled in later may be Chinese).
          expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(text.en.replace(/\{[A-Za-z]+\}/g, '')).not.toMatch(/[\u4e00-\u9fff]{4,}(?![〔0-9])/);
        }
        for (const text of [meta.title, meta.description, meta.fix]) {
          expect(text.zh.trim()).not.toBe('');
          expect(text.en.trim()).not.toBe('');
        }
      });

      it('names the same placeholders in the Chinese and the English template of each message', () => {
        // A value in both languages is one placeholder (`{kind}`), filled in each template with its own text.
        const placeholders = (text: string) => [...new Set([...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1]))].sort();
        for (const [messageId, text] of Object.entries(meta.messages)) {
          expect(placeholders(text.zh), messageId).toEqual(placeholders(text.en));
        }
      });

      it('has a passing and a failing example', () => {
        expect(meta.examples.pass.trim()).not.toBe('');
        expect(meta.examples.fail.trim()).not.toBe('');
        expect(meta.examples.fail).not.toBe(meta.examples.pass);
      });

      it('has its documentation page with the fixed headings', () => {
        const page = read(`docs/rules/${meta.id}.md`);
        const headings = [...page.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
        expect(headings).toEqual([...RULE_PAGE_HEADINGS]);
      });

      it('has a table test of its own', () => {
        expect(existsSync(join(ROOT, `tests/rules/${module}/${meta.id}.test.ts`))).toBe(true);
      });

      if (!inputRuleIds.has(meta.id)) {
        it('covers at least one "→ check" line of the notice', () => {
          expect(meta.covers.length).toBeGreaterThan(0);
        });
      }

      if (meta.basis?.status === 'reported') {
        it('only warns, as it rests on a reported fact', () => {
          expect(meta.severity).toBe('warning');
        });
      }
    });
  }
});

/** The values a module exports that are rules (a `meta` with an id and a `check`). */
async function rulesExportedBy(path: string): Promise<Rule[]> {
  const exports = (await import(join(ROOT, path))) as Record<string, unknown>;
  return Object.values(exports).filter((value): value is Rule => typeof value === 'object' && value !== null && 'meta' in value && 'check' in value);
}

describe('the layout of src/rules', () => {
  const rulesDir = join(ROOT, 'src/rules');
  const entries = readdirSync(rulesDir, { withFileTypes: true });
  const moduleFolders = entries.filter((entry) => entry.isDirectory() && entry.name !== 'support').map((entry) => entry.name);

  it('holds only the rule definition, the registry, the module folders and support/ at its top', () => {
    const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
    expect(files.sort()).toEqual(['define-rule.ts', 'registry.ts']);
  });

  it('has a folder for every module of the registry, and a module for every folder', () => {
    expect(moduleFolders.sort()).toEqual([...new Set(MODULE_OF_RULE.values())].sort());
  });

  // A helper left among the rules would be silently skipped by the registry; every file there must be a rule.
  for (const module of moduleFolders) {
    for (const file of readdirSync(join(rulesDir, module))) {
      it(`${module}/${file} is the registered rule its name says`, async () => {
        expect(file).toMatch(/^[a-z0-9-]+\.ts$/);
        const id = file.replace(/\.ts$/, '');
        const rules = await rulesExportedBy(`src/rules/${module}/${file}`);
        expect(rules.map((rule) => rule.meta.id)).toEqual([id]);
        expect(RULES_BY_ID.get(id)).toBe(rules[0]);
        expect(MODULE_OF_RULE.get(id)).toBe(module);
      });
    }
  }

  it('keeps no rule among the support files', async () => {
    for (const file of readdirSync(join(rulesDir, 'support'))) {
      expect(await rulesExportedBy(`src/rules/support/${file}`), file).toEqual([]);
    }
  });
});

describe('generated files', () => {
  it('the documentation pages and coverage are up to date (run `npm run generate`)', () => {
    for (const [path, content] of generatedDocs()) expect(read(path), path).toBe(content);
  });

  it('the compiled schema validator is up to date with the schema (run `npm run generate`)', async () => {
    const { validatorSource } = (await import('../../scripts/build-validator.js')) as { validatorSource: () => string };
    expect(read('src/engine/generated/dossier-validator.js')).toBe(validatorSource());
  });

  it('the dossier types are generated from the schema, up to date (run `npm run generate`)', async () => {
    const { DOSSIER_TYPES_PATH, dossierTypesSource } = (await import('../../scripts/build-dossier-types.js')) as {
      DOSSIER_TYPES_PATH: string;
      dossierTypesSource: () => Promise<string>;
    };
    expect(read(DOSSIER_TYPES_PATH)).toBe(await dossierTypesSource());
  });

  it('the clause texts are the notice’s own, up to date', () => {
    expect(read('src/notice/clause-text.ts')).toBe(renderClauseTextModule(read('docs/notice/jinzhengbanfa-2015-122.zh.txt'), read('docs/notice/CLAUSES.md')));
  });
});

describe('the clauses rules cite', () => {
  const notice = parseClauseTexts(read('docs/notice/jinzhengbanfa-2015-122.zh.txt'));
  const notes = parseClauseNotes(read('docs/notice/CLAUSES.md'));
  /** Whether `short` is `long` with some characters left out, as CLAUSES.md shortens a heading. */
  const isAbridgement = (short: string, long: string) => {
    let at = 0;
    for (const char of short) {
      at = long.indexOf(char, at) + 1;
      if (at === 0) return false;
    }
    return true;
  };

  for (const [id, clause] of CLAUSES) {
    it(`${id} has the notice's heading, the reference of its place and the gloss of CLAUSES.md`, () => {
      expect(clause.title.zh).not.toBe('');
      const item = clause.reference.slice(2, 3);
      expect(notice[id]?.startsWith(`（${item}）${clause.title.zh}。`), notice[id]).toBe(true);
      expect(clause.gloss).toBe(notes[id]?.gloss);
      expect(clause.gloss.trim()).not.toBe('');
    });

    it(`${id} is titled in CLAUSES.md by the notice's heading or a shortening of it`, () => {
      const title = notes[id]?.title ?? '';
      expect(title).not.toBe('');
      expect(isAbridgement(title, clause.title.zh), `${title} / ${clause.title.zh}`).toBe(true);
    });
  }
});

describe('coverage of CLAUSES.md', () => {
  /** The "→ check" lines of CLAUSES.md, each with the clause it stands under, whitespace folded. */
  function checkLinesOfClausesMd(): { clause: string; text: string }[] {
    const found: { clause: string; text: string }[] = [];
    let clause = '';
    let current: { clause: string; text: string } | undefined;
    for (const line of read('docs/notice/CLAUSES.md').split('\n')) {
      const heading = /^- \*\*(N-\d\.\d)/.exec(line);
      if (heading) clause = heading[1]!;
      const check = /^\s*→ check:?\s*(.*)$/.exec(line);
      if (check) {
        current = { clause, text: check[1]!.trim() };
        found.push(current);
      } else if (current && /^\s{2,}\S/.test(line) && !line.trimStart().startsWith('- ')) {
        current.text += ` ${line.trim()}`;
      } else {
        current = undefined;
      }
    }
    return found;
  }

  it('lists every "→ check" line, in order, under its clause', () => {
    const fromFile = checkLinesOfClausesMd();
    expect(CHECK_LINES.map((line) => ({ clause: line.clause, text: line.text }))).toEqual(fromFile);
  });

  it('has a rule for every line', () => {
    for (const line of CHECK_LINES) {
      const rules = ALL_RULES.filter((rule) => (rule.meta.covers as readonly string[]).includes(line.id));
      expect(rules.length, line.id).toBeGreaterThan(0);
    }
  });
});
