import type { Formatter } from './format-context.js';
import type { FormatName } from './format-names.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
} as const satisfies Record<FormatName, Formatter>;

export { FORMAT_NAMES, type FormatName } from './format-names.js';
