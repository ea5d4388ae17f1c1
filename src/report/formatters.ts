import type { Formatter } from './format-context.js';
import type { FormatName } from './format-names.js';
import { formatHtml, streamHtml } from './html.js';
import { formatJson, streamJson } from './json.js';
import type { StreamingFormatter } from './report-stream.js';
import { formatText, streamText } from './text.js';

/** Each format as a stream, as the command line writes it. */
export const STREAMING_FORMATTERS = {
  text: streamText,
  json: streamJson,
  html: streamHtml,
} as const satisfies Record<FormatName, StreamingFormatter>;

/** Each format as one string from a whole report, built on the stream of the same name. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  html: formatHtml,
} as const satisfies Record<FormatName, Formatter>;

export { FORMAT_NAMES, type FormatName } from './format-names.js';
