import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { checkSources } from '../../src/engine/check.js';
import type { CheckOptions, DossierResult, Finding, Lang, Report } from '../../src/engine/types.js';
import type { FormatContext } from '../../src/report/format-context.js';
import { ROOT } from './run-cli.js';

/** The judging date the example dossiers are written for. */
export const FIXTURE_AS_OF = '2016-12-31';

let plain: Report | undefined;

/**
 * The real report of `fixtures/dossiers`, checked in-process as the command line would check it; checked once for
 * the default options, since tests only read it.
 */
export function fixtureReport(options: Partial<CheckOptions> = {}): Report {
  if (Object.keys(options).length === 0) {
    plain ??= checkFixtures({});
    return plain;
  }
  return checkFixtures(options);
}

function checkFixtures(options: Partial<CheckOptions>): Report {
  const folder = join(ROOT, 'fixtures/dossiers');
  const inputs = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ file: `fixtures/dossiers/${name}`, bytes: readFileSync(join(folder, name)) }));
  return checkSources(inputs, { asOf: FIXTURE_AS_OF, ...options });
}

/** A report of dossier texts given here, named as given. */
export function textReport(files: Record<string, string>, options: Partial<CheckOptions> = {}): Report {
  const inputs = Object.entries(files).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  return checkSources(inputs, { asOf: FIXTURE_AS_OF, ...options });
}

export function formatContext(lang: Lang, extra: Partial<FormatContext> = {}): FormatContext {
  return { lang, color: new Chalk({ level: 0 }), verbose: false, ...extra };
}

export function dossierOf(report: Report, name: string): DossierResult {
  const found = report.dossiers.find((dossier) => dossier.file.endsWith(`/${name}`) || dossier.file === name);
  if (!found) throw new Error(`no dossier ${name} in the report`);
  return found;
}

/** The report with one finding changed, as a hostile dossier (or a reviewer's waiver) would change it. */
export function withFinding(report: Report, file: string, index: number, change: (finding: Finding) => Finding): Report {
  return {
    ...report,
    dossiers: report.dossiers.map((dossier) =>
      dossier.file === file ? { ...dossier, findings: dossier.findings.map((finding, i) => (i === index ? change(finding) : finding)) } : dossier,
    ),
  };
}
