import type { Localized } from '../engine/types.js';

/**
 * Every number or date a rule depends on that changes over time or is not fixed by the notice itself, in one
 * table. Each value has the date from which it applies, its source and whether that source was read: `verified`
 * when the sentence was read in the document's own text (or a verbatim reprint), `reported` when only secondary
 * sources give it (RELATED.md and its verification notes). A rule takes a value at the date it governs (the date
 * of the mortgage terms, the issue date of an opinion), or at `--as-of` when nothing in the dossier dates it; every
 * report states the values in force on the as-of date. A judgment that rests on a `reported` value is never an
 * error: the rule reports it as a warning that says so.
 */
export type SourceStatus = 'verified' | 'reported';

export interface ParameterValue<T> {
  from: string;
  value: T;
  /** The document (and article) the value comes from, as cited: the same in both languages. */
  source: string;
  /** What of the source was read and what is only reported, where that needs saying. */
  note?: Localized;
  status: SourceStatus;
  /**
   * How far local documents may lower the value, where the national rule lets them (银发〔2016〕26号: 「原则上最低首付款
   * 比例为25%，各地可向下浮动5个百分点」). Absent: the value admits no local lowering.
   */
  localMinimum?: T;
  /** Set on a value the reviewer's configuration gives: where it says so. Such a value is never the notice's. */
  configuration?: ConfigurationPlace;
}

/** Where in the reviewer's configuration file a value is set: the file as shown, and the 1-based line. */
export interface ConfigurationPlace {
  file: string;
  line: number;
}

/**
 * A value the reviewer's configuration sets for a parameter, from a date on, with the document it comes from (a
 * local down-payment floor and its 文号). It replaces the table's values from that date; earlier ones still apply.
 */
export interface ConfiguredValue {
  from: string;
  value: unknown;
  /** The document, as cited: 文号, issuer and date. */
  source: string;
  configuration: ConfigurationPlace;
}

/** The configured values of each parameter the configuration sets; plain data, so a worker thread can be given it. */
export type ParameterOverrides = Readonly<Partial<Record<ParameterName, readonly ConfiguredValue[]>>>;

export interface Parameter<T> {
  name: string;
  label: Localized;
  unit?: string;
  values: readonly ParameterValue<T>[];
}

function parameter<T>(p: Parameter<T>): Parameter<T> {
  return p;
}

