import { escapeForTerminal } from './terminal-text.js';

/**
 * Text from a dossier placed in GitHub- or GitLab-flavoured Markdown must stay text: no link (`[x](javascript:…)`,
 * a bare `https://…` or `www.…` that GFM would link), no HTML (`<script>`, `<img onerror>`), no emphasis or code
 * span that swallows what follows, no `|` that splits a table cell, no line break that ends a table row or a list
 * item, and no `@name` that would notify someone when the report is posted as a comment.
 */

/** Every ASCII punctuation character: CommonMark lets a backslash make any of them literal. */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * `&`, `<`, `>` and quotes become character references (which Markdown also reads as text); `@` is followed by a
 * zero-width space, as Dependabot and Renovate write it, since GitHub finds mentions in the rendered text, after
 * backslash escapes are gone; every other punctuation character is backslash-escaped.
 */
function escapePunctuation(char: string): string {
  switch (char) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case "'":
      return '&#39;';
    case '@':
      return '@&#8203;';
    default:
      return `\\${char}`;
  }
}

/**
 * A dossier value as inline Markdown text: control characters, line breaks and bidirectional marks shown as escapes
 * (`\n`, `\x1b`, `\u202e`, as in the terminal report), then every punctuation character made literal. Safe in a
 * paragraph, a list item and a table cell.
 */
export function markdownText(text: string): string {
  return escapeForTerminal(text).replace(ASCII_PUNCTUATION, escapePunctuation);
}

const HTML_SPECIAL = /[&<>"'@]/g;

/**
 * A dossier value inside raw HTML (a `<summary>` line, where Markdown is not read): only character references, and
 * the same guard against mentions.
 */
export function htmlText(text: string): string {
  return escapeForTerminal(text).replace(HTML_SPECIAL, escapePunctuation);
}
