import type { Formatter } from './format-context.js';
import { formatJson, streamJson } from './json.js';
import type { StreamingFormatter } from './report-stream.js';
import { formatText, streamText } from './text.js';

/** Each format as a stream, as the command line writes it. */
export const STREAMING_FORMATTERS = {
  text: streamText,
  json: streamJson,
} as const satisfies Record<string, StreamingFormatter>;

/** Each format as one string from a whole report, built on the stream of the same name. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
} as const satisfies Record<keyof typeof STREAMING_FORMATTERS, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
