import { basisCitation, INPUT_CHECK_CITATION } from '../notice/basis.js';
import { citation } from '../notice/clauses.js';
import type { AuditSettings } from '../engine/audit.js';
import { formatParameterValue } from '../notice/parameter-text.js';
import type { ParameterName } from '../notice/parameters.js';
import type { Summary } from '../engine/summary.js';
import { formatMessage } from '../engine/messages.js';
import type { DossierResult, Finding, Lang, UnusedWaiver } from '../engine/types.js';
import { BUILT_IN_RULE_TITLES } from './generated/rule-titles.js';
import { catalogueText } from './catalogue-text.js';
import type { FormatContext, Formatter } from './format-context.js';
import { parametersLine } from './parameters-line.js';
import { type ReportHeader, type StreamingFormatter, wholeReport } from './report-stream.js';
import { policyCitation } from './rule-citation.js';
import { escapeForTerminal as safe } from './terminal-text.js';

const WORDS = {
  pass: { zh: '通过', en: 'PASS' },
  fail: { zh: '不通过', en: 'FAIL' },
  notEvaluated: { zh: '资料无法读取或不符合格式，未进行贷款条件检查', en: 'not readable or not in format v1; loan conditions not checked' },
  loanConditions: { zh: '贷款发放条件', en: 'Loan conditions' },
  noLoanConditions: { zh: '无适用的贷款发放条件', en: 'no loan conditions apply' },
  notRequired: { zh: '依法无需办理', en: 'not required' },
  skipped: { zh: '已跳过', en: 'skipped' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  waived: { zh: '已豁免', en: 'waived' },
  approvedBy: { zh: '批准人', en: 'approved by' },
  until: { zh: '有效至', en: 'until' },
  configured: { zh: '审查方配置', en: 'set by the configuration' },
  ignored: { zh: '未采用', en: 'Not applied' },
  fingerprint: { zh: '审计指纹', en: 'Audit fingerprint' },
  dossierHash: { zh: '资料 SHA-256', en: 'dossier SHA-256' },
  evidenceHash: { zh: '证明文件', en: 'evidence' },
  catalogue: { zh: '规则目录', en: 'rule catalogue' },
  configuration: { zh: '配置', en: 'configuration' },
  waivers: { zh: '豁免文件', en: 'waivers' },
  none: { zh: '无', en: 'none' },
  rulesRun: { zh: '规则', en: 'rules' },
  allRules: { zh: '全部', en: 'all' },
  packs: { zh: '规则包', en: 'rule packs' },
  unusedWaiver: {
    zh: '未使用的豁免：{where} 对规则 {rule}、项目 {project}{path} 的豁免在本次检查中未覆盖任何问题；请删除或更正其范围',
    en: 'Unused waiver: {where} (rule {rule}, project {project}{path}) covered no finding in this run; remove it or correct its scope',
  },
  information: { zh: '提示', en: 'info' },
} as const;

function summaryLine(lang: Lang, asOf: string, s: Summary): string {
  // Information fails nothing: counted only when there is some, so a run without any reads as it always did.
  if (lang === 'zh') {
    const waived = s.waived > 0 ? `，${s.waived} 个已豁免` : '';
    const notes = s.information > 0 ? `，${s.information} 条提示` : '';
    return `共检查 ${s.dossiers} 份资料（基准日 ${asOf}）：${s.passed} 份通过，${s.failed} 份不通过；${s.errors} 个错误，${s.warnings} 个警告${notes}${waived}；跳过 ${s.skipped} 个文件。`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const waived = s.waived > 0 ? `, ${s.waived} waived` : '';
  const notes = s.information > 0 ? `, ${plural(s.information, 'note')}` : '';
  return `${plural(s.dossiers, 'dossier')} checked as of ${asOf}: ${s.passed} passed, ${s.failed} failed; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${notes}${waived}; ${plural(s.skipped, 'file')} skipped.`;
}

/** The time-dependent values the checks used, so a reader can tell which rules of which date were applied. */
function parametersBlock(lang: Lang, { asOf, parameters }: ReportHeader): string {
  const sep = lang === 'zh' ? '；' : '; ';
  const lines = parameters.map((p) => {
    // In the parameter's unit and the report's language: `5 年`, `5 years`, `2015—2017`.
    const value = formatParameterValue(p.name as ParameterName, p.value, lang);
    // A value only secondary sources give is marked, so the reader knows which judgments are warnings for it.
    const reported = p.status === 'reported' ? (lang === 'zh' ? '；二手来源，未核实原文' : '; reported, not read in the source text') : '';
    const note = p.note ? `${sep}${p.note[lang]}` : '';
    // A configured value names its place in the configuration: the reader must never take it for the notice's.
    const configured = p.configuration ? `${sep}${WORDS.configured[lang]} ${safe(p.configuration.file)}:${p.configuration.line}` : '';
    const detail = `${safe(p.source)}${note}${reported}${configured}`;
    return lang === 'zh' ? `  ${safe(p.label.zh)}：${safe(value)}（${detail}）` : `  ${safe(p.label.en)}: ${safe(value)}  (${detail})`;
  });
  const heading = lang === 'zh' ? `基准日 ${asOf} 适用的参数：` : `Parameters in force on ${asOf}:`;
  return [heading, ...lines].join('\n');
}

/**
 * The notice clause, then the national basis when there is one; the input checks cite the tool itself. A bank's own
 * rule cites the bank's policy, labelled as such, so that no reader takes it for a clause of the notice.
 */
function findingCitation(finding: Finding, lang: Lang): string {
  if (finding.policy !== undefined) return policyCitation(safe(finding.policy), lang);
  const parts = [finding.clause ? citation(finding.clause.id) : INPUT_CHECK_CITATION[lang]];
  if (finding.basis) parts.push(basisCitation(finding.basis, lang));
  return parts.join('; ');
}

/**
 * The rule id, which the reader types into `explain` or a waiver, and in a Chinese report its title beside it, so a
 * reader who does not read the id still knows what was checked. A rule of a pack, unknown to the catalogue, shows
 * its id alone. The titles come from a generated table, so a run served from the result cache loads no rule.
 */
function ruleShown(id: string, { lang, color }: FormatContext): string {
  const title = lang === 'zh' ? BUILT_IN_RULE_TITLES.get(id)?.zh : undefined;
  return `${color.cyan(safe(id))}${title === undefined ? '' : `（${safe(title)}）`}`;
}

/**
 * `file:line:col  severity  rule-id  message  [citation; basis]`. Every value placed in the text goes through `safe`:
 * file names, project names and messages (which quote the dossier) must not reach the terminal as control sequences.
 */
function findingLine(finding: Finding, context: FormatContext): string {
  const { lang, color } = context;
  const word = WORDS[finding.severity][lang];
  const severity = finding.severity === 'error' ? color.red(word) : finding.severity === 'warning' ? color.yellow(word) : color.blue(word);
  const where = color.dim(`${safe(finding.file)}:${finding.line}:${finding.column}`);
  const line = `${where}  ${severity}  ${ruleShown(finding.ruleId, context)}  ${safe(finding.message[lang])}  ${color.dim(`[${findingCitation(finding, lang)}]`)}`;
  if (!finding.waiver) return line;
  // Waived, not hidden: the exception, who approved it and until when stay in front of the reader.
  const { reason, approver, expires, file, line: at } = finding.waiver;
  const sep = lang === 'zh' ? '；' : '; ';
  const detail = `${safe(reason)}${sep}${WORDS.approvedBy[lang]} ${safe(approver)}${sep}${WORDS.until[lang]} ${expires}  ${color.dim(`${safe(file)}:${at}`)}`;
  return `${line}\n    ${color.green(`${WORDS.waived[lang]}:`)} ${detail}`;
}

function unusedWaiverLine(waiver: UnusedWaiver, lang: Lang): string {
  return formatMessage(WORDS.unusedWaiver, {
    where: `${waiver.file}:${waiver.line}`,
    rule: waiver.rule,
    project: waiver.project,
    path: waiver.path === undefined ? '' : lang === 'zh' ? `、路径 ${waiver.path}` : `, path ${waiver.path}`,
  })[lang];
}

function dossierBlock(dossier: DossierResult, context: FormatContext): string[] {
  const { lang, color } = context;
  const verdict = dossier.verdict === 'pass' ? color.green.bold(WORDS.pass[lang]) : color.red.bold(WORDS.fail[lang]);
  const project = dossier.project ? `  ${safe(dossier.project.id)} ${safe(dossier.project.name)}` : '';
  const lines = [`${color.bold(safe(dossier.file))}  ${verdict}${project}`];
  if (!dossier.evaluated) {
    lines.push(`  ${color.dim(WORDS.notEvaluated[lang])}`);
  } else if (dossier.checklist.length === 0) {
    if (!context.quiet) lines.push(`  ${color.dim(WORDS.noLoanConditions[lang])}`);
  } else if (!context.quiet || dossier.checklist.some((item) => item.status === 'fail')) {
    // Quiet shows only what failed: the failed items, under their heading, and nothing of a list that all passed.
    const shown = context.quiet ? dossier.checklist.filter((item) => item.status === 'fail') : dossier.checklist;
    const clauses = [...new Set(shown.map((item) => citation(item.clause)))].join('; ');
    lines.push(`  ${WORDS.loanConditions[lang]} ${color.dim(`[${clauses}]`)}`);
    for (const item of shown) {
      if (item.status === 'not-required') {
        // The dossier's own claim, shown with its basis so the reviewer checks it rather than takes it.
        lines.push(`    ${color.dim('–')} ${safe(item.label[lang])}  ${color.dim(`(${WORDS.notRequired[lang]}: ${safe(item.basis ?? '')})`)}`);
        continue;
      }
      if (item.status === 'waived') {
        lines.push(`    ${color.yellow('~')} ${safe(item.label[lang])}  ${color.dim(`(${WORDS.waived[lang]})`)}`);
        continue;
      }
      const mark = item.status === 'pass' ? color.green('✓') : color.red('✗');
      lines.push(`    ${mark} ${safe(item.label[lang])}`);
    }
  }
  for (const finding of dossier.findings) lines.push(`  ${findingLine(finding, context)}`);
  // With --verbose, the dossier's part of the audit fingerprint: what exactly was judged.
  if (context.verbose) {
    lines.push(color.dim(`  ${WORDS.dossierHash[lang]}: ${dossier.sha256 ?? WORDS.none[lang]}`));
    for (const file of dossier.evidence ?? []) lines.push(color.dim(`  ${WORDS.evidenceHash[lang]}: ${file.sha256}  ${safe(file.path)}`));
  }
  return lines;
}

/** The fingerprint, one line; with --verbose, the settings it covers besides the files, one line each. */
function fingerprintBlock(audit: AuditSettings, fingerprint: string, { lang, verbose }: FormatContext): string {
  const lines = [`${WORDS.fingerprint[lang]}: ${fingerprint}`];
  if (verbose) {
    const { options } = audit;
    lines.push(
      `  ${audit.tool.name} ${audit.tool.version}`,
      `  ${WORDS.catalogue[lang]}: ${catalogueText(audit.catalogue, lang)}`,
      `  ${WORDS.configuration[lang]}: ${audit.configuration ?? WORDS.none[lang]}`,
      `  ${WORDS.waivers[lang]}: ${audit.waivers ?? WORDS.none[lang]}`,
      `  ${WORDS.rulesRun[lang]}: ${options.rules ? safe(options.rules.join(', ')) : WORDS.allRules[lang]}`,
      `  ${WORDS.packs[lang]}: ${options.packs.length > 0 ? safe(options.packs.join(', ')) : WORDS.none[lang]}`,
    );
  }
  return lines.join('\n');
}

/**
 * Each dossier's block as it is checked, blocks separated by a blank line; with `--verbose` the skipped files; then
 * the parameters in force and the summary line, last, where a reader of a long report looks. The parameters are one
 * line, and the whole block with their sources with `--verbose`.
 *
 * `--quiet` is quiet as ESLint's is (errors only): failing dossiers alone, each with its failed loan conditions and
 * its errors (no ✓, no "not required", no warnings), no parameters, and the summary line, which still counts
 * everything, warnings included.
 */
export const streamText: StreamingFormatter = (context) => {
  const { lang, color, verbose, quiet } = context;
  let header: ReportHeader | undefined;
  return {
    begin(head) {
      header = head;
      return '';
    },
    dossier(result) {
      if (quiet && result.verdict === 'pass') return '';
      const shown = quiet ? { ...result, findings: result.findings.filter((finding) => finding.severity === 'error') } : result;
      return `${dossierBlock(shown, context).join('\n')}\n\n`;
    },
    end({ summary, skipped, unusedWaivers, fingerprint }) {
      if (!header) throw new Error('a report ends before it begins');
      let text = '';
      if (verbose) {
        for (const file of skipped) text += `${color.dim(`${safe(file.file)}  ${WORDS.skipped[lang]}: ${safe(file.reason[lang])}`)}\n\n`;
      }
      for (const ignored of header.ignoredConfiguration ?? []) {
        text += `${color.yellow(`${WORDS.ignored[lang]}: ${safe(ignored.file)}`)}  ${safe(ignored.reason[lang])}\n`;
      }
      for (const waiver of unusedWaivers ?? []) text += `${color.yellow(WORDS.warning[lang])}  ${safe(unusedWaiverLine(waiver, lang))}\n`;
      // What the report is tied to, then the parameters the checks used, then the summary line, which stays the last.
      if (header.audit && fingerprint) text += `${color.dim(fingerprintBlock(header.audit, fingerprint, context))}\n`;
      if (!quiet) {
        const parameters = verbose ? parametersBlock(lang, header) : safe(parametersLine(lang, header.asOf, header.parameters));
        text += `${color.dim(parameters)}\n`;
      }
      return `${text}${color.bold(summaryLine(lang, header.asOf, summary))}\n`;
    },
  };
};

export const formatText: Formatter = wholeReport(streamText);
