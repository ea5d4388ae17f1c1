import { statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import { z } from 'zod';
import { loadReviewerSide } from '../config/reviewer-side.js';
import { RULE_PACK_LOADER } from '../config/rule-packs.js';
import { AUDIT_FORMAT, type AuditSettings, auditFingerprint } from '../engine/audit.js';
import type { EvidenceReader } from '../engine/check.js';
import { EXIT } from '../engine/exit-code.js';
import { EVIDENCE_MISSING, evidenceReaders, readBytes } from '../engine/sources.js';
import type { Lang, Localized } from '../engine/types.js';
import { escapeForTerminal as safe } from '../report/terminal-text.js';
import type { Rule } from '../rules/define-rule.js';
import { auditSettingsOf } from './audit-settings.js';
import { ToolFailure, UsageError } from './errors.js';
import type { CliIo } from './io.js';

export interface VerifyFlags {
  lang: Lang;
  /** The folder the report's file names are relative to; the working folder by default. */
  base?: string;
  /** As for `check`: `--config FILE`, `false` for `--no-config`, absent to search upwards. */
  config?: string | false;
  waivers?: string;
}

/** A report is read whole: far above any real one (a JSON report of 10 000 dossiers is a few tens of MiB). */
const MAX_REPORT_SIZE = 512 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lower-case hexadecimal digits');

/** What of a report the fingerprint covers; the rest of the report is not looked at. */
const auditedReport = z.object({
  audit: z.object({
    format: z.literal(AUDIT_FORMAT),
    fingerprint: sha256,
    tool: z.object({ name: z.string(), version: z.string() }),
    catalogue: z.string(),
    configuration: sha256.nullable(),
    waivers: sha256.nullable(),
    asOf: z.string(),
    options: z.object({ rules: z.array(z.string()).nullable(), packs: z.array(z.string()) }),
  }),
  dossiers: z.array(z.object({ file: z.string(), sha256: sha256.nullable(), evidence: z.array(z.object({ path: z.string(), sha256 })) })),
});

type AuditedReport = z.infer<typeof auditedReport>;

type Status = 'ok' | 'changed' | 'missing' | 'refused' | 'unreadable';

const STATUS: Readonly<Record<Status, Localized>> = {
  ok: { zh: '一致', en: 'OK' },
  changed: { zh: '已改变', en: 'CHANGED' },
  missing: { zh: '缺失', en: 'MISSING' },
  refused: { zh: '拒绝', en: 'REFUSED' },
  unreadable: { zh: '无法读取', en: 'UNREADABLE' },
};

const WORDS = {
  outside: { zh: '路径超出所在文件夹（报告不可信任，只读取文件夹内的文件）', en: 'outside its folder (a report is not trusted: only files inside are read)' },
  dossierRefused: { zh: '其资料文件未核对', en: 'its dossier was not verified' },
  stdin: { zh: '从标准输入读取，无文件可核对', en: 'read from standard input: there is no file to verify' },
  wasUnreadable: { zh: '检查时无法读取，现在可以读取', en: 'could not be read when checked, can be now' },
  tool: { zh: '工具版本', en: 'tool' },
  catalogue: { zh: '规则目录', en: 'rule catalogue' },
  configuration: { zh: '配置', en: 'configuration' },
  waivers: { zh: '豁免文件', en: 'waivers' },
  none: { zh: '无', en: 'none' },
  report: { zh: '报告', en: 'report' },
  now: { zh: '现在', en: 'now' },
  selfCheck: { zh: '报告的指纹与其所列条目', en: 'the report’s fingerprint against its own entries' },
  edited: { zh: '不符：报告在生成后被修改过', en: 'do not match: the report was edited after it was written' },
  heading: {
    zh: (file: string, fingerprint: string, asOf: string) => `核对报告 ${file}（审计指纹 ${fingerprint}，基准日 ${asOf}）`,
    en: (file: string, fingerprint: string, asOf: string) => `Verifying ${file} (audit fingerprint ${fingerprint}, as of ${asOf})`,
  },
  allMatch: {
    zh: (files: number) => `全部一致：${files} 个文件及工具、规则目录、配置与报告相符。`,
    en: (files: number) => `Everything matches: ${files} ${files === 1 ? 'file' : 'files'}, the tool, the rule catalogue and the configuration.`,
  },
  differs: {
    zh: (count: number) => `有 ${count} 处与报告不符。`,
    en: (count: number) => `${count} ${count === 1 ? 'difference' : 'differences'} from the report.`,
  },
} as const;

/**
 * `dossier-check verify-report REPORT.json`: recomputes a JSON report's audit fingerprint against the files. The
 * report is not trusted: a file name that is absolute or climbs out of the base folder is refused unread, and every
 * file is read with the evidence reader (`evidenceReaders`), which never follows a link out of its folder. The
 * tool, the rule catalogue, the configuration and the waivers are those this run would use, found as `check` finds
 * them. Exit code: 0 when everything matches, 1 when anything differs, 2 when the report cannot be read as one.
 */
export async function runVerifyReport(reportPath: string, flags: VerifyFlags, io: CliIo, embedded?: readonly Rule[]): Promise<number> {
  const { lang } = flags;
  const report = readReport(resolve(io.cwd, reportPath), reportPath);
  const base = resolve(io.cwd, flags.base ?? '.');
  if (!isDirectory(base)) throw new UsageError({ zh: `--base：文件夹不存在：${flags.base ?? '.'}`, en: `--base: no such folder: ${flags.base ?? '.'}` });
  const { audit, dossiers } = report;

  const lines: string[] = [WORDS.heading[lang](safe(reportPath), audit.fingerprint, safe(audit.asOf))];
  let differences = 0;
  let files = 0;
  const line = (status: Status, shown: string, note?: string) => {
    files++;
    if (status !== 'ok') differences++;
    lines.push(`${STATUS[status][lang].padEnd(lang === 'zh' ? 5 : 10)} ${safe(shown)}${note ? `  (${safe(note)})` : ''}`);
  };

  const settings: AuditSettings = {
    tool: audit.tool,
    catalogue: audit.catalogue,
    configuration: audit.configuration,
    waivers: audit.waivers,
    asOf: audit.asOf,
    options: audit.options,
  };
  if (auditFingerprint(settings, dossiers) !== audit.fingerprint) {
    differences++;
    lines.push(`${STATUS.changed[lang]}: ${WORDS.selfCheck[lang]} ${WORDS.edited[lang]}`);
  }

  const readers = evidenceReaders();
  // The base folder as the folder of a file in it: the evidence reader resolves names from a dossier's folder.
  const inBase = readers(join(base, '.report'));
  for (const dossier of dossiers) {
    if (dossier.file === '<stdin>') {
      line('refused', dossier.file, WORDS.stdin[lang]);
      continue;
    }
    const dossierStatus = verifyFile(inBase, dossier.file, dossier.sha256, lang);
    line(dossierStatus.status, dossier.file, dossierStatus.note);
    const folder = posix.dirname(dossier.file);
    for (const evidence of dossier.evidence) {
      // Indented under its dossier; the path shown is the file's place relative to the base.
      const shown = `  ${folder === '.' ? evidence.path : `${folder}/${evidence.path}`}`;
      if (dossierStatus.status === 'refused') {
        line('refused', shown, WORDS.dossierRefused[lang]);
        continue;
      }
      const status = verifyFile(readers(resolve(base, dossier.file)), evidence.path, evidence.sha256, lang);
      line(status.status, shown, status.note);
    }
  }

  // What this run would record, found as `check` finds it, compared with what the report recorded.
  const reviewer = await loadReviewerSide({
    cwd: io.cwd,
    checked: dossiers.filter((dossier) => dossier.file !== '<stdin>').map((dossier) => resolve(base, dossier.file)),
    ...(flags.config === undefined ? {} : { config: flags.config }),
    ...(flags.waivers === undefined ? {} : { waivers: flags.waivers }),
    ...(embedded ? { rules: embedded } : {}),
    packLoader: RULE_PACK_LOADER,
    asOf: () => audit.asOf,
  });
  const now = auditSettingsOf({ cwd: io.cwd, reviewer, ...(flags.waivers === undefined ? {} : { waiversFlag: flags.waivers }) });
  const compare = (label: Localized, recorded: string | null, current: string | null) => {
    const same = recorded === current;
    if (!same) differences++;
    const detail = same
      ? (recorded ?? WORDS.none[lang])
      : `${WORDS.report[lang]} ${recorded ?? WORDS.none[lang]}; ${WORDS.now[lang]} ${current ?? WORDS.none[lang]}`;
    lines.push(`${STATUS[same ? 'ok' : 'changed'][lang].padEnd(lang === 'zh' ? 5 : 10)} ${label[lang]}: ${safe(detail)}`);
  };
  compare(WORDS.tool, `${audit.tool.name} ${audit.tool.version}`, `${now.tool.name} ${now.tool.version}`);
  compare(WORDS.catalogue, audit.catalogue, now.catalogue);
  compare(WORDS.configuration, audit.configuration, now.configuration);
  compare(WORDS.waivers, audit.waivers, now.waivers);

  lines.push(differences === 0 ? WORDS.allMatch[lang](files) : WORDS.differs[lang](differences));
  io.stdout.write(`${lines.join('\n')}\n`);
  return differences === 0 ? EXIT.ok : EXIT.findings;
}

/** The report's audited part, or a one-line reason it is not a report that can be verified. */
function readReport(path: string, shown: string): AuditedReport {
  const read = readBytes(path, MAX_REPORT_SIZE);
  if (!read.ok) {
    const why: Localized = read.failure.kind === 'tooLarge' ? { zh: '文件过大', en: 'too large' } : read.failure.detail;
    throw new ToolFailure({ zh: `无法读取报告 ${shown}：${why.zh}`, en: `cannot read the report ${shown}: ${why.en}` });
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(read.bytes).toString('utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ToolFailure({ zh: `${shown} 不是 JSON 报告：${detail}`, en: `${shown} is not a JSON report: ${detail}` });
  }
  if (typeof json === 'object' && json !== null && !('audit' in json) && 'reportVersion' in json) {
    const version = String(json.reportVersion);
    throw new ToolFailure({
      zh: `${shown} 没有审计指纹：报告版本 ${version}（从版本 4 起，--format json 的报告带有审计指纹）`,
      en: `${shown} has no audit fingerprint: report version ${version} (from version 4, --format json reports carry one)`,
    });
  }
  const parsed = auditedReport.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    throw new ToolFailure({
      zh: `${shown} 不是带审计指纹的 dossier-check JSON 报告${path ? `（位置 ${path}）` : ''}：${issue.message}`,
      en: `${shown} is not a dossier-check JSON report with an audit fingerprint${path ? ` at ${path}` : ''}: ${issue.message}`,
    });
  }
  return parsed.data;
}

/**
 * One file against its recorded hash. `name` is relative to `folder`; one that is absolute or climbs out by its
 * text is refused before anything on disk is looked at, and the reader refuses a link that leads out.
 */
function verifyFile(reader: EvidenceReader, name: string, recorded: string | null, lang: Lang): { status: Status; note?: string } {
  const normalized = posix.normalize(name);
  if (isAbsolute(name) || /^[A-Za-z]:/.test(name) || normalized === '..' || normalized.startsWith('../'))
    return { status: 'refused', note: WORDS.outside[lang] };
  const read = reader(name);
  if (read.ok) {
    if (recorded === null) return { status: 'changed', note: WORDS.wasUnreadable[lang] };
    return { status: read.sha256 === recorded ? 'ok' : 'changed' };
  }
  // Not read: a dossier recorded as unreadable still is. Whether the name is missing is the reader's word: it looks
  // at nothing outside the folder, so a link out is refused without saying whether its target exists.
  if (recorded === null) return { status: 'ok', note: read.reason[lang] };
  if (read.reason === EVIDENCE_MISSING) return { status: 'missing' };
  return { status: 'unreadable', note: read.reason[lang] };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
