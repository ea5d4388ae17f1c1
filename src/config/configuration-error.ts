import type { Lang, Localized } from '../engine/types.js';

/**
 * A configuration, waivers or rule-pack file the tool cannot use: one line naming the file, the line and the key
 * path, in the user's language, exit code 2. The file is the reviewer's own, so its problems stop the run rather
 * than become findings. `message` is the English text; `localized` has both languages.
 */
export class ConfigurationError extends Error {
  readonly code = 'CONFIGURATION';
  readonly localized: Localized;
  constructor(message: Localized) {
    super(message.en);
    this.name = 'ConfigurationError';
    this.localized = message;
  }

  in(lang: Lang): string {
    return this.localized[lang];
  }
}
