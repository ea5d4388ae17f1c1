import type { FormatName } from './format-names.js';
import type { StreamingFormatter } from './report-stream.js';

/**
 * Each format's module, imported only when a run asks for that format: the JUnit report brings an XML builder and
 * the rule catalogue, which a text run (or one whose dossiers all come from the cache) must not pay for at start.
 */
const LOADERS = {
  text: async () => (await import('./text.js')).streamText,
  json: async () => (await import('./json.js')).streamJson,
  sarif: async () => (await import('./sarif.js')).streamSarif,
  gitlab: async () => (await import('./gitlab.js')).streamGitlab,
  junit: async () => (await import('./junit.js')).streamJunit,
  github: async () => (await import('./github.js')).streamGithub,
  markdown: async () => (await import('./markdown.js')).streamMarkdown,
  html: async () => (await import('./html.js')).streamHtml,
} as const satisfies Record<FormatName, () => Promise<StreamingFormatter>>;

export function loadStreamingFormatter(name: FormatName): Promise<StreamingFormatter> {
  return LOADERS[name]();
}
