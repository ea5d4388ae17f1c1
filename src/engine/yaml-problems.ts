import type { ErrorCode } from 'yaml';
import type { Localized } from './types.js';

/**
 * What each problem the YAML parser reports means, in Chinese. The parser words its messages in English only; a
 * Chinese report must not pass them on untranslated, so the Chinese text is chosen by the problem's code and the
 * English one keeps the parser's own, more specific words.
 */
const PROBLEM_ZH: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_ALIAS: '别名写法无效',
  BAD_DIRECTIVE: '% 开头的指令无效',
  BAD_DQ_ESCAPE: '双引号文字中的转义序列无效',
  BAD_INDENT: '缩进不一致：同级的键须左对齐（从同一列开始）',
  BAD_PROP_ORDER: '锚点（&）和标签（!）须写在值的前面',
  BAD_SCALAR_START: '值不能以此字符开头；以特殊字符开头的文字请加引号',
  BLOCK_AS_IMPLICIT_KEY: '多行内容不能作为键',
  BLOCK_IN_FLOW: '花括号或方括号内不能使用缩进的块',
  DUPLICATE_KEY: '键重复',
  IMPOSSIBLE: '无法解析此处的内容',
  KEY_OVER_1024_CHARS: '不加问号的键不能超过 1024 个字符',
  MISSING_CHAR: '缺少字符：引号、括号或冒号未配对',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
  MULTIPLE_DOCS: '一个文件只能有一个 YAML 文档',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）',
  NON_STRING_KEY: '键只能是文字',
  RESOURCE_EXHAUSTION: '别名展开过多',
  TAB_AS_INDENT: '不允许用 Tab 缩进',
  TAG_RESOLVE_FAILED: '无法识别的标签',
  UNEXPECTED_TOKEN: '此处出现了不应有的内容',
  BAD_COLLECTION_TYPE: '列表或映射与其标签不符',
};

/** The first line of a parser message: the rest repeats the source with a caret, which the report shows itself. */
function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

/** A parser problem as the detail of a `yaml-syntax` message, in both languages. */
export function yamlProblemDetail(code: ErrorCode, message: string): Localized {
  const en = firstLine(message).replaceAll('tag:yaml.org,2002:', '!!');
  // The one detail worth carrying over: which tag, as the author wrote it (`Unresolved tag: !custom`).
  const tag = code === 'TAG_RESOLVE_FAILED' ? /tag:\s*(\S+)/.exec(en)?.[1] : undefined;
  return { zh: tag ? `${PROBLEM_ZH[code]} ${tag}` : (PROBLEM_ZH[code] ?? '无法解析此处的内容'), en };
}
