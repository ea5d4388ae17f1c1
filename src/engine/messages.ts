import { shorten } from './shorten.js';
import type { Localized } from './types.js';

export type MessageData = Readonly<Record<string, string | number | undefined>>;

/**
 * Fills `{name}` placeholders of both languages; an unknown placeholder is left visible rather than dropped. Every
 * value is shortened here, the one place all message data passes, so no rule can quote a megabyte-long key or value.
 */
export function formatMessage(template: Localized, data: MessageData = {}): Localized {
  const fill = (text: string) =>
    text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (data[name] !== undefined ? shorten(String(data[name])) : whole));
  return { zh: fill(template.zh), en: fill(template.en) };
}