export const PARAMETERS = {
  firstHomeDownPaymentMinPercent: parameter({
    name: 'firstHomeDownPaymentMinPercent',
    label: { zh: '首套普通住房商业贷款最低首付比例', en: 'first-home commercial mortgage minimum down payment' },
    unit: '%',
    values: [
      { from: '2015-09-24', value: 25, source: '中国人民银行 中国银行业监督管理委员会 2015年9月24日通知', status: 'verified' },
      { from: '2016-01-05', value: 25, source: '晋政办发〔2015〕122号 三(四)', status: 'verified' },
      {
        from: '2016-02-02',
        value: 25,
        localMinimum: 20,
        source: '银发〔2016〕26号 一：原则上25%，各地可向下浮动5个百分点',
        note: {
          zh: '条文已核实；文号及确切日期（2016-02-01 印发、2016-02-02 公布）仅见于二手来源',
          en: 'the sentence is read; the number and the exact date (issued 2016-02-01, published 2016-02-02) are reported',
        },
        status: 'verified',
      },
      {
        from: '2023-08-31',
        value: 20,
        source: '中国人民银行 国家金融监督管理总局关于调整优化差别化住房信贷政策的通知（2023-08-31）',
        note: {
          zh: '原文无施行日期条款；2023-09-01 施行仅见于二手来源，故取签发日',
          en: 'the text has no effective-date clause; 2023-09-01 is reported, so the signing date is used',
        },
        status: 'verified',
      },
      {
        from: '2024-05-17',
        value: 15,
        source: '中国人民银行 国家金融监督管理总局关于调整个人住房贷款最低首付款比例政策的通知（2024-05-17）',
        note: { zh: '原文无施行日期条款；2024-05-18 施行仅见于二手来源', en: 'no effective-date clause; 2024-05-18 is reported' },
        status: 'verified',
      },
      {
        from: '2024-09-24',
        value: 15,
        source: '中国人民银行 国家金融监督管理总局关于优化个人住房贷款最低首付款比例政策的通知（2024-09-24）',
        note: { zh: '首套、二套不再区分', en: 'first and second homes alike' },
        status: 'verified',
      },
    ],
  }),
  projectCapitalMinPercent: parameter({
    name: 'projectCapitalMinPercent',
    label: { zh: '保障性住房项目最低资本金比例', en: 'minimum project capital of affordable housing' },
    unit: '%',
    values: [{ from: '2015-09-09', value: 20, source: '国发〔2015〕51号', status: 'verified' }],
  }),
  programmes: parameter<readonly string[]>({
    name: 'programmes',
    label: { zh: '在实施的改造计划期', en: 'renovation programmes in force' },
    values: [
      { from: '2015-06-30', value: ['2015-2017'], source: '国发〔2015〕37号; 晋政办发〔2015〕122号 一(二)', status: 'verified' },
      { from: '2018-01-01', value: ['2015-2017', '2018-2020'], source: '第二个三年棚改计划（2018—2020年）', status: 'verified' },
    ],
  }),
  eiaFilingFrom: parameter({
    name: 'eiaFilingFrom',
    label: { zh: '环评登记表改为备案之日', en: 'date EIA registration forms became filings' },
    values: [{ from: '2016-09-01', value: '2016-09-01', source: '环境影响评价法（2016年修正）', status: 'verified' }],
  }),
  mergedLandSiteOpinionFrom: parameter({
    name: 'mergedLandSiteOpinionFrom',
    label: { zh: '用地预审与选址意见书合并之日', en: 'date land pre-review and site selection merged' },
    values: [{ from: '2019-09-01', value: '2019-09-01', source: '自然资规〔2019〕2号（2019年9月）', status: 'verified' }],
  }),
  purchaseOfServiceLimitsFrom: parameter({
    name: 'purchaseOfServiceLimitsFrom',
    label: { zh: '政府购买服务负面清单施行之日', en: 'date the purchase-of-service limits apply' },
    values: [{ from: '2017-05-28', value: '2017-05-28', source: '财预〔2017〕87号', status: 'verified' }],
  }),
  eiaReReviewYears: parameter({
    name: 'eiaReReviewYears',
    label: { zh: '环评批复后开工须重新审核的年限', en: 'years after EIA approval beyond which a start needs re-review' },
    unit: 'years',
    values: [{ from: '2003-09-01', value: 5, source: '环境影响评价法 第二十四条', status: 'verified' }],
  }),
  landPreReviewValidityYears: parameter({
    name: 'landPreReviewValidityYears',
    label: { zh: '土地预审意见有效期（文件未载明时）', en: 'land pre-review validity when the document states none' },
    unit: 'years',
    values: [
      {
        from: '2009-01-01',
        value: 2,
        source: '建设项目用地预审管理办法（国土资源部令第42号，2009-01-01 施行）第十七条',
        note: { zh: '施行日期已核实；第十七条的两年有效期仅见于二手来源', en: 'the date in force is read; the two-year period of Art. 17 is reported' },
        status: 'reported',
      },
      {
        from: '2017-01-01',
        value: 3,
        source: '建设项目用地预审管理办法（国土资源部令第68号修正）第十七条',
        note: {
          zh: '2016-11-29 公布；2017-01-01 施行及第十七条的三年有效期仅见于二手来源',
          en: 'published 2016-11-29; in force 2017-01-01 and the three-year period of Art. 17 are reported',
        },
        status: 'reported',
      },
    ],
  }),
  mergedOpinionValidityYears: parameter({
    name: 'mergedOpinionValidityYears',
    label: { zh: '用地预审与选址意见书有效期（文件未载明时）', en: 'merged land pre-review and site-selection opinion validity when the document states none' },
    unit: 'years',
    values: [
      {
        from: '2019-09-17',
        value: 3,
        source: '自然资规〔2019〕2号 一：有效期为三年，自批准之日起计算',
        note: { zh: '印发日 2019-09-17 仅见于二手来源', en: 'the issue date 2019-09-17 is reported' },
        status: 'verified',
      },
    ],
  }),
  seismicPriorityIntensity: parameter({
    name: 'seismicPriorityIntensity',
    label: { zh: '地震高烈度设防地区的烈度下限', en: 'seismic intensity from which an area is high-intensity' },
    values: [{ from: '2016-01-05', value: 8, source: '晋政办发〔2015〕122号 二(四)', status: 'verified' }],
  }),
} as const;

