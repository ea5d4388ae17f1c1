import { defineInputRule } from '../define-rule.js';

export const yamlSyntax = defineInputRule({
  id: 'yaml-syntax',
  severity: 'error',
  clause: 'N-4.4',
  title: { zh: '资料文件可读', en: 'The dossier file is readable YAML' },
  description: {
    zh: '资料须为合法的 YAML，且无重复键、无过量别名、只有一个文档。无法读取的资料不能证明任何贷款发放条件。',
    en: 'The dossier must be well-formed YAML with no duplicate keys, no alias abuse and a single document. An unreadable dossier shows none of the loan conditions.',
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
  },
});
