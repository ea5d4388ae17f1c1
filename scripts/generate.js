// Regenerates the checked-in files derived from the notice, the schema and the rule metadata:
//   src/notice/clause-text.ts  (the notice's Chinese text and heading per clause, and the English gloss of CLAUSES.md)
//   schemas/dossier.schema.json  (what editors show: enum labels from src/dossier/enum-labels.ts and a bilingual
//                                 markdownDescription per field, from its title and description)
//   src/engine/generated/dossier-validator.js  (the schema compiled once, not at every start)
//   src/dossier/generated/dossier-types.ts  (the TypeScript types of a dossier, from the schema)
//   docs/rules/*.md, docs/coverage.md  (from the built rules)
//   src/engine/generated/catalogue-fingerprint.ts  (the built rules' fingerprint, read by the result cache)
//   src/report/generated/rule-titles.ts  (the built rules' titles, read by the text report)
//   docs/guide.zh.md  (the credit officer's guide: docs/guide.zh.template.md with each command's real output)
// Run `npm run generate` after changing a rule; a test fails while any of them is stale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { renderClauseTextModule, renderDossierSchema, generatedDocs } = await import('../dist/docs/generated-files.js');
const { validatorSource } = await import('./build-validator.js');
const { DOSSIER_TYPES_PATH, dossierTypesSource } = await import('./build-dossier-types.js');

const notice = readFileSync(`${root}docs/notice/jinzhengbanfa-2015-122.zh.txt`, 'utf8');
const clausesMd = readFileSync(`${root}docs/notice/CLAUSES.md`, 'utf8');
writeFileSync(`${root}src/notice/clause-text.ts`, renderClauseTextModule(notice, clausesMd));

// The editor annotations go into the schema first: the validator and the types below are built from it.
const schemaPath = `${root}schemas/dossier.schema.json`;
writeFileSync(schemaPath, renderDossierSchema(readFileSync(schemaPath, 'utf8')));

writeFileSync(`${root}src/engine/generated/dossier-validator.js`, validatorSource());
writeFileSync(`${root}${DOSSIER_TYPES_PATH}`, await dossierTypesSource());

const { catalogueFingerprint, renderCatalogueFingerprintModule } = await import('../dist/engine/catalogue-fingerprint.js');
const { ALL_RULES, CHECKLISTS } = await import('../dist/rules/registry.js');
writeFileSync(`${root}src/engine/generated/catalogue-fingerprint.ts`, renderCatalogueFingerprintModule(catalogueFingerprint(ALL_RULES, CHECKLISTS)));
const { renderRuleTitlesModule, ruleTitles } = await import('../dist/report/rule-titles.js');
mkdirSync(`${root}src/report/generated`, { recursive: true });
writeFileSync(`${root}src/report/generated/rule-titles.ts`, renderRuleTitlesModule(ruleTitles(ALL_RULES)));

mkdirSync(`${root}docs/rules`, { recursive: true });
for (const name of readdirSync(`${root}docs/rules`)) rmSync(`${root}docs/rules/${name}`);
for (const [path, content] of generatedDocs()) writeFileSync(`${root}${path}`, content);
// The guide runs the built executable from the repository root, so its output names files by relative paths.
const { GUIDE_PATH, GUIDE_TEMPLATE_PATH, guideEnvironment, renderGuide } = await import('../dist/docs/guide.js');
const runGuideCommand = (args) => {
  const run = spawnSync(process.execPath, [`${root}bin/dossier-check.js`, ...args], {
    cwd: root,
    env: guideEnvironment(process.env.PATH ?? ''),
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return { stdout: run.stdout, stderr: run.stderr, code: run.status };
};
const readRepositoryFile = (path) => readFileSync(`${root}${path}`, 'utf8');
writeFileSync(`${root}${GUIDE_PATH}`, renderGuide(readRepositoryFile(GUIDE_TEMPLATE_PATH), runGuideCommand, readRepositoryFile));

console.log(
  `generated src/notice/clause-text.ts, schemas/dossier.schema.json (editor descriptions), src/engine/generated/dossier-validator.js, src/engine/generated/catalogue-fingerprint.ts, src/report/generated/rule-titles.ts, ${DOSSIER_TYPES_PATH}, docs/rules/, docs/coverage.md, ${GUIDE_PATH}`,
);
