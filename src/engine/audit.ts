import { createHash, type Hash } from 'node:crypto';
import type { Rule } from '../rules/define-rule.js';
import { catalogueFingerprint } from './catalogue-fingerprint.js';
import { BUILT_IN_CATALOGUE } from './generated/catalogue-fingerprint.js';

/** An evidence file a dossier names, as the dossier names it (relative to the dossier), with the SHA-256 read. */
export interface EvidenceHash {
  path: string;
  sha256: string;
}

/**
 * What a run's judgments depend on besides the files: with the SHA-256 of every dossier and evidence file, it ties a
 * report in a credit file to exactly what was checked, and how.
 */
export interface AuditSettings {
  tool: { name: string; version: string };
  /** The rule catalogue: `BUILT_IN_CATALOGUE`, or `embedded:` and the fingerprint of the rules run instead. */
  catalogue: string;
  /** `configurationHash` of the reviewer's configuration; null when none applies. */
  configuration: string | null;
  /** SHA-256 of the reviewer's waivers file; null when none applies. */
  waivers: string | null;
  asOf: string;
  /** The command-line options that change judgments: the `--rule` selection (null: every rule) and the rule packs. */
  options: { rules: string[] | null; packs: string[] };
}

/** A dossier's part of the fingerprint: as a result holds it, or as a JSON report gives it (null for no hash). */
export interface AuditedDossier {
  file: string;
  sha256?: string | null;
  evidence?: readonly EvidenceHash[];
}

/**
 * Names the layout hashed below: a verifier reading another name knows it cannot recompute the fingerprint. The
 * layout is lines, so the fingerprint is computed as the report streams, one dossier at a time.
 */
export const AUDIT_FORMAT = 'dossier-check-audit/1';

/**
 * The audit fingerprint, computed incrementally: SHA-256 over the format name, the settings as canonical JSON, then
 * one JSON line per dossier in report order (its file, SHA-256 or null, evidence paths and hashes).
 */
export class AuditDigest {
  readonly #hash: Hash = createHash('sha256');

  constructor(settings: AuditSettings) {
    this.#hash.update(`${AUDIT_FORMAT}\n${canonicalSettings(settings)}\n`);
  }

  add(dossier: AuditedDossier): void {
    const evidence = (dossier.evidence ?? []).map((file) => [file.path, file.sha256]);
    this.#hash.update(`${JSON.stringify([dossier.file, dossier.sha256 ?? null, evidence])}\n`);
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

/** The fingerprint of a whole report's dossiers. */
export function auditFingerprint(settings: AuditSettings, dossiers: Iterable<AuditedDossier>): string {
  const digest = new AuditDigest(settings);
  for (const dossier of dossiers) digest.add(dossier);
  return digest.digest();
}

/** The settings with their keys in a fixed order, whatever order the object was built or parsed in. */
function canonicalSettings(settings: AuditSettings): string {
  return JSON.stringify([
    settings.tool.name,
    settings.tool.version,
    settings.catalogue,
    settings.configuration,
    settings.waivers,
    settings.asOf,
    settings.options.rules,
    settings.options.packs,
  ]);
}

/**
 * The catalogue a run judged with, as the result cache names it: the built-in one by its generated fingerprint (so
 * the rules need not be loaded to name it), or the rules run instead of it (embedded, or with a bank's packs).
 */
export function catalogueVersion(rules: readonly Rule[] | undefined): string {
  return rules ? `embedded:${catalogueFingerprint(rules, [])}` : BUILT_IN_CATALOGUE;
}

/**
 * Reads every evidence file a dossier's data names, once per path, in the order named: the audit's list. The data
 * is read loosely (a dossier that fails validation still names its files); a file the reader refuses (outside the
 * folder, not a regular file, too large) is left out, so nothing about it reaches a report.
 */
export function evidenceHashes(data: unknown, read: (relativePath: string) => { ok: true; sha256: string } | { ok: false }): EvidenceHash[] {
  const documents = isRecord(data) ? data.documents : undefined;
  if (!Array.isArray(documents)) return [];
  const hashes: EvidenceHash[] = [];
  const seen = new Set<string>();
  for (const document of documents) {
    const evidence = isRecord(document) ? document.evidence : undefined;
    const path = isRecord(evidence) ? evidence.file : undefined;
    if (typeof path !== 'string' || seen.has(path)) continue;
    seen.add(path);
    const file = read(path);
    if (file.ok) hashes.push({ path, sha256: file.sha256 });
  }
  return hashes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
