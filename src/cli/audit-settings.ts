import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AuditSettings, catalogueVersion } from '../engine/audit.js';
import { TOOL } from '../engine/version.js';
import { configurationHash } from '../config/effective-configuration.js';
import type { ReviewerSide } from '../config/reviewer-side.js';

/** What of a run decides the audit settings: the reviewer's side as loaded, and the options that change judgments. */
export interface AuditedRun {
  cwd: string;
  reviewer: ReviewerSide;
  /** `--waivers FILE` as given; else the configuration's waivers file applies. */
  waiversFlag?: string;
  /** The `--rule` selection, when there is one. */
  only?: readonly string[];
}

/** The audit settings of a run (see `AuditSettings`), as `check` records them and `verify-report` recomputes them. */
export function auditSettingsOf({ cwd, reviewer, waiversFlag, only }: AuditedRun): AuditSettings {
  const { configuration } = reviewer;
  const waiversPath = waiversFlag === undefined ? configuration.waivers?.path : resolve(cwd, waiversFlag);
  return {
    tool: { name: TOOL.name, version: TOOL.version },
    catalogue: catalogueVersion(reviewer.rules),
    configuration: configuration.file === undefined ? null : configurationHash(configuration),
    // Only a waivers file that applied: one refused as lying in a checked folder changed nothing.
    waivers: reviewer.waivers && waiversPath !== undefined ? sha256Of(waiversPath) : null,
    asOf: reviewer.asOf,
    options: { rules: only ? [...only].sort() : null, packs: [...configuration.packs] },
  };
}

/** The waivers file was read a moment ago by the reviewer's side; a file gone since is a failure of the run. */
function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
