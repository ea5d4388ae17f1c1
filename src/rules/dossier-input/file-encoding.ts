import { defineInputRule } from '../define-rule.js';

export const fileEncoding = defineInputRule({
  id: 'file-encoding',
  severity: 'warning',
  title: { zh: '资料文件为 UTF-8 编码', en: 'The dossier file is UTF-8' },
  description: {
    zh: '资料应保存为 UTF-8。以 UTF-16（带 BOM）或 GB18030/GBK（中文 Windows 工具的默认编码）保存的文件会被解码并照常检查，同时给出此警告；其他编码或二进制内容作为 yaml-syntax 错误拒绝。',
    en: 'Dossiers should be saved as UTF-8. A file in UTF-16 (with a BOM) or GB18030/GBK (the default of Chinese Windows tools) is decoded and checked as usual, with this warning; other encodings and binary content are refused as yaml-syntax errors.',
  },
  fix: {
    zh: '另存为 UTF-8，如：iconv -f GB18030 -t UTF-8 资料.yaml > 资料.utf8.yaml，或在编辑器中选择“UTF-8”编码保存。',
    en: 'Save as UTF-8, e.g. `iconv -f GB18030 -t UTF-8 dossier.yaml > dossier.utf8.yaml`, or choose UTF-8 when saving in your editor.',
  },
  covers: [],
  examples: {
    pass: '# 以 UTF-8 保存的资料\ndossierFormat: 1',
    fail: '# 以 GBK 保存的资料（记事本“ANSI”）\ndossierFormat: 1',
  },
  messages: {
    converted: {
      zh: '文件编码为 {encoding}，已解码检查；请另存为 UTF-8',
      en: 'The file is encoded in {encoding}; it was decoded and checked, but save it as UTF-8',
    },
  },
});
