/**
 * A configuration, waivers or rule-pack file the tool cannot use: one line naming the file, the line and the key
 * path, exit code 2. The file is the reviewer's own, so its problems stop the run rather than become findings.
 */
export class ConfigurationError extends Error {
  readonly code = 'CONFIGURATION';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}
