import type { Lang, Localized } from '../engine/types.js';

/**
 * A mistake in how the tool was called: printed as one line in the user's language, exit code 2, never a stack
 * trace. `message` is the English text (for logs and for callers that read it); `localized` has both languages.
 */
export class UsageError extends Error {
  readonly code: string = 'USAGE';
  readonly localized: Localized;
  constructor(message: Localized) {
    super(message.en);
    this.name = 'UsageError';
    this.localized = message;
  }

  in(lang: Lang): string {
    return this.localized[lang];
  }
}

/** The tool could not do its work (not the user's mistake, not a finding): one line in the user's language, exit code 2. */
export class ToolFailure extends Error {
  readonly code = 'TOOL_FAILURE';
  readonly localized: Localized;
  constructor(message: Localized) {
    super(message.en);
    this.name = 'ToolFailure';
    this.localized = message;
  }

  in(lang: Lang): string {
    return this.localized[lang];
  }
}
