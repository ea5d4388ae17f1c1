import { z } from 'zod';
import { closestMatch } from '../engine/suggest.js';
import { isoDate } from './config-schema.js';
import type { Localized } from '../engine/types.js';
import { unknownRuleText, zodProblem } from './zod-problem.js';
import { bilingual } from './zod-text.js';
import { problemAt, readReviewerYaml } from './yaml-file.js';

/**
 * A reviewer's waiver: an accepted exception to one rule for one dossier (by its project id), optionally for one
 * data path, with who approved it, why, and until when. A waiver is a record of the reviewer's process, so every
 * field but the path is required.
 */
export interface Waiver {
  rule: string;
  project: string;
  /** In display form, `resettlement.monetized.mortgage.firstHomeDownPaymentPercent`; it covers that path and below. */
  path?: string;
  reason: string;
  approver: string;
  /** `YYYY-MM-DD`: the last day the waiver applies. */
  expires: string;
  /** The waivers file as shown, and the 1-based line of the entry. */
  file: string;
  line: number;
}

const text = (what: Localized) =>
  z
    .string({ error: bilingual({ zh: `${what.zh}应为文字`, en: `expected ${what.en} as text` }) })
    .trim()
    .min(1, { error: bilingual({ zh: `${what.zh}为空`, en: `${what.en} is empty` }) });

const waiverSchema = z.strictObject({
  rule: text({ zh: '规则 id', en: 'the rule id' }),
  project: text({ zh: '资料的项目编号', en: "the dossier's project id" }),
  path: text({ zh: '数据路径', en: 'the data path' }).optional(),
  reason: text({ zh: '豁免理由', en: 'the reason' }),
  approver: text({ zh: '批准人', en: 'the approver' }),
  expires: isoDate,
});

export const waiversFileSchema = z.strictObject({
  waivers: z.array(waiverSchema, { error: bilingual({ zh: '应为豁免条目的列表', en: 'expected a list of waivers' }) }),
});

export interface ReadWaiversOptions {
  /** Rule ids a waiver may name. */
  knownRuleIds: ReadonlySet<string>;
  /** The tool's own input checks: a dossier that cannot be read is never waived into passing. */
  inputRuleIds: ReadonlySet<string>;
}

/** Reads and validates a waivers file; any problem is one `ConfigurationError` naming the file, line and key. */
export function readWaivers(path: string, shown: string, options: ReadWaiversOptions): Waiver[] {
  const file = readReviewerYaml(path, shown);
  const parsed = waiversFileSchema.safeParse(file.data ?? { waivers: [] });
  if (!parsed.success) throw zodProblem(file, parsed.error, waiversFileSchema);
  return parsed.data.waivers.map((entry, index) => {
    const at = ['waivers', index, 'rule'];
    if (options.inputRuleIds.has(entry.rule)) {
      throw problemAt(file, at, {
        zh: `“${entry.rule}”是本工具自身的输入检查：无法读取或不符合格式的资料根本未经判断，不能豁免`,
        en: `"${entry.rule}" is one of the tool's own input checks: a dossier that cannot be read or validated was not judged at all, so it cannot be waived`,
      });
    }
    if (!options.knownRuleIds.has(entry.rule)) {
      const nearest = closestMatch(entry.rule, [...options.knownRuleIds]);
      throw problemAt(file, at, unknownRuleText(entry.rule, nearest));
    }
    const { path: dataPath, ...required } = entry;
    return { ...required, ...(dataPath === undefined ? {} : { path: dataPath }), file: shown, line: file.lineOf(['waivers', index]) };
  });
}
