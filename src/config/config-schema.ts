import { z } from 'zod';
import { isIsoDate } from '../dossier/dates.js';
import { PARAMETERS, type Parameter, type ParameterName } from '../notice/parameters.js';
import { FORMAT_NAMES } from '../report/format-names.js';

/**
 * The reviewer's `dossier-check.config.yaml`. Every key is optional; an unknown key is an error (a misspelt key
 * silently ignored would leave the reviewer believing a rule was off or a floor set).
 */

export const isoDate = z.string({ error: 'expected a date as YYYY-MM-DD' }).refine(isIsoDate, { error: 'expected a real date as YYYY-MM-DD' });

const SEVERITY_SETTINGS = ['off', 'error', 'warning'] as const;
const severitySetting = z.enum(SEVERITY_SETTINGS, { error: 'expected off, error or warning' });

/** `off`, `error`, `warning`, or the long form `{ severity: … }`, which leaves room for a rule's own options. */
export const ruleSettingSchema = z.union([severitySetting, z.strictObject({ severity: severitySetting })], {
  error: 'expected off, error or warning, or { severity: off | error | warning }',
});

/** The document a configured value comes from: what a reader of the report needs to find it. */
export const documentSchema = z.strictObject({
  number: z.string({ error: 'expected the document number (文号) as text' }).trim().min(1, { error: 'the document number (文号) is empty' }),
  issuer: z.string({ error: 'expected the issuing authority as text' }).trim().min(1, { error: 'the issuer is empty' }),
  date: isoDate,
});

/** The shape of a parameter's value, read off the values the table already has. */
function valueSchema(parameter: Parameter<unknown>): z.ZodType {
  const sample = parameter.values[0]?.value;
  if (Array.isArray(sample)) return z.array(z.string({ error: 'expected a list of texts' }), { error: 'expected a list of texts' }).min(1);
  if (typeof sample === 'number') return z.number({ error: `expected a number${parameter.unit ? ` (${parameter.unit})` : ''}` }).nonnegative();
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
  format: z.enum(FORMAT_NAMES, { error: `expected one of ${FORMAT_NAMES.join(', ')}` }).optional(),
  lang: z.enum(['zh', 'en'], { error: 'expected zh or en' }).optional(),
  failOn: z.enum(['error', 'warning', 'none'], { error: 'expected error, warning or none' }).optional(),
  /** The waivers file, relative to this file. */
  waivers: z.string({ error: 'expected the path of a waivers file' }).min(1).optional(),
  /** Rule packs, relative to this file. */
  packs: z.array(z.string({ error: 'expected the path of a rule pack' }).min(1), { error: 'expected a list of rule pack paths' }).optional(),
});

export type ConfigInput = z.infer<typeof configSchema>;
