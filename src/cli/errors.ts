/** A mistake in how the tool was called: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The tool could not do its work (not the user's mistake, not a finding): one line, exit code 2. */
export class ToolFailure extends Error {
  readonly code = 'TOOL_FAILURE';
  constructor(message: string) {
    super(message);
    this.name = 'ToolFailure';
  }
}
