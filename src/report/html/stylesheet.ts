import { cssString, Markup } from './markup.js';

/**
 * Latin text in a common sans-serif, then the usual system CJK fonts of Linux, Windows and macOS, then the generic
 * family: no web font, so the report makes no request and still renders Chinese wherever it is opened.
 */
const SANS = [
  '"Noto Sans"',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Zen Hei"',
  '"Microsoft YaHei"',
  '"PingFang SC"',
  'sans-serif',
].join(', ');
const MONO = ['ui-monospace', '"DejaVu Sans Mono"', 'Menlo', 'Consolas', '"Noto Sans Mono CJK SC"', '"WenQuanYi Zen Hei Mono"', 'monospace'].join(', ');

/**
 * The whole stylesheet, inline. On paper: A4, each dossier from a new page, table rows never split across pages,
 * table headers repeated, and the tool, as-of date and page number in the margins. Verdicts and statuses are words
 * and symbols first, colour second, so a black-and-white copy in the credit file reads the same.
 */
export function stylesheet(margin: { left: string; right: string }): Markup {
  // Markup as it stands: the only values in it are CSS-escaped strings, which cannot close the `<style>` element.
  return new Markup(`
:root { color-scheme: light; --fail: #a40000; --pass: #1b5e20; --warn: #7a4b00; --muted: #555; --rule: #bbb; }
* { box-sizing: border-box; }
html { font-family: ${SANS}; font-size: 10.5pt; line-height: 1.45; color: #111; background: #fff; }
body { margin: 0 auto; padding: 1.5rem; max-width: 62rem; }
code, .mono { font-family: ${MONO}; font-size: 0.92em; }
table.audit th { width: 24%; text-align: left; vertical-align: top; }
table.audit code { word-break: break-all; }
td, th, dd, h2, p { overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0; }
h2 { font-size: 1.2rem; margin: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: baseline; }
h3 { font-size: 1rem; margin: 1.1rem 0 0.4rem; break-after: avoid; }
.report-head { border-bottom: 2px solid #111; padding-bottom: 0.5rem; margin-bottom: 1rem; }
.report-head p { margin: 0.2rem 0 0; color: var(--muted); }
.dossier { margin: 0 0 2.5rem; }
.dossier-head { border: 1px solid #111; border-left-width: 6px; padding: 0.5rem 0.7rem; break-inside: avoid; break-after: avoid; }
.dossier-head.fail { border-left-color: var(--fail); }
.dossier-head.pass { border-left-color: var(--pass); }
.verdict { font-weight: 700; padding: 0.05rem 0.45rem; border: 2px solid currentColor; border-radius: 3px; white-space: nowrap; }
.verdict.fail { color: var(--fail); }
.verdict.pass { color: var(--pass); }
.project-id { font-family: ${MONO}; font-weight: 400; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.5rem 0 0; font-size: 0.9em; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.note { color: var(--muted); margin: 0.4rem 0; }
table { width: 100%; border-collapse: collapse; margin: 0.3rem 0 0.6rem; font-size: 0.92em; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 0.2rem 0.4rem; border-bottom: 1px solid var(--rule); }
th { border-bottom: 1.5px solid #111; font-weight: 600; }
.status { white-space: nowrap; font-weight: 600; }
.status.fail, .severity.error { color: var(--fail); }
.status.pass { color: var(--pass); }
.status.not-required, .severity.waived { color: var(--muted); }
.severity.warning { color: var(--warn); }
.severity { white-space: nowrap; font-weight: 600; }
tr.waived td { background: #f3f3f3; }
tr.waived .message { text-decoration: line-through; text-decoration-thickness: 1px; }
.waiver { margin-top: 0.2rem; font-size: 0.92em; }
.small { font-size: 0.85em; color: var(--muted); font-weight: 400; }
.basis { font-size: 0.9em; margin-top: 0.1rem; }
.where { overflow-wrap: anywhere; }
col.status-col { width: 16%; }
col.where-col { width: 30%; }
col.number-col { width: 2.2em; }
col.severity-col { width: 6.5em; }
col.project-col { width: 34%; }
col.counts-col { width: 7.5em; }
td.n, td.date { white-space: nowrap; }
table.checklist, table.findings, table.index { table-layout: fixed; }
a { color: inherit; }
nav.jump { margin-top: 0.3rem; }
.report-end { border-top: 2px solid #111; padding-top: 0.5rem; }
@page {
  size: A4;
  margin: 16mm 14mm 18mm 14mm;
  @top-left { content: ${cssString(margin.left)}; font-family: ${SANS}; font-size: 8pt; color: #555; }
  @top-right { content: ${cssString(margin.right)}; font-family: ${SANS}; font-size: 8pt; color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: ${SANS}; font-size: 8pt; color: #555; }
}
@media print {
  html { font-size: 9.5pt; }
  body { padding: 0; max-width: none; }
  nav.jump { display: none; }
  .dossier + .dossier, .report-end { break-before: page; }
  .dossier { margin: 0; }
  a { text-decoration: none; }
}
`);
}
