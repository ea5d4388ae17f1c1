import { basisCitation } from '../../notice/basis.js';
import { citation } from '../../notice/clauses.js';
import type { ChecklistItem, DossierResult, Finding, Lang } from '../../engine/types.js';
import { findingCitation as citationOf } from '../rule-citation.js';
import { type Fragment, html, type Markup } from './markup.js';
import { WORDS } from './words.js';

/** What the index keeps of a dossier once its section is written: a few short strings, never the result itself. */
export interface IndexRow {
  anchor: string;
  file: string;
  project?: { id: string; name: string };
  verdict: DossierResult['verdict'];
  errors: number;
  warnings: number;
  waived: number;
}

/** The findings that count against the verdict and those a reviewer's waiver covers. */
export function countFindings(findings: readonly Finding[]): Pick<IndexRow, 'errors' | 'warnings' | 'waived'> {
  let errors = 0;
  let warnings = 0;
  let waived = 0;
  for (const finding of findings) {
    if (finding.waiver) waived++;
    else if (finding.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, waived };
}

export function verdictBadge(verdict: DossierResult['verdict'], lang: Lang): Markup {
  // A symbol and a word, not a colour alone: the report is printed in black and white.
  return html`<span class="verdict ${verdict}">${verdict === 'pass' ? '✓' : '✗'} ${WORDS[verdict][lang]}</span>`;
}

/** `errors 12 · warnings 1 · waived 1`, in the report's language: labelled counts, which need no plural forms. */
export function countsText(counts: Pick<IndexRow, 'errors' | 'warnings' | 'waived'>, lang: Lang): string {
  const parts = [`${WORDS.errors[lang]} ${counts.errors}`, `${WORDS.warnings[lang]} ${counts.warnings}`];
  if (counts.waived > 0) parts.push(`${WORDS.waived[lang]} ${counts.waived}`);
  return parts.join(' · ');
}

/** `file:line:col` (or `line:col` within the dossier's own file), then the data path, which may be long and wraps. */
function location(line: number, column: number, path: string, lang: Lang, file?: string): Markup {
  const where = file === undefined ? `${line}:${column}` : `${file}:${line}:${column}`;
  return html`<code class="where">${breakable(where)}</code>${path ? html`<div class="small path" title="${WORDS.dataPath[lang]}"><code>${breakable(path)}</code></div>` : ''}`;
}

/** A path that may wrap in a narrow column after each `/`, `.` or `]`, rather than in the middle of a name. */
function breakable(text: string): Markup[] {
  return text.split(/(?<=[/.\]])/).map((part, index) => (index === 0 ? html`${part}` : html`<wbr>${part}`));
}

function checklistRow(
  item: ChecklistItem,
  context: { lang: Lang; showClause: boolean; failedBy: readonly number[]; findingAnchor: (index: number) => string },
): Markup {
  const { lang, showClause, failedBy, findingAnchor } = context;
  const status: Record<ChecklistItem['status'], string> = {
    pass: `✓ ${WORDS.met[lang]}`,
    fail: `✗ ${WORDS.notMet[lang]}`,
    'not-required': `– ${WORDS.notRequired[lang]}`,
    // Failed only by findings the reviewer waived: not met on paper, accepted by the reviewer's decision.
    waived: `○ ${WORDS.waived[lang]}`,
  };
  // A `not-required` item is the dossier's own claim: its basis is shown so the reviewer checks it, not takes it.
  const basis = item.status === 'not-required' ? html`<div class="basis">${WORDS.basis[lang]}: ${item.basis ?? ''}</div>` : '';
  const clause = showClause ? html`<div class="small">${citation(item.clause)}</div>` : '';
  const links = failedBy.map((index) => html`<div class="small"><a href="#${findingAnchor(index)}">→ ${WORDS.seeFinding[lang]} ${index + 1}</a></div>`);
  return html`<tr class="${item.status}"><td><span class="label">${item.label[lang]}</span>${clause}${basis}</td><td class="status ${item.status}">${status[item.status]}${links}</td><td>${location(item.line, item.column, item.path, lang)}</td></tr>`;
}

function checklistPart(result: DossierResult, lang: Lang, findingAnchor: (index: number) => string): Markup {
  if (!result.evaluated) return html`<p class="note">${WORDS.notEvaluated[lang]}</p>`;
  if (result.checklist.length === 0) return html`<h3>${WORDS.loanConditions[lang]}</h3><p class="note">${WORDS.noLoanConditions[lang]}</p>`;
  // The clause every item rests on is named once in the heading; an item names its own only when they differ.
  const clauses = [...new Set(result.checklist.map((item) => citation(item.clause)))];
  const failedBy = (key: string) =>
    result.findings.flatMap((finding, index) => (finding.checklistItems?.includes(key) && finding.waiver === undefined ? [index] : []));
  return html`<h3>${WORDS.loanConditions[lang]} <span class="small">${clauses.join('; ')}</span></h3>
<table class="checklist"><colgroup><col class="wide"><col class="status-col"><col class="where-col"></colgroup>
<thead><tr><th>${WORDS.condition[lang]}</th><th>${WORDS.status[lang]}</th><th>${WORDS.location[lang]}</th></tr></thead><tbody>
${result.checklist.map((item) => html`${checklistRow(item, { lang, showClause: clauses.length > 1, failedBy: failedBy(item.key), findingAnchor })}\n`)}</tbody></table>`;
}

