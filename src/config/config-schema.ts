import { z } from 'zod';
import { isIsoDate } from '../dossier/dates.js';
import { PARAMETERS, type Parameter, type ParameterName } from '../notice/parameters.js';
import { FORMAT_NAMES } from '../report/format-names.js';
import { bilingual } from './zod-text.js';

/**
 * The reviewer's `dossier-check.config.yaml`. Every key is optional; an unknown key is an error (a misspelt key
 * silently ignored would leave the reviewer believing a rule was off or a floor set).
 */

export const isoDate = z
  .string({ error: bilingual({ zh: '应为日期，格式 YYYY-MM-DD', en: 'expected a date as YYYY-MM-DD' }) })
  .refine(isIsoDate, { error: bilingual({ zh: '应为真实存在的日期，格式 YYYY-MM-DD', en: 'expected a real date as YYYY-MM-DD' }) });

const SEVERITY_SETTINGS = ['off', 'error', 'warning'] as const;
const severitySetting = z.enum(SEVERITY_SETTINGS, {
  error: bilingual({ zh: '应为 off（关闭）、error（错误）或 warning（警告）', en: 'expected off, error or warning' }),
});

/** `off`, `error`, `warning`, or the long form `{ severity: … }`, which leaves room for a rule's own options. */
export const ruleSettingSchema = z.union([severitySetting, z.strictObject({ severity: severitySetting })], {
  error: bilingual({
    zh: '应为 off（关闭）、error（错误）或 warning（警告），或写成 { severity: off | error | warning }',
    en: 'expected off, error or warning, or { severity: off | error | warning }',
  }),
});

/** The document a configured value comes from: what a reader of the report needs to find it. */
export const documentSchema = z.strictObject({
  number: z
    .string({ error: bilingual({ zh: '文号应为文字', en: 'expected the document number (文号) as text' }) })
    .trim()
    .min(1, { error: bilingual({ zh: '文号为空', en: 'the document number (文号) is empty' }) }),
  issuer: z
    .string({ error: bilingual({ zh: '发文机关应为文字', en: 'expected the issuing authority as text' }) })
    .trim()
    .min(1, { error: bilingual({ zh: '发文机关为空', en: 'the issuer is empty' }) }),
  date: isoDate,
});

/** The shape of a parameter's value, read off the values the table already has. */
function valueSchema(parameter: Parameter<unknown>): z.ZodType {
  const sample = parameter.values[0]?.value;
  if (Array.isArray(sample)) {
    const error = bilingual({ zh: '应为文字列表', en: 'expected a list of texts' });
    return z.array(z.string({ error }), { error }).min(1);
  }
  if (typeof sample === 'number') {
    const unit =
      parameter.unit === undefined ? { zh: '', en: '' } : { zh: `（单位 ${parameter.unit === 'years' ? '年' : parameter.unit}）`, en: ` (${parameter.unit})` };
    return z.number({ error: bilingual({ zh: `应为数字${unit.zh}`, en: `expected a number${unit.en}` }) }).nonnegative();
  }
  if (typeof sample === 'string' && isIsoDate(sample)) return isoDate;
  return z.string();
}

function configuredValueSchema(parameter: Parameter<unknown>) {
  return z.strictObject({
    value: valueSchema(parameter),
    /** The date the value applies from; the document's date when absent. */
    from: isoDate.optional(),
    document: documentSchema,
  });
}

export type ConfiguredParameterInput = z.infer<ReturnType<typeof configuredValueSchema>>;

const parametersSchema = z.strictObject(
  Object.fromEntries(
    Object.values(PARAMETERS).map((parameter: Parameter<unknown>) => {
      const one = configuredValueSchema(parameter);
      return [parameter.name, z.union([one, z.array(one).min(1)]).optional()];
    }),
  ) as unknown as Record<ParameterName, z.ZodOptional<z.ZodType<ConfiguredParameterInput | ConfiguredParameterInput[]>>>,
);

export const configSchema = z.strictObject({
  /** Rules by id: off, or another severity. */
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  /** Values of time-dependent and local parameters, each with its document. */
  parameters: parametersSchema.optional(),
  /** The as-of date when `--as-of` is not given. */
  asOf: isoDate.optional(),
  format: z
    .enum(FORMAT_NAMES, { error: bilingual({ zh: `应为以下格式之一：${FORMAT_NAMES.join('、')}`, en: `expected one of ${FORMAT_NAMES.join(', ')}` }) })
    .optional(),
  lang: z.enum(['zh', 'en'], { error: bilingual({ zh: '应为 zh（中文）或 en（英文）', en: 'expected zh or en' }) }).optional(),
  failOn: z
    .enum(['error', 'warning', 'none'], {
      error: bilingual({ zh: '应为 error（错误）、warning（警告）或 none（不因问题失败）', en: 'expected error, warning or none' }),
    })
    .optional(),
  /** The waivers file, relative to this file. */
  waivers: z
    .string({ error: bilingual({ zh: '应为豁免文件的路径', en: 'expected the path of a waivers file' }) })
    .min(1)
    .optional(),
  /** Rule packs, relative to this file. */
  packs: z
    .array(z.string({ error: bilingual({ zh: '应为规则包的路径', en: 'expected the path of a rule pack' }) }).min(1), {
      error: bilingual({ zh: '应为规则包路径的列表', en: 'expected a list of rule pack paths' }),
    })
    .optional(),
});

export type ConfigInput = z.infer<typeof configSchema>;
