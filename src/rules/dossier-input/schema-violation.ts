import { defineInputRule } from '../define-rule.js';

export const schemaViolation = defineInputRule({
  id: 'schema-violation',
  severity: 'error',
  title: { zh: '资料符合格式 v1', en: 'The dossier follows format v1' },
  description: {
    zh: '资料须符合 schemas/dossier.schema.json（格式 v1）：必填项齐全、键名正确、取值类型和格式正确。格式不符的资料不进行规则检查。',
    en: 'The dossier must follow schemas/dossier.schema.json (format v1): required fields present, known keys, values of the right type and form. Rules do not run on a dossier that does not.',
  },
  fix: {
    zh: '按提示补全或更正该项；编辑器可加载 JSON Schema 以获得补全和说明。',
    en: 'Add or correct the field as the message says; point your editor at the JSON Schema for completion and help.',
  },
  covers: [],
  examples: {
    pass: `loan:
  applicationDate: 2016-04-01`,
    fail: `loan:
  applicationDate: 2016年4月1日   # 日期应写成 YYYY-MM-DD`,
  },
  messages: {
    unsupportedFormat: {
      zh: '不支持的资料格式版本 {found}；支持的版本：{supported}',
      en: 'Unsupported dossier format version {found}; supported: {supported}',
    },
    emptyFile: { zh: '文件为空，不是资料（资料以 dossierFormat: 1 开头）', en: 'The file is empty, not a dossier (a dossier starts with dossierFormat: 1)' },
    onlyComments: {
      zh: '文件只有注释，不是资料（资料以 dossierFormat: 1 开头）',
      en: 'The file holds only comments, not a dossier (a dossier starts with dossierFormat: 1)',
    },
    notMarked: { zh: '文件顶层没有 dossierFormat 键，不是资料', en: 'The file has no top-level dossierFormat key, so it is not a dossier' },
    nearMissMarker: {
      zh: '顶层键“{key}”看似 dossierFormat，但并不完全相同（大小写、全角字母、不可见字符或形似的西里尔/希腊字母）；请用半角英文字母写作 dossierFormat',
      en: 'The top-level key "{key}" looks like dossierFormat but is not exactly it (letter case, fullwidth or invisible characters, or lookalike Cyrillic or Greek letters); write dossierFormat in plain ASCII letters',
    },
    required: { zh: '缺少必填项“{property}”', en: 'Missing required field "{property}"' },
    mergeKey: {
      zh: '不支持 YAML 合并键“<<”，请把各键直接写出',
      en: 'YAML merge keys ("<<") are not supported; write the keys out',
    },
    yaml11Boolean: {
      zh: '“{actual}”在 YAML 1.2 中是文字，不是布尔值；请写 {suggestion}',
      en: '"{actual}" is text in YAML 1.2, not a boolean; write {suggestion}',
    },
    numberAsText: {
      zh: '应为数字，实际为文字“{actual}”；请写 {suggestion}',
      en: 'Expected a number, found the text "{actual}"; write {suggestion}',
    },
    textAsNumber: {
      zh: '“{actual}”被读成数字 {value}；文字请加引号：“{actual}”',
      en: '"{actual}" is read as the number {value}; quote it to keep it as text: "{actual}"',
    },
    dateSuggestion: {
      zh: '日期“{actual}”应写成 YYYY-MM-DD：{suggestion}',
      en: 'Date "{actual}" must be written YYYY-MM-DD: {suggestion}',
    },
    unknownProperty: { zh: '未知的键“{property}”', en: 'Unknown key "{property}"' },
    unknownPropertySuggestion: {
      zh: '未知的键“{property}”，是否应为“{suggestion}”？',
      en: 'Unknown key "{property}"; did you mean "{suggestion}"?',
    },
    type: { zh: '类型错误：应为{expected}，实际为“{actual}”', en: 'Wrong type: expected {expected}, found "{actual}"' },
    enum: { zh: '取值“{actual}”无效，可选：{allowed}', en: 'Invalid value "{actual}"; allowed: {allowed}' },
    date: { zh: '日期“{actual}”无效，应为 YYYY-MM-DD，如 2016-05-01', en: 'Invalid date "{actual}"; expected YYYY-MM-DD, e.g. 2016-05-01' },
    pattern: { zh: '取值“{actual}”格式不符：{expected}', en: 'Value "{actual}" is not in the expected form: {expected}' },
    range: { zh: '数值 {actual} 超出范围：{limit}', en: 'Number {actual} is out of range: {limit}' },
    count: { zh: '条目数量不符：{limit}', en: 'Wrong number of entries: {limit}' },
    duplicateItems: { zh: '列表中有重复项', en: 'The list has duplicate entries' },
    empty: { zh: '不能为空', en: 'Must not be empty' },
    other: { zh: '不符合格式：{detail}', en: 'Does not follow the format: {detail}' },
  },
});