/**
 * The notice clause, then the national basis when there is one; the input checks cite the tool itself, and a bank's
 * own rule the bank's policy, labelled as such.
 */
function findingCitation(finding: Finding, lang: Lang): Fragment {
  const cited = citationOf(finding, lang);
  return finding.basis ? html`${cited}; ${basisCitation(finding.basis, lang)}` : cited;
}

function findingRow(finding: Finding, index: number, anchor: string, lang: Lang): Markup {
  const { waiver } = finding;
  const severity = waiver ? 'waived' : finding.severity;
  const label = waiver ? html`${WORDS.waived[lang]}<div class="small">(${WORDS[finding.severity][lang]})</div>` : WORDS[finding.severity][lang];
  const waiverNote = waiver
    ? html`<div class="waiver">${WORDS.waiverReason[lang]}: ${waiver.reason}<br>${WORDS.waiverApprover[lang]}: ${waiver.approver} · ${WORDS.waiverExpires[lang]}: ${waiver.expires} · ${WORDS.waiverRecorded[lang]}: <code>${`${waiver.file}:${waiver.line}`}</code></div>`
    : '';
  return html`<tr id="${anchor}" class="${severity}"><td class="n">${index + 1}</td><td class="severity ${severity}">${label}</td><td><div class="message">${finding.message[lang]}</div><div class="small"><code class="rule">${finding.ruleId}</code> · ${findingCitation(finding, lang)}</div>${waiverNote}</td><td>${location(finding.line, finding.column, finding.path, lang, finding.file)}</td></tr>`;
}

function findingsPart(result: DossierResult, lang: Lang, findingAnchor: (index: number) => string): Markup {
  if (result.findings.length === 0) return html`<h3>${WORDS.findings[lang]}</h3><p class="note">${WORDS.noFindings[lang]}</p>`;
  const anyWaived = result.findings.some((finding) => finding.waiver);
  return html`<h3>${WORDS.findings[lang]}</h3>
<table class="findings"><colgroup><col class="number-col"><col class="severity-col"><col class="wide"><col class="where-col"></colgroup>
<thead><tr><th>#</th><th>${WORDS.severity[lang]}</th><th>${WORDS.message[lang]} · ${WORDS.rule[lang]} · ${WORDS.citation[lang]}</th><th>${WORDS.location[lang]}</th></tr></thead><tbody>
${result.findings.map((finding, index) => html`${findingRow(finding, index, findingAnchor(index), lang)}\n`)}</tbody></table>
${anyWaived ? html`<p class="note">${WORDS.waivedNote[lang]}</p>` : ''}`;
}

/**
 * One dossier as a section: verdict, project, the facts that tie the judgment to its input (file, SHA-256, as-of
 * date, tool), the loan-condition checklist, then the findings. `anchor` is the report's own id for the section,
 * never derived from the dossier, so no dossier value ever lands in an attribute unescaped or forms a link.
 */
export function dossierSection(result: DossierResult, context: { lang: Lang; anchor: string; asOf: string; tool: string }): Markup {
  const { lang, anchor, asOf, tool } = context;
  const findingAnchor = (index: number) => `${anchor}-f${index + 1}`;
  const project = result.project
    ? html`<span class="project-id">${result.project.id}</span> <span class="project-name">${result.project.name}</span>`
    : html`<span class="project-name">${WORDS.noProject[lang]}</span>`;
  return html`<section class="dossier" id="${anchor}">
<header class="dossier-head ${result.verdict}">
<h2>${verdictBadge(result.verdict, lang)} ${project}</h2>
<dl class="facts">
<dt>${WORDS.file[lang]}</dt><dd><code>${result.file}</code></dd>
<dt>${WORDS.sha256[lang]}</dt><dd>${result.sha256 ? html`<code>${result.sha256}</code>` : WORDS.unread[lang]}</dd>
<dt>${WORDS.asOf[lang]}</dt><dd>${asOf}</dd>
<dt>${WORDS.tool[lang]}</dt><dd>${tool}</dd>
<dt>${WORDS.findings[lang]}</dt><dd>${countsText(countFindings(result.findings), lang)}</dd>
</dl>
</header>
${checklistPart(result, lang, findingAnchor)}
${findingsPart(result, lang, findingAnchor)}
</section>
`;
}
