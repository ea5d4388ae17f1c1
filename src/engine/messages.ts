import { shorten } from './shorten.js';
import type { Lang, Localized } from './types.js';

/** A value a message template names: plain, or in both languages (a kind name, a requirement label). */
export type MessageValue = string | number | Localized | undefined;

export type MessageData = Readonly<Record<string, MessageValue>>;

/** The value in the language of the template it fills; a plain value reads the same in both. */
function inLanguage(value: MessageValue, lang: Lang): string | number | undefined {
  return typeof value === 'object' ? value[lang] : value;
}

/**
 * Fills `{name}` placeholders of both languages; an unknown placeholder is left visible rather than dropped. Every
 * value is shortened here, the one place all message data passes, so no rule can quote a megabyte-long key or value.
 */
export function formatMessage(template: Localized, data: MessageData = {}): Localized {
  const fill = (text: string, lang: Lang) =>
    // A name may be a data path (`{project.name}`, `{agreements[0].id}`): a rule pack's messages quote the dossier so.
    text.replace(/\{([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+|\[[0-9]+\])*)\}/g, (whole, name: string) => {
      const value = inLanguage(data[name], lang);
      return value !== undefined ? shorten(String(value)) : whole;
    });
  return { zh: fill(template.zh, 'zh'), en: fill(template.en, 'en') };
}
