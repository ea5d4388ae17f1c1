import type { Summary } from '../engine/summary.js';
import type { AuditSettings } from '../engine/audit.js';
import { formatParameterValue } from '../notice/parameter-text.js';
import type { ParameterName } from '../notice/parameters.js';
import type { Lang, Localized, SkippedFile } from '../engine/types.js';
import type { ResolvedParameter } from '../notice/parameters.js';
import { catalogueText } from './catalogue-text.js';
import type { Formatter } from './format-context.js';
import { countsText, dossierSection, type IndexRow, verdictBadge, countFindings } from './html/dossier-section.js';
import { html, type Markup } from './html/markup.js';
import { stylesheet } from './html/stylesheet.js';
import { WORDS } from './html/words.js';
import { type ReportHeader, type StreamingFormatter, wholeReport } from './report-stream.js';

/**
 * Nothing may be fetched, run, framed or submitted: the file is self-contained, and a dossier value that escaped
 * its escaping would still have no script to run and nowhere to send anything.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const HTML_LANG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

function summaryLine(lang: Lang, asOf: string, s: Summary): string {
  if (lang === 'zh') {
    return `共检查 ${s.dossiers} 份资料（基准日 ${asOf}）：${s.passed} 份通过，${s.failed} 份不通过；${s.errors} 个错误，${s.warnings} 个警告；跳过 ${s.skipped} 个文件。`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(s.dossiers, 'dossier')} checked as of ${asOf}: ${s.passed} passed, ${s.failed} failed; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}; ${plural(s.skipped, 'file')} skipped.`;
}

function toolName(header: ReportHeader): string {
  return `${header.tool.name} ${header.tool.version}`;
}

function indexTable(rows: readonly IndexRow[], lang: Lang): Markup {
  return html`<h3>${WORDS.index[lang]}</h3>
<table class="index"><colgroup><col class="number-col"><col class="severity-col"><col class="project-col"><col><col class="counts-col"></colgroup><thead><tr><th>#</th><th>${WORDS.verdict[lang]}</th><th>${WORDS.project[lang]}</th><th>${WORDS.dossier[lang]}</th><th>${WORDS.findings[lang]}</th></tr></thead><tbody>
${rows.map(
  (row, index) =>
    html`<tr><td class="n">${index + 1}</td><td>${verdictBadge(row.verdict, lang)}</td><td>${row.project ? `${row.project.id} ${row.project.name}` : WORDS.noProject[lang]}</td><td><a href="#${row.anchor}"><code>${row.file}</code></a></td><td>${countsText(row, lang)}</td></tr>\n`,
)}</tbody></table>`;
}

function skippedList(skipped: readonly SkippedFile[], lang: Lang): Markup {
  return html`<h3>${WORDS.skipped[lang]}</h3>
<table class="skipped"><thead><tr><th>${WORDS.file[lang]}</th><th>${WORDS.reason[lang]}</th></tr></thead><tbody>
${skipped.map((file) => html`<tr><td><code>${file.file}</code></td><td>${file.reason[lang]}</td></tr>\n`)}</tbody></table>`;
}

function parameterValue(p: ResolvedParameter, lang: Lang): string {
  // A Chinese report gives the unit in Chinese (`5 年`) and lists with 、.
  if (lang === 'zh') return formatParameterValue(p.name as ParameterName, p.value, lang);
  const value = Array.isArray(p.value) ? p.value.join(', ') : String(p.value);
  return p.unit === '%' ? `${value}%` : p.unit ? `${value} ${p.unit}` : value;
}

/** The time-dependent values the checks used, so a reader can tell which rules of which date were applied. */
/**
 * What the printed report is tied to, so a copy in a credit file can be checked against the files with
 * `dossier-check verify-report` on the JSON report of the same run: the fingerprint and everything behind it.
 */