export type ParameterName = keyof typeof PARAMETERS;
export type ParameterValueOf<N extends ParameterName> = (typeof PARAMETERS)[N] extends Parameter<infer T> ? T : never;

export interface ResolvedParameter {
  name: string;
  label: Localized;
  value: unknown;
  unit?: string;
  from: string;
  source: string;
  note?: Localized;
  status: SourceStatus;
  /** Set when the value comes from the reviewer's configuration, not from the table of the notice and national rules. */
  configuration?: ConfigurationPlace;
}

function valueInForce<T>(values: readonly ParameterValue<T>[], asOf: string): ParameterValue<T> | undefined {
  return values.filter((value) => value.from <= asOf).at(-1);
}

/** The rows of each parameter with the configuration's values merged in, built once per overrides object. */
const mergedRows = new WeakMap<ParameterOverrides, Map<string, readonly ParameterValue<unknown>[]>>();

/**
 * The parameter's rows with the configured values in place: table rows dated before the first configured value,
 * then the configured values. A configured value keeps how far local documents may lower the value it replaces
 * (the national rule's permission does not change because a bank sets its own floor); it is marked as configured,
 * and counts as read, since the reviewer names the document.
 */
function rowsOf(parameter: Parameter<unknown>, overrides: ParameterOverrides | undefined): readonly ParameterValue<unknown>[] {
  const configured = overrides && Object.hasOwn(overrides, parameter.name) ? overrides[parameter.name as ParameterName] : undefined;
  if (!overrides || !configured || configured.length === 0) return parameter.values;
  let byName = mergedRows.get(overrides);
  if (!byName) {
    byName = new Map();
    mergedRows.set(overrides, byName);
  }
  const known = byName.get(parameter.name);
  if (known) return known;
  const sorted = [...configured].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const first = sorted[0]!.from;
  const rows: ParameterValue<unknown>[] = parameter.values.filter((row) => row.from < first);
  for (const value of sorted) {
    const replaced = valueInForce(parameter.values, value.from);
    rows.push({
      from: value.from,
      value: value.value,
      source: value.source,
      status: 'verified',
      ...(replaced?.localMinimum === undefined ? {} : { localMinimum: replaced.localMinimum }),
      configuration: value.configuration,
    });
  }
  byName.set(parameter.name, rows);
  return rows;
}

/** The value in force on `asOf` (the last one dated on or before it), or `undefined` before the first. */
export function parameterValue<N extends ParameterName>(name: N, asOf: string, overrides?: ParameterOverrides): ParameterValueOf<N> | undefined {
  return parameterEntry(name, asOf, overrides)?.value;
}

/** The whole row in force on `date` (value, source, status, local minimum), or `undefined` before the first. */
export function parameterEntry<N extends ParameterName>(
  name: N,
  date: string,
  overrides?: ParameterOverrides,
): ParameterValue<ParameterValueOf<N>> | undefined {
  return valueInForce(rowsOf(PARAMETERS[name] as Parameter<unknown>, overrides), date) as ParameterValue<ParameterValueOf<N>> | undefined;
}

/** Every parameter with a value in force on `asOf`, for the report to state; configured values say where they are set. */
export function parametersInForce(asOf: string, overrides?: ParameterOverrides): ResolvedParameter[] {
  return Object.values(PARAMETERS).flatMap((parameter: Parameter<unknown>) => {
    const inForce = valueInForce(rowsOf(parameter, overrides), asOf);
    if (!inForce) return [];
    return [
      {
        name: parameter.name,
        label: parameter.label,
        value: inForce.value,
        ...(parameter.unit ? { unit: parameter.unit } : {}),
        from: inForce.from,
        source: inForce.source,
        ...(inForce.note ? { note: inForce.note } : {}),
        status: inForce.status,
        ...(inForce.configuration ? { configuration: inForce.configuration } : {}),
      },
    ];
  });
}
