/**
 * The exit codes of a run. A module of its own, without the counting `exit-code.ts` does, so a command line that only
 * prints its help or version does not load the rules that counting refers to.
 */
export const EXIT = { ok: 0, findings: 1, toolFailure: 2 } as const;
