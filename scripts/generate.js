// Regenerates the checked-in files derived from the notice and the rule metadata:
//   src/notice/clause-text.ts  (the notice's Chinese text per clause, for `explain`)
//   docs/rules/*.md, docs/coverage.md  (from the built rules)
// Run `npm run generate` after changing a rule; a test fails while any of them is stale.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { parseClauseTexts } = await import('../dist/notice/notice-text.js');
const { renderClauseTextModule, generatedDocs } = await import('../dist/docs/generated-files.js');

const notice = readFileSync(`${root}docs/notice/jinzhengbanfa-2015-122.zh.txt`, 'utf8');
writeFileSync(`${root}src/notice/clause-text.ts`, renderClauseTextModule(parseClauseTexts(notice)));

mkdirSync(`${root}docs/rules`, { recursive: true });
for (const name of readdirSync(`${root}docs/rules`)) rmSync(`${root}docs/rules/${name}`);
for (const [path, content] of generatedDocs()) writeFileSync(`${root}${path}`, content);
console.log('generated src/notice/clause-text.ts, docs/rules/, docs/coverage.md');
