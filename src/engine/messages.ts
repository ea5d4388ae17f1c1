import type { Lang, Localized } from './types.js';

/** A value a message template names: plain, or in both languages (a kind name, a requirement label). */
export type MessageValue = string | number | Localized | undefined;

export type MessageData = Readonly<Record<string, MessageValue>>;

/** The value in the language of the template it fills; a plain value reads the same in both. */
function inLanguage(value: MessageValue, lang: Lang): string | number | undefined {
  return typeof value === 'object' ? value[lang] : value;
}

/** Fills `{name}` placeholders of both languages; an unknown placeholder is left visible rather than dropped. */
export function formatMessage(template: Localized, data: MessageData = {}): Localized {
  const fill = (text: string, lang: Lang) =>
    text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
      const value = inLanguage(data[name], lang);
      return value !== undefined ? String(value) : whole;
    });
  return { zh: fill(template.zh, 'zh'), en: fill(template.en, 'en') };
}
