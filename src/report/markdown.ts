import type { Summary } from '../engine/summary.js';
import { formatParameterValue } from '../notice/parameter-text.js';
import type { ParameterName } from '../notice/parameters.js';
import type { DossierResult, Finding, Lang } from '../engine/types.js';
import { citation } from '../notice/clauses.js';
import type { FormatContext, Formatter } from './format-context.js';
import { clauseCitation, findingLocation, nationalBasis, SEVERITY_WORD, waiverText } from './finding-text.js';
import { htmlText, markdownText as md } from './markdown-text.js';
import { type ReportHeader, type ReportWriter, type StreamingFormatter, wholeReport } from './report-stream.js';

/**
 * The largest comment GitHub accepts is 65,536 characters; counted here in UTF-8 bytes, which are never fewer, so a
 * report within the limit always posts. GitLab's limit on a note is larger.
 */
export const COMMENT_LIMIT = 65_536;
/** GitHub refuses a job summary larger than 1 MiB per step. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

const WORDS = {
  title: { zh: 'dossier-check 检查报告', en: 'dossier-check report' },
  asOf: { zh: '基准日', en: 'As of' },
  dossiers: { zh: '资料', en: 'Dossiers' },
  passed: { zh: '通过', en: 'Passed' },
  failed: { zh: '不通过', en: 'Failed' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  skippedFiles: { zh: '跳过的文件', en: 'Skipped files' },
  failing: { zh: '不通过的资料', en: 'Failing dossiers' },
  passing: { zh: '通过的资料', en: 'Passing dossiers' },
  conditionsNotMet: { zh: '未满足的贷款发放条件', en: 'Loan conditions not met' },
  findings: { zh: '问题', en: 'Findings' },
  severity: { zh: '级别', en: 'Severity' },
  rule: { zh: '规则', en: 'Rule' },
  message: { zh: '说明', en: 'Message' },
  clause: { zh: '依据', en: 'Clause' },
  location: { zh: '位置', en: 'Location' },
  notEvaluated: { zh: '资料无法读取或不符合格式，未进行贷款条件检查。', en: 'Not readable or not in format v1: loan conditions not checked.' },
  parameters: { zh: '适用的参数', en: 'Parameters in force' },
  parameter: { zh: '参数', en: 'Parameter' },
  value: { zh: '取值', en: 'Value' },
  source: { zh: '来源', en: 'Source' },
  reported: { zh: '二手来源，未核实原文', en: 'reported, not read in the source text' },
  omitted: {
    zh: (failing: number, passing: number) => `篇幅所限，另有 ${failing} 份不通过、${passing} 份通过的资料未列出；完整结果见 JSON 或文本报告。`,
    en: (failing: number, passing: number) =>
      `Too long to show in full: ${failing} more failing and ${passing} more passing dossiers are not listed; the JSON or text report has them all.`,
  },
} as const;

/** `19 dossiers checked as of 2016-12-31: 11 passed, 8 failed; 11 errors, 5 warnings; 1 file skipped.` */
export function summarySentence(lang: Lang, asOf: string, s: Summary): string {
  if (lang === 'zh') {
    return `共检查 ${s.dossiers} 份资料（基准日 ${asOf}）：${s.passed} 份通过，${s.failed} 份不通过；${s.errors} 个错误，${s.warnings} 个警告；跳过 ${s.skipped} 个文件。`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(s.dossiers, 'dossier')} checked as of ${asOf}: ${s.passed} passed, ${s.failed} failed; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}; ${plural(s.skipped, 'file')} skipped.`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function summaryTable(lang: Lang, s: Summary): string {
  const heads = [WORDS.dossiers, WORDS.passed, WORDS.failed, WORDS.errors, WORDS.warnings, WORDS.skippedFiles].map((word) => word[lang]);
  return [tableRow(heads), tableRow(heads.map(() => '---:')), tableRow([s.dossiers, s.passed, s.failed, s.errors, s.warnings, s.skipped].map(String))].join(
    '\n',
  );
}

function counts(dossier: DossierResult, lang: Lang): string {
  const errors = dossier.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = dossier.findings.length - errors;
  return lang === 'zh' ? `${errors} 个错误，${warnings} 个警告` : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** A passing dossier's warnings, counted beside its name: a reader should still look at them. */
function warningsNote(dossier: DossierResult, lang: Lang): string {
  const warnings = dossier.findings.filter((finding) => finding.severity === 'warning').length;
  if (warnings === 0) return '';
  return lang === 'zh' ? `（${warnings} 个警告）` : ` (${warnings} warning${warnings === 1 ? '' : 's'})`;
}

function findingRow(finding: Finding, lang: Lang): string {
  const severity = finding.waiver
    ? `${SEVERITY_WORD[finding.severity][lang]} (${md(waiverText(finding.waiver, lang))})`
    : SEVERITY_WORD[finding.severity][lang];
  const basis = nationalBasis(finding, lang);
  const cited = md(clauseCitation(finding, lang)) + (basis ? `<br>${md(basis)}` : '');
  return tableRow([severity, md(finding.ruleId), md(finding.message[lang]), cited, md(findingLocation(finding))]);
}

/** A failing dossier, folded: its file and project on the `<summary>` line, the failed items and findings inside. */
function failingBlock(dossier: DossierResult, lang: Lang): string {
  // In `<code>`: GitHub neither links a URL nor notifies a mention inside it, and this line is HTML, not Markdown.
  const project = dossier.project ? ` — <code>${htmlText(`${dossier.project.id} ${dossier.project.name}`)}</code>` : '';
  const lines = ['<details>', `<summary><code>${htmlText(dossier.file)}</code>${project} · ${counts(dossier, lang)}</summary>`, ''];
  if (!dossier.evaluated) lines.push(WORDS.notEvaluated[lang], '');
  const failed = dossier.checklist.filter((item) => item.status === 'fail');
  if (failed.length > 0) {
    const clauses = [...new Set(failed.map((item) => citation(item.clause)))].join('; ');
    lines.push(`**${WORDS.conditionsNotMet[lang]}** (${md(clauses)})`, '');
    for (const item of failed) lines.push(`- ✗ ${md(item.label[lang])}`);
    lines.push('');
  }
  if (dossier.findings.length > 0) {
    const heads = [WORDS.severity, WORDS.rule, WORDS.message, WORDS.clause, WORDS.location].map((word) => word[lang]);
    lines.push(`**${WORDS.findings[lang]}**`, '', tableRow(heads), tableRow(heads.map(() => '---')));
    for (const finding of dossier.findings) lines.push(findingRow(finding, lang));
    lines.push('');
  }
  lines.push('</details>', '');
  return `${lines.join('\n')}\n`;
}

function parametersBlock(lang: Lang, { asOf, parameters }: ReportHeader): string {
  const heads = [WORDS.parameter, WORDS.value, WORDS.source].map((word) => word[lang]);
  const rows = parameters.map((p) => {
    // A Chinese report gives the unit in Chinese (`5 年`) and lists with 、.
    const value = lang === 'zh' ? formatParameterValue(p.name as ParameterName, p.value, lang) : Array.isArray(p.value) ? p.value.join(', ') : String(p.value);
    const unit = p.unit && lang === 'en' ? ` ${p.unit}` : '';
    const note = p.note ? `; ${p.note[lang]}` : '';
    const reported = p.status === 'reported' ? `; ${WORDS.reported[lang]}` : '';
    return tableRow([md(p.label[lang]), md(value + unit), md(`${p.source}${note}${reported}`)]);
  });
  const summary = `<summary>${WORDS.parameters[lang]} (${WORDS.asOf[lang]} ${htmlText(asOf)})</summary>`;
  return ['<details>', summary, '', tableRow(heads), tableRow(heads.map(() => '---')), ...rows, '', '</details>', ''].join('\n');
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Room kept for the line that says what was left out. */
const OMISSION_RESERVE = 512;

/**
 * The Markdown report within `maxBytes`. The summary table comes first, where a reader of a comment looks, but its
 * counts are known only once every dossier is seen; so failing dossiers' blocks and passing dossiers' names are held
 * until the end, no more of them than fit in `maxBytes` (the rest are counted, and the report says how many it left
 * out). Memory is bounded by the size limit, not by the number of dossiers.
 */
export function markdownWriter({ lang }: FormatContext, { maxBytes }: { maxBytes: number }): ReportWriter {
  let header: ReportHeader | undefined;
  const failing: string[] = [];
  const passing: string[] = [];
  let held = 0;
  let omittedFailing = 0;
  let omittedPassing = 0;
  const hold = (list: string[], text: string) => {
    if (held + bytes(text) > maxBytes) return false;
    list.push(text);
    held += bytes(text);
    return true;
  };
  return {
    begin(head) {
      header = head;
      return '';
    },
    dossier(result) {
      if (result.verdict === 'fail') {
        if (!hold(failing, failingBlock(result, lang))) omittedFailing++;
      } else if (!hold(passing, md(result.file) + warningsNote(result, lang))) omittedPassing++;
      return '';
    },
    end({ summary }) {
      if (!header) throw new Error('a report ends before it begins');
      const head = [
        `## ${WORDS.title[lang]}`,
        '',
        `${WORDS.asOf[lang]} **${md(header.asOf)}** · ${md(`${header.tool.name} ${header.tool.version}`)}`,
        '',
        summaryTable(lang, summary),
        '',
        '',
      ].join('\n');
      const parameters = parametersBlock(lang, header);
      let room = maxBytes - bytes(head) - bytes(parameters) - OMISSION_RESERVE;
      let body = '';
      const shownFailing = fitting(failing, room);
      if (shownFailing.length > 0) {
        body += `### ❌ ${WORDS.failing[lang]} (${summary.failed})\n\n${shownFailing.join('')}`;
        room -= bytes(body);
      }
      omittedFailing += failing.length - shownFailing.length;
      // The passing dossiers in one line: names joined by commas, as many as fit.
      const shownPassing = fitting(
        passing.map((name) => `${name}, `),
        room - 100,
      );
      if (shownPassing.length > 0) body += `### ✅ ${WORDS.passing[lang]} (${summary.passed})\n\n${shownPassing.join('').slice(0, -2)}\n\n`;
      omittedPassing += passing.length - shownPassing.length;
      const omitted = omittedFailing + omittedPassing > 0 ? `_${WORDS.omitted[lang](omittedFailing, omittedPassing)}_\n\n` : '';
      return `${head}${body}${omitted}${parameters}`;
    },
  };
}

/** The leading pieces whose total size is within `room`. */
function fitting(pieces: readonly string[], room: number): string[] {
  const shown: string[] = [];
  let used = 0;
  for (const piece of pieces) {
    used += bytes(piece);
    if (used > room) break;
    shown.push(piece);
  }
  return shown;
}

/** A report for a pull-request or merge-request comment, within the size GitHub accepts for one. */
export const streamMarkdown: StreamingFormatter = (context) => markdownWriter(context, { maxBytes: COMMENT_LIMIT });

export const formatMarkdown: Formatter = wholeReport(streamMarkdown);
