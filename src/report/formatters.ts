import type { Formatter } from './format-context.js';
import type { FormatName } from './format-names.js';
import { formatGitlab, streamGitlab } from './gitlab.js';
import { formatGithub, streamGithub } from './github.js';
import { formatHtml, streamHtml } from './html.js';
import { formatJson, streamJson } from './json.js';
import { formatJunit, streamJunit } from './junit.js';
import { formatMarkdown, streamMarkdown } from './markdown.js';
import type { StreamingFormatter } from './report-stream.js';
import { formatSarif, streamSarif } from './sarif.js';
import { formatText, streamText } from './text.js';

/** Each format as a stream, as the command line writes it. */
export const STREAMING_FORMATTERS = {
  text: streamText,
  json: streamJson,
  sarif: streamSarif,
  gitlab: streamGitlab,
  junit: streamJunit,
  github: streamGithub,
  markdown: streamMarkdown,
  html: streamHtml,
} as const satisfies Record<FormatName, StreamingFormatter>;

/** Each format as one string from a whole report, built on the stream of the same name. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  gitlab: formatGitlab,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
} as const satisfies Record<FormatName, Formatter>;

export { FORMAT_NAMES, type FormatName } from './format-names.js';
