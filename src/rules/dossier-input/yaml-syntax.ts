import { defineInputRule } from '../define-rule.js';

export const yamlSyntax = defineInputRule({
  id: 'yaml-syntax',
  severity: 'error',
  title: { zh: '资料文件可读', en: 'The dossier file is readable YAML' },
  description: {
    zh: '资料须为合法的 YAML 1.2 文本（UTF-8，空格缩进），键均为文字且不重复，无过量别名、嵌套不过深、只有一个文档，大小在上限内。无法读取的资料不能证明任何贷款发放条件。',
    en: 'The dossier must be well-formed YAML 1.2 text (UTF-8, indented with spaces) whose keys are text and unique, with no alias abuse, no excessive nesting and a single document, within the size limit. An unreadable dossier shows none of the loan conditions.',
  },
  fix: {
    zh: '按提示的行列修正 YAML 语法；重复的键只保留一个。',
    en: 'Correct the YAML at the line and column given; keep one of each duplicated key.',
  },
  covers: [],
  examples: {
    pass: `dossierFormat: 1
project:
  id: TY-001
  city: 太原市`,
    fail: `dossierFormat: 1
project:
  id: TY-001
 city: 太原市   # 缩进错误`,
  },
  messages: {
    syntax: { zh: 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
    duplicateKey: { zh: '重复的键“{key}”', en: 'Duplicate key "{key}"' },
    aliasAbuse: {
      zh: '别名展开过多（超过 {limit} 次），文件被拒绝',
      en: 'Too many alias expansions (more than {limit}); the file is refused',
    },
    multipleDocuments: {
      zh: '一个文件只能包含一份资料，此处开始了第二个 YAML 文档',
      en: 'A file holds one dossier; a second YAML document starts here',
    },
    unreadable: { zh: '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
    tabIndent: { zh: 'YAML 不允许用 Tab 缩进，请改用空格', en: 'YAML does not allow tabs for indentation; indent with spaces' },
    complexKey: {
      zh: '键只能是文字，不能是列表、映射或别名',
      en: 'A key must be text, not a list, a map or an alias',
    },
    yamlVersion: {
      zh: '不支持 YAML {version}；资料使用 YAML 1.2：请删除 %YAML 指令',
      en: 'YAML {version} is not supported; dossiers are YAML 1.2: remove the %YAML directive',
    },
    tooDeep: { zh: '嵌套超过 {limit} 层，文件被拒绝', en: 'Nesting deeper than {limit} levels; the file is refused' },
    tooLarge: {
      zh: '文件大小 {size} 超过上限 {limit}，未读取（可用 --max-file-size 调整）',
      en: 'The file is {size}, over the {limit} limit, and was not read (see --max-file-size)',
    },
    binary: { zh: '文件含二进制数据（此处有 NUL 字节），不是 YAML 文本', en: 'The file holds binary data (a NUL byte here), not YAML text' },
    utf16WithoutBom: {
      zh: '文件似乎是没有字节顺序标记（BOM）的 UTF-16，请另存为 UTF-8',
      en: 'The file looks like UTF-16 without a byte-order mark; save it as UTF-8',
    },
    invalidUtf8: {
      zh: '此处的字节 {byte} 无效：文件既不是 UTF-8 也不是 GB18030，请另存为 UTF-8',
      en: 'Invalid byte {byte} here: the file is neither UTF-8 nor GB18030; save it as UTF-8',
    },
  },
});
