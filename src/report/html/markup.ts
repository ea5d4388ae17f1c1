import { escapeForTerminal } from '../terminal-text.js';

/**
 * HTML that is already safe: built only by the `html` tag below, from the report's own literal markup and escaped
 * values. Anything else placed into a template is a plain string and is escaped, so a value can never become markup
 * by being forgotten.
 */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What may be placed into a template: text (escaped), numbers, markup, lists of these, or nothing. */
export type Fragment = string | number | Markup | readonly Fragment[] | undefined | null | false;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe as HTML text and as a quoted attribute value. Control characters and bidirectional overrides are
 * first made visible (`\x1b`, `\u202e`), as in the terminal report: a reviewer should see a spoofing attempt in the
 * project name, not have the name reordered by it.
 */
export function escapeHtml(text: string): string {
  return escapeForTerminal(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

function render(fragment: Fragment): string {
  if (fragment === undefined || fragment === null || fragment === false) return '';
  if (fragment instanceof Markup) return fragment.text;
  if (typeof fragment === 'number') return String(fragment);
  if (typeof fragment === 'string') return escapeHtml(fragment);
  return fragment.map(render).join('');
}

/** A template of markup: the literal parts are markup, every placed value is escaped unless it is `Markup`. */
export function html(strings: TemplateStringsArray, ...values: readonly Fragment[]): Markup {
  let text = strings[0]!;
  values.forEach((value, index) => {
    text += render(value) + strings[index + 1]!;
  });
  return new Markup(text);
}

/**
 * A CSS string literal (for `content:` in the page margins): every character but letters, digits and spaces as a
 * CSS escape, so no text can close the string or the `<style>` element.
 */
export function cssString(text: string): string {
  return `"${[...text].map((char) => (/[A-Za-z0-9 ]/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `)).join('')}"`;
}
