import type { Localized } from './types.js';

export type MessageData = Readonly<Record<string, string | number | undefined>>;

/** Fills `{name}` placeholders of both languages; an unknown placeholder is left visible rather than dropped. */
export function formatMessage(template: Localized, data: MessageData = {}): Localized {
  const fill = (text: string) =>
    text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (data[name] !== undefined ? String(data[name]) : whole));
  return { zh: fill(template.zh), en: fill(template.en) };
}