function auditTable(audit: AuditSettings, fingerprint: string, lang: Lang): Markup {
  const { options } = audit;
  const rows: [Localized, string][] = [
    [WORDS.fingerprint, fingerprint],
    [WORDS.tool, `${audit.tool.name} ${audit.tool.version}`],
    [WORDS.catalogue, catalogueText(audit.catalogue, lang)],
    [WORDS.configuration, audit.configuration ?? WORDS.none[lang]],
    [WORDS.waiversFile, audit.waivers ?? WORDS.none[lang]],
    [WORDS.rulesRun, options.rules ? options.rules.join(', ') : WORDS.allRules[lang]],
    [WORDS.packs, options.packs.length > 0 ? options.packs.join(', ') : WORDS.none[lang]],
  ];
  return html`<h3>${WORDS.audit[lang]}</h3>
<table class="audit"><tbody>
${rows.map(([label, value]) => html`<tr><th>${label[lang]}</th><td><code>${value}</code></td></tr>\n`)}</tbody></table>`;
}

function parametersTable(header: ReportHeader, lang: Lang): Markup {
  return html`<h3>${WORDS.parameters[lang]} (${header.asOf})</h3>
<table class="parameters"><thead><tr><th>${WORDS.parameter[lang]}</th><th>${WORDS.value[lang]}</th><th>${WORDS.from[lang]}</th><th>${WORDS.source[lang]}</th></tr></thead><tbody>
${header.parameters.map(
  (p) =>
    html`<tr><td>${p.label[lang]}</td><td>${parameterValue(p, lang)}</td><td class="date">${p.from}</td><td>${p.source}${p.note ? html`<br><span class="path">${p.note[lang]}</span>` : ''}<br><span class="path">${WORDS[p.status][lang]}</span></td></tr>\n`,
)}</tbody></table>`;
}

/**
 * A self-contained, printable HTML page for the credit file: a section per dossier as it is checked, then (it
 * needs every dossier) the summary, the index of dossiers with links to their sections when there are several, the
 * skipped files and the parameters in force. Only the index's few strings per dossier are kept, never the results.
 * Every dossier value passes through the `html` template's escaping; the page has no script, link or image.
 */
export const streamHtml: StreamingFormatter = ({ lang }) => {
  let header: ReportHeader | undefined;
  const rows: IndexRow[] = [];
  return {
    begin(head) {
      header = head;
      const title = `${WORDS.title[lang]} · ${WORDS.asOf[lang]} ${head.asOf}`;
      const margins = { left: `${toolName(head)} · ${WORDS.asOf[lang]} ${head.asOf}`, right: WORDS.title[lang] };
      return html`<!DOCTYPE html>
<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${toolName(head)}">
<title>${title}</title>
<style>${stylesheet(margins)}</style>
</head>
<body>
<header class="report-head">
<h1>${WORDS.title[lang]}</h1>
<p>${WORDS.against[lang]} · ${WORDS.asOf[lang]} ${head.asOf} · ${toolName(head)}</p>
<nav class="jump"><a href="#report-end">${WORDS.toSummary[lang]} ↓</a></nav>
</header>
<main>
`.text;
    },
    dossier(result) {
      if (!header) throw new Error('a report writes a dossier before it begins');
      const anchor = `dossier-${rows.length + 1}`;
      rows.push({
        anchor,
        file: result.file,
        ...(result.project ? { project: { id: result.project.id, name: result.project.name } } : {}),
        verdict: result.verdict,
        ...countFindings(result.findings),
      });
      return dossierSection(result, { lang, anchor, asOf: header.asOf, tool: toolName(header) }).text;
    },
    end({ summary, skipped, fingerprint }) {
      if (!header) throw new Error('a report ends before it begins');
      return html`</main>
<footer class="report-end" id="report-end">
<h2>${WORDS.summary[lang]}</h2>
<p class="summary">${summaryLine(lang, header.asOf, summary)}</p>
${rows.length > 1 ? indexTable(rows, lang) : ''}
${skipped.length > 0 ? skippedList(skipped, lang) : ''}
${parametersTable(header, lang)}
${header.audit && fingerprint ? auditTable(header.audit, fingerprint, lang) : ''}
</footer>
</body>
</html>
`.text;
    },
  };
};

export const formatHtml: Formatter = wholeReport(streamHtml);
