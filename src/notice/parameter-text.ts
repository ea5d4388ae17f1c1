import type { Lang } from '../engine/types.js';
import { NOTICE_REFERENCE } from './clauses.js';
import { PARAMETERS, type Parameter, type ParameterName, type ParameterValue } from './parameters.js';

/**
 * Parameter values as rule texts write them. A rule's title, description, fix or message never spells a value of
 * the parameter table by hand (tests/meta/parameter-values.test.ts fails when one does); it interpolates the value
 * from here, so the table stays the one source and the texts follow when a value changes.
 */

const YEAR_RANGE = /^(\d{4})-(\d{4})$/;

function table(name: ParameterName): Parameter<unknown> {
  return PARAMETERS[name] as Parameter<unknown>;
}

/** One value in the parameter's unit: `20%`, `5 年` / `5 years`, a programme `2015—2017`, a date as it is. */
export function formatParameterValue(name: ParameterName, value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map((item) => formatParameterValue(name, item, lang)).join(lang === 'zh' ? '、' : ', ');
  const range = typeof value === 'string' ? YEAR_RANGE.exec(value) : null;
  if (range) return `${range[1]}${lang === 'zh' ? '—' : '–'}${range[2]}`;
  const { unit } = table(name);
  if (unit === '%') return `${String(value)}%`;
  if (unit === 'years') return lang === 'zh' ? `${String(value)} 年` : `${String(value)} years`;
  return String(value);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The parameter's values in order, a value that a later source only repeats shown once. */
function changes(name: ParameterName): ParameterValue<unknown>[] {
  return table(name).values.filter((row, index, rows) => index === 0 || !sameValue(row.value, rows[index - 1]!.value));
}

/**
 * Every value the parameter has had with the date it applies from, oldest first: `25%（2015-09-24 起）→ 20%（2016-02-02 起）`,
 * `25% from 2015-09-24 → 20% from 2016-02-02`. A date that is its own starting date (the day a rule changed) is
 * written once.
 */
export function parameterHistory(name: ParameterName, lang: Lang): string {
  return changes(name)
    .map((row) => {
      const value = formatParameterValue(name, row.value, lang);
      if (row.value === row.from) return value;
      return lang === 'zh' ? `${value}（${row.from} 起）` : `${value} from ${row.from}`;
    })
    .join(' → ');
}

/** The value for a text that names one: the value itself while the table has only one, else its history. */
export function parameterText(name: ParameterName, lang: Lang): string {
  const rows = changes(name);
  return rows.length === 1 ? formatParameterValue(name, rows[0]!.value, lang) : parameterHistory(name, lang);
}

/** The value the notice itself sets (the first row whose source names 晋政办发〔2015〕122号), for texts that quote the notice. */
export function noticeValue(name: ParameterName, lang: Lang): string {
  const row = table(name).values.find((value) => value.source.includes(NOTICE_REFERENCE));
  if (!row) throw new Error(`the parameter ${name} has no value set by ${NOTICE_REFERENCE}`);
  return formatParameterValue(name, row.value, lang);
}

/** The earliest value as a dossier writes it (the first item of a list), for a text that shows a field (`2015-2017`). */
export function firstParameterValue(name: ParameterName): string {
  return String([table(name).values[0]?.value].flat()[0]);
}
